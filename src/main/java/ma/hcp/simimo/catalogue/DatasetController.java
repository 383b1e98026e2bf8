package ma.hcp.simimo.catalogue;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.EditorListings;
import ma.hcp.simimo.access.EditorListings.EditorListing;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordOwners;
import ma.hcp.simimo.store.RecordRestrictions;
import ma.hcp.simimo.kernel.BadRequestException;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dataset page at the dataset's own path, for browsers, and its JSON form under /api.
 * RDF requests on the same path go to the linked-data controller, which serves the
 * dataset's full description (CatalogueDescriptions).
 */
@Controller
class DatasetController {

	static final int PAGE_SIZE = 20;

	private final DatasetRepository datasets;

	private final DatasetListRepository list;

	private final LinkedDataPaths paths;

	private final RecordOwners owners;

	private final RecordDrafts drafts;

	private final RecordRestrictions restrictions;

	private final EditorListings listings;

	DatasetController(DatasetRepository datasets, DatasetListRepository list, LinkedDataPaths paths,
			RecordOwners owners, RecordDrafts drafts, RecordRestrictions restrictions, EditorListings listings) {
		this.listings = listings;
		this.datasets = datasets;
		this.list = list;
		this.paths = paths;
		this.owners = owners;
		this.drafts = drafts;
		this.restrictions = restrictions;
	}

	@GetMapping(path = "/datasets", produces = MediaType.TEXT_HTML_VALUE)
	String datasetList(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "title") String sort,
			Model model, Locale locale, HttpServletResponse response) {
		ResultPage<DatasetSummary> result = listPage(page, sort, locale);
		model.addAttribute("result", result);
		// Beside the first page only, as the search lists its editors' hits.
		java.util.List<EditorListing> listed = (page == 1) ? this.listings.ofFamily("datasets", locale)
				: java.util.List.of();
		if (!listed.isEmpty()) {
			response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		}
		model.addAttribute("editorListings", listed);
		return "catalogue/datasetList";
	}

	@GetMapping(path = "/api/datasets", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResultPage<DatasetSummary> datasetListJson(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "title") String sort, Locale locale) {
		return listPage(page, sort, locale);
	}

	private ResultPage<DatasetSummary> listPage(int page, String sort, Locale locale) {
		if (page < 1) {
			throw new BadRequestException("error.page.invalid", page);
		}
		if (!SORTS.contains(sort)) {
			throw new BadRequestException("error.sort.unknown", sort);
		}
		return this.list.page(page, PAGE_SIZE, sort, locale);
	}

	private static final java.util.List<String> SORTS = java.util.List.of("title", "producer");

	@GetMapping(path = "/datasets/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String datasetPage(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		String iri = this.paths.iriForPath("/datasets/" + id);
		Viewer viewer = Viewer.current();
		try {
			model.addAttribute("dataset", this.datasets.page(iri, locale));
		}
		catch (DatasetNotFoundException ex) {
			// A restricted dataset (decision 0027), to its producer and coordinators; a
			// reader's 404 asks nothing of the private store.
			if (!viewer.signedIn() || !this.restrictions.isRestricted(iri)) {
				throw ex;
			}
			Target target = Target.ownedBy(this.restrictions.owner(iri));
			if (!Permissions.allows(viewer, Action.RESTRICT_RECORD, target)) {
				throw ex;
			}
			response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
			model.addAttribute("dataset",
					this.datasets.draftPage(iri, this.restrictions.description(iri), target.owner(), locale));
			model.addAttribute("restricted", true);
			model.addAttribute("unrestrictHref", "/datasets/" + id + "/unrestrict");
			return "catalogue/datasetPage";
		}
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		if (viewer.signedIn()) {
			// What a signed-in viewer sees here depends on who they are: never cached for
			// another. A reader's page asks nothing of the private store.
			response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
			Target target = Target.ownedBy(this.owners.ownerOf(iri));
			boolean canEdit = Permissions.allows(viewer, Action.EDIT_RECORD, target);
			model.addAttribute("canEdit", canEdit);
			model.addAttribute("editHref", "/datasets/" + id + "/edit");
			if (Permissions.allows(viewer, Action.READ_HISTORY, target)) {
				model.addAttribute("historyHref", "/datasets/" + id + "/history");
			}
			if (Permissions.allows(viewer, Action.RESTRICT_RECORD, target)) {
				model.addAttribute("restrictHref", "/datasets/" + id + "/restrict");
			}
			if (Permissions.allows(viewer, Action.READ_DRAFTS, target)) {
				this.drafts.draftOf(iri).ifPresent((draft) -> {
					model.addAttribute("draftInProgress", draft);
					model.addAttribute("draftHref", "/datasets/" + id + "/draft");
				});
			}
		}
		return "catalogue/datasetPage";
	}

	@GetMapping(path = "/api/datasets/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	DatasetPage datasetJson(@PathVariable String id, Locale locale) {
		return this.datasets.page(this.paths.iriForPath("/datasets/" + id), locale);
	}

}
