package ma.hcp.simimo.period;

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
 * Discarding a reference period's draft (decision 0025, as built for reference periods;
 * DISCARD_DRAFT on the period's owner): a confirmation page at {@code GET
 * /periods/{id}/discard}, a plain form with no script, and the {@code POST} (CSRF) that
 * removes the draft's graph and index entry in one private-store transaction. The
 * published period, if any, is untouched; a new period's draft was all there was of it,
 * so it is gone, its intended owner with it.
 */
@Controller
class PeriodDiscardController {

	private final PeriodDraftRepository drafts;

	private final DraftDiscards discards;

	private final LinkedDataPaths paths;

	private final Labels labels;

	PeriodDiscardController(PeriodDraftRepository drafts, DraftDiscards discards, LinkedDataPaths paths,
			Labels labels) {
		this.drafts = drafts;
		this.discards = discards;
		this.paths = paths;
		this.labels = labels;
	}

	@GetMapping(path = "/periods/{id}/discard", produces = MediaType.TEXT_HTML_VALUE)
	String confirm(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", PeriodEditController.PRIVATE);
		String iri = iri(id);
		boolean published = this.drafts.isPublished(iri);
		Draft draft = this.discards.allowed(iri, published, PeriodNotFoundException::new);
		model.addAttribute("draft", draft);
		model.addAttribute("newRecord", !published);
		model.addAttribute("recordTitle",
				published ? this.labels.of(iri, locale.getLanguage()) : this.drafts.draftLabel(draft, locale));
		model.addAttribute("cancelHref", "/periods/" + id + "/draft");
		model.addAttribute("action", "/periods/" + id + "/discard");
		model.addAttribute("kindKey", "draft.period.kind");
		model.addAttribute("confirmNewKey", "draft.discard.confirmNew.period");
		return "catalogue/draftDiscard";
	}

	@PostMapping(path = "/periods/{id}/discard", produces = MediaType.TEXT_HTML_VALUE)
	String discard(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", PeriodEditController.PRIVATE);
		String iri = iri(id);
		this.discards.discard(iri, this.drafts.isPublished(iri), PeriodNotFoundException::new);
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/drafts?discarded";
	}

	private String iri(String id) {
		return this.paths.iriForPath("/periods/" + id);
	}

}
