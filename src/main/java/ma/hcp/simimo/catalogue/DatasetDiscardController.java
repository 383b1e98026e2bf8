package ma.hcp.simimo.catalogue;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordOwners;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;

/**
 * Discarding a dataset's draft (decision 0025, DISCARD_DRAFT on the dataset's owner): a
 * confirmation page at {@code GET /datasets/{id}/discard}, a plain form with no script,
 * and the {@code POST} (CSRF) that removes the draft's graph and index entry in one
 * private-store transaction. The published record, if any, is untouched; a new dataset's
 * draft was all there was of it, so it is gone.
 */
@Controller
class DatasetDiscardController {

	private final DatasetDraftRepository drafts;

	private final RecordDrafts index;

	private final RecordOwners owners;

	private final LinkedDataPaths paths;

	private final Labels labels;

	DatasetDiscardController(DatasetDraftRepository drafts, RecordDrafts index, RecordOwners owners,
			LinkedDataPaths paths, Labels labels) {
		this.drafts = drafts;
		this.index = index;
		this.owners = owners;
		this.paths = paths;
		this.labels = labels;
	}

	@GetMapping(path = "/datasets/{id}/discard", produces = MediaType.TEXT_HTML_VALUE)
	String confirm(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		String iri = iri(id);
		Draft draft = allowedDraft(iri);
		boolean published = this.drafts.isPublished(iri);
		model.addAttribute("id", id);
		model.addAttribute("draft", draft);
		model.addAttribute("newRecord", !published);
		model.addAttribute("recordTitle",
				published ? this.labels.of(iri, locale.getLanguage()) : this.drafts.draftTitle(draft, locale));
		model.addAttribute("cancelHref", "/datasets/" + id + "/draft");
		return "catalogue/draftDiscard";
	}

	@PostMapping(path = "/datasets/{id}/discard", produces = MediaType.TEXT_HTML_VALUE)
	String discard(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		this.index.discard(allowedDraft(iri(id)));
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/drafts?discarded";
	}

	/**
	 * The draft of dataset {@code iri} if the viewer may discard it: 404 for an unknown
	 * dataset, and for a new one to whoever may not discard it; 403 for a published one
	 * the viewer may not change, whether or not it has a draft; 404 when it has none.
	 */
	private Draft allowedDraft(String iri) {
		boolean published = this.drafts.isPublished(iri);
		if (!published && this.index.draftOf(iri).isEmpty()) {
			throw new DatasetNotFoundException(iri);
		}
		DatasetEditController.requireOrHide(Viewer.current(), Action.DISCARD_DRAFT,
				DatasetEditController.target(this.owners, this.index, iri), !published, iri);
		return this.index.draftOf(iri).orElseThrow(() -> new ResourceNotFoundException(iri));
	}

	private String iri(String id) {
		return this.paths.iriForPath("/datasets/" + id);
	}

}
