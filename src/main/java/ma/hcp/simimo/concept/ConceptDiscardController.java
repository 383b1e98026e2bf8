package ma.hcp.simimo.concept;

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
 * Discarding a concept's draft (decision 0025, as built for concepts; DISCARD_DRAFT on
 * the concept's owner): a confirmation page at {@code GET
 * /concepts/{scheme}/{concept}/discard}, a plain form with no script, and the
 * {@code POST} (CSRF) that removes the draft's graph and index entry in one private-store
 * transaction. The published concept, if any, is untouched; a new concept's draft was all
 * there was of it, so it is gone, its intended owner with it.
 */
@Controller
class ConceptDiscardController {

	private static final String PATH = "/concepts/{scheme}/{concept}/discard";

	private final ConceptDraftRepository drafts;

	private final DraftDiscards discards;

	private final LinkedDataPaths paths;

	private final Labels labels;

	ConceptDiscardController(ConceptDraftRepository drafts, DraftDiscards discards, LinkedDataPaths paths,
			Labels labels) {
		this.drafts = drafts;
		this.discards = discards;
		this.paths = paths;
		this.labels = labels;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	String confirm(@PathVariable String scheme, @PathVariable String concept, Model model, Locale locale,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
		String iri = iri(scheme, concept);
		boolean published = this.drafts.isPublished(iri);
		Draft draft = this.discards.allowed(iri, published, ConceptNotFoundException::new);
		String href = this.paths.hrefFor(iri);
		model.addAttribute("draft", draft);
		model.addAttribute("newRecord", !published);
		model.addAttribute("recordTitle",
				published ? this.labels.of(iri, locale.getLanguage()) : this.drafts.draftLabel(draft, locale));
		model.addAttribute("cancelHref", href + "/draft");
		model.addAttribute("action", href + "/discard");
		model.addAttribute("kindKey", "draft.concept.kind");
		model.addAttribute("confirmNewKey", "draft.discard.confirmNew.concept");
		return "catalogue/draftDiscard";
	}

	@PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	String discard(@PathVariable String scheme, @PathVariable String concept, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
		String iri = iri(scheme, concept);
		this.discards.discard(iri, this.drafts.isPublished(iri), ConceptNotFoundException::new);
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/drafts?discarded";
	}

	private String iri(String scheme, String concept) {
		return this.paths.iriForPath("/concepts/" + scheme + "/" + concept);
	}

}
