package ma.hcp.simimo.period;

import java.util.Locale;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.RecordPages;
import ma.hcp.simimo.access.RecordTargets;
import ma.hcp.simimo.access.RecordWorkflow;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.RecordDrafts;
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

	private final RecordDrafts index;

	private final RecordTargets targets;

	private final LinkedDataPaths paths;

	private final RecordWorkflow workflow;

	PeriodDraftView(PeriodDraftRepository drafts, RecordDrafts index, RecordTargets targets, LinkedDataPaths paths,
			RecordWorkflow workflow) {
		this.drafts = drafts;
		this.index = index;
		this.targets = targets;
		this.paths = paths;
		this.workflow = workflow;
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
		Viewer viewer = Viewer.current();
		Target target = this.targets.of(iri);
		String href = this.paths.hrefFor(iri);
		boolean writable = this.index.editable();
		model.addAttribute("period", this.drafts.draftPage(draft, locale));
		model.addAttribute("draft", draft);
		model.addAttribute("newRecord", !this.drafts.isPublished(iri));
		model.addAttribute("canDiscard", writable && Permissions.allows(viewer, Action.DISCARD_DRAFT, target));
		model.addAttribute("discardHref", href + "/discard");
		model.addAttribute("publishedHref", href);
		model.addAttribute("editHref", href + "/edit");
		model.addAttribute("canEdit", writable && Permissions.allows(viewer, Action.EDIT_RECORD, target));
		this.workflow.draftPage(iri, draft, model);
		return "period/periodDraft";
	}

}
