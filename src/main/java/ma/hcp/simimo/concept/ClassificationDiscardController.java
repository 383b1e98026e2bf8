package ma.hcp.simimo.concept;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.DraftDiscards;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
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
 * Discarding a classification's draft (decision 0021, as built for classifications;
 * DISCARD_DRAFT on the classification's owner): a confirmation page at {@code GET
 * /classifications/{id}/discard} and the {@code POST} (CSRF) that removes the draft's
 * graph, which holds the scheme with its levels and items, and its index entry in one
 * private-store transaction. A classification is always published (no form creates one),
 * so the published classification stays as it is.
 */
@Controller
class ClassificationDiscardController {

	private final ClassificationDraftRepository drafts;

	private final DraftDiscards discards;

	private final LinkedDataPaths paths;

	private final Labels labels;

	ClassificationDiscardController(ClassificationDraftRepository drafts, DraftDiscards discards, LinkedDataPaths paths,
			Labels labels) {
		this.drafts = drafts;
		this.discards = discards;
		this.paths = paths;
		this.labels = labels;
	}

	@GetMapping(path = "/classifications/{id}/discard", produces = MediaType.TEXT_HTML_VALUE)
	String confirm(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
		String iri = iri(id);
		// No such classification is a 404 for everyone, before any permission check.
		this.drafts.view(iri, locale);
		Draft draft = this.discards.allowed(iri, true, ResourceNotFoundException::new);
		model.addAttribute("draft", draft);
		model.addAttribute("newRecord", false);
		model.addAttribute("recordTitle", this.labels.of(iri, locale.getLanguage()));
		model.addAttribute("cancelHref", "/classifications/" + id + "/draft");
		model.addAttribute("action", "/classifications/" + id + "/discard");
		model.addAttribute("kindKey", "draft.classification.kind");
		model.addAttribute("confirmNewKey", "draft.discard.confirm");
		return "catalogue/draftDiscard";
	}

	@PostMapping(path = "/classifications/{id}/discard", produces = MediaType.TEXT_HTML_VALUE)
	String discard(@PathVariable String id, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
		String iri = iri(id);
		this.drafts.view(iri, locale);
		this.discards.discard(iri, true, ResourceNotFoundException::new);
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/drafts?discarded";
	}

	private String iri(String id) {
		return this.paths.iriForPath("/classifications/" + id);
	}

}
