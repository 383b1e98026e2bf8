package ma.hcp.simimo.catalogue;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.DraftDiscards;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordDrafts.Draft;

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

	private final DraftDiscards discards;

	private final LinkedDataPaths paths;

	private final Labels labels;

	DatasetDiscardController(DatasetDraftRepository drafts, DraftDiscards discards, LinkedDataPaths paths,
			Labels labels) {
		this.drafts = drafts;
		this.discards = discards;
		this.paths = paths;
		this.labels = labels;
	}

	@GetMapping(path = "/datasets/{id}/discard", produces = MediaType.TEXT_HTML_VALUE)
	String confirm(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		String iri = iri(id);
		boolean published = this.drafts.isPublished(iri);
		Draft draft = this.discards.allowed(iri, published, DatasetNotFoundException::new);
		model.addAttribute("id", id);
		model.addAttribute("draft", draft);
		model.addAttribute("newRecord", !published);
		model.addAttribute("recordTitle",
				published ? this.labels.of(iri, locale.getLanguage()) : this.drafts.draftTitle(draft, locale));
		model.addAttribute("cancelHref", "/datasets/" + id + "/draft");
		model.addAttribute("action", "/datasets/" + id + "/discard");
		model.addAttribute("kindKey", "draft.kind");
		model.addAttribute("confirmNewKey", "draft.discard.confirmNew");
		return "catalogue/draftDiscard";
	}

	@PostMapping(path = "/datasets/{id}/discard", produces = MediaType.TEXT_HTML_VALUE)
	String discard(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		String iri = iri(id);
		this.discards.discard(iri, this.drafts.isPublished(iri), DatasetNotFoundException::new);
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/drafts?discarded";
	}

	private String iri(String id) {
		return this.paths.iriForPath("/datasets/" + id);
	}

}
