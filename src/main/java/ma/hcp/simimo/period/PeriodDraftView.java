package ma.hcp.simimo.period;

import java.util.Locale;

import ma.hcp.simimo.access.RecordPages;
import ma.hcp.simimo.access.RecordWorkflow;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.RecordDrafts.Draft;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a reference period's draft page (decisions 0021 and 0027): the draft's
 * description, its workflow state, the workflow forms the viewer may send and the
 * record's changes; and the period's {@link RecordPages}, which the workflow's refused
 * steps show again.
 */
@Component
class PeriodDraftView implements RecordPages {

	private final PeriodDraftRepository drafts;

	private final RecordWorkflow workflow;

	PeriodDraftView(PeriodDraftRepository drafts, RecordWorkflow workflow) {
		this.drafts = drafts;
		this.workflow = workflow;
	}

	/** {@code POST /periods/{id}/withdraw}. */
	@Override
	public boolean withdrawable() {
		return true;
	}

	@Override
	public String kind() {
		return "period";
	}

	@Override
	public String draftKindKey() {
		return "draft.period.kind";
	}

	@Override
	public boolean isPublished(String iri) {
		return this.drafts.isPublished(iri);
	}

	@Override
	public RuntimeException notFound(String iri) {
		return new PeriodNotFoundException(iri);
	}

	@Override
	public LocalizedText draftTitle(Draft draft, Locale locale) {
		return this.drafts.draftLabel(draft, locale);
	}

	@Override
	public String draftPage(String iri, Draft draft, Model model, Locale locale) {
		model.addAttribute("period", this.drafts.draftPage(draft, locale));
		this.workflow.draftPage(this, iri, draft, model);
		return "period/periodDraft";
	}

}
