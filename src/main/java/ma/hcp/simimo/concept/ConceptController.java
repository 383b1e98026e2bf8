package ma.hcp.simimo.concept;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
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
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The concept page at the concept's own path (/concepts/{scheme}/{concept}), for
 * browsers, with the edit button, the history link and the "draft in progress" notice for
 * those permitted, and its JSON form under /api. RDF requests on the same path go to the
 * linked-data controller.
 */
@Controller
class ConceptController {

	private final ConceptRepository concepts;

	private final LinkedDataPaths paths;

	private final RecordOwners owners;

	private final RecordDrafts drafts;

	ConceptController(ConceptRepository concepts, LinkedDataPaths paths, RecordOwners owners, RecordDrafts drafts) {
		this.concepts = concepts;
		this.paths = paths;
		this.owners = owners;
		this.drafts = drafts;
	}

	@GetMapping(path = "/concepts/{scheme}/{concept}", produces = MediaType.TEXT_HTML_VALUE)
	String conceptPage(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		String iri = this.paths.iriForPath(request.getRequestURI().substring(request.getContextPath().length()));
		model.addAttribute("concept", this.concepts.page(iri, locale));
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		Viewer viewer = Viewer.current();
		if (viewer.signedIn()) {
			// What a signed-in viewer sees here depends on who they are: never cached for
			// another. A reader's page asks nothing of the private store.
			response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
			Target target = Target.ownedBy(this.owners.ownerOf(iri));
			model.addAttribute("canEdit", Permissions.allows(viewer, Action.EDIT_RECORD, target));
			model.addAttribute("editHref", this.paths.hrefFor(iri) + "/edit");
			if (Permissions.allows(viewer, Action.READ_HISTORY, target)) {
				model.addAttribute("historyHref", this.paths.hrefFor(iri) + "/history");
			}
			if (Permissions.allows(viewer, Action.READ_DRAFTS, target)) {
				this.drafts.draftOf(iri).ifPresent((draft) -> {
					model.addAttribute("draftInProgress", draft);
					model.addAttribute("draftHref", this.paths.hrefFor(iri) + "/draft");
				});
			}
		}
		return "concept/conceptPage";
	}

	@GetMapping(path = "/api/concepts/{scheme}/{concept}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ConceptPage conceptJson(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length() + "/api".length());
		return this.concepts.page(this.paths.iriForPath(path), locale);
	}

}
