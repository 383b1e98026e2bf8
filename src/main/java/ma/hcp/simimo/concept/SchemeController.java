package ma.hcp.simimo.concept;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.EditorListings;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordOwners;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The page of a concept scheme or a classification: its tree (expandable without
 * reloading, and readable without JavaScript), its alphabetical index, its levels and a
 * search by code; for a classification, the edit button and the "draft in progress"
 * notice for those permitted (decision 0021).
 */
@Controller
class SchemeController {

	private final SchemeRepository schemes;

	private final LinkedDataPaths paths;

	private final RecordOwners owners;

	private final RecordDrafts drafts;

	private final EditorListings listings;

	SchemeController(SchemeRepository schemes, LinkedDataPaths paths, RecordOwners owners, RecordDrafts drafts,
			EditorListings listings) {
		this.listings = listings;
		this.schemes = schemes;
		this.paths = paths;
		this.owners = owners;
		this.drafts = drafts;
	}

	@GetMapping(path = "/schemes", produces = MediaType.TEXT_HTML_VALUE)
	String schemeList(Model model, Locale locale) {
		// One table per kind, in the repository's order: the standards apart from
		// SIMIMO's
		// own code lists.
		model.addAttribute("groups",
				this.schemes.all(locale)
					.stream()
					.collect(java.util.stream.Collectors.groupingBy(SchemeSummary::kind, java.util.LinkedHashMap::new,
							java.util.stream.Collectors.toList())));
		return "concept/schemeList";
	}

	@GetMapping(path = "/api/schemes", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	java.util.List<SchemeSummary> schemeListJson(Locale locale) {
		return this.schemes.all(locale);
	}

	@GetMapping(path = { "/schemes/{id}", "/classifications/{id}" }, produces = MediaType.TEXT_HTML_VALUE)
	String schemePage(@PathVariable String id, @RequestParam(required = false) String notation,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String iri = this.paths.iriForPath(path);
		model.addAttribute("scheme", this.schemes.page(iri, notation, locale));
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		model.addAttribute("path", path);
		Viewer viewer = Viewer.current();
		if (viewer.signedIn()) {
			// What a signed-in viewer sees here (the edit and "new concept" links, a
			// draft
			// notice) depends on who they are: never cached for another. A reader's page
			// asks nothing of the private store.
			response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
			Target target = Target.ownedBy(this.owners.ownerOf(iri));
			if (path.startsWith("/schemes/") && Permissions.allows(viewer, Action.CREATE_RECORD, target)) {
				model.addAttribute("newConceptHref", "/concepts/" + id + "/new");
			}
			if (path.startsWith("/classifications/")) {
				model.addAttribute("canEdit", Permissions.allows(viewer, Action.EDIT_RECORD, target));
				model.addAttribute("editHref", path + "/edit");
				if (Permissions.allows(viewer, Action.READ_HISTORY, target)) {
					model.addAttribute("historyHref", path + "/history");
				}
				if (Permissions.allows(viewer, Action.READ_DRAFTS, target)) {
					this.drafts.draftOf(iri).ifPresent((draft) -> {
						model.addAttribute("draftInProgress", draft);
						model.addAttribute("draftHref", path + "/draft");
					});
				}
			}
		}
		java.util.List<EditorListings.EditorListing> listed = path.startsWith("/schemes/")
				? this.listings.under(this.paths.iriForPath("/concepts/" + id + "/"), locale) : java.util.List.of();
		model.addAttribute("editorListings", listed);
		return "concept/schemePage";
	}

	@GetMapping(path = { "/api/schemes/{id}", "/api/classifications/{id}" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	SchemePage schemeJson(@PathVariable String id, @RequestParam(required = false) String notation,
			jakarta.servlet.http.HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length() + "/api".length());
		return this.schemes.page(this.paths.iriForPath(path), notation, locale);
	}

}
