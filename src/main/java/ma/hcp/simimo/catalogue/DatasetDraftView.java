package ma.hcp.simimo.catalogue;

import java.util.Locale;

import ma.hcp.simimo.access.RecordPages;
import ma.hcp.simimo.access.RecordWorkflow;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a dataset's draft page (decisions 0021 and 0027): the draft's description,
 * its workflow state, the record's comments and changes (newest first), and the workflow
 * buttons the viewer may use: submit (SUBMIT_RECORD, state draft), take back
 * (SUBMIT_RECORD, submitted), send back (REVIEW_RECORD, submitted) and publish
 * (PUBLISH_RECORD, submitted). Shared by the page itself and by the workflow forms that
 * show it again with their error: the dataset's {@link RecordPages}.
 */
@Component
class DatasetDraftView implements RecordPages {

	private final DatasetRepository datasets;

	private final DatasetDraftRepository drafts;

	private final RecordDrafts index;

	private final RecordWorkflow workflow;

	DatasetDraftView(DatasetRepository datasets, DatasetDraftRepository drafts, RecordDrafts index,
			RecordWorkflow workflow) {
		this.datasets = datasets;
		this.drafts = drafts;
		this.index = index;
		this.workflow = workflow;
	}

	@Override
	public String kind() {
		return "dataset";
	}

	@Override
	public String draftKindKey() {
		return "draft.kind";
	}

	@Override
	public boolean isPublished(String iri) {
		return this.drafts.isPublished(iri);
	}

	@Override
	public RuntimeException notFound(String iri) {
		return new DatasetNotFoundException(iri);
	}

	/** {@code POST /datasets/{id}/withdraw}. */
	@Override
	public boolean withdrawable() {
		return true;
	}

	@Override
	public LocalizedText draftTitle(Draft draft, Locale locale) {
		return this.drafts.draftTitle(draft, locale);
	}

	@Override
	public String draftPage(String iri, Draft draft, Model model, Locale locale) {
		model.addAttribute("dataset",
				this.datasets.draftPage(iri, this.index.description(draft), this.index.intendedOwner(iri), locale));
		model.addAttribute("draftAuthor", draft.author());
		this.workflow.draftPage(this, iri, draft, model);
		return "catalogue/datasetPage";
	}

}
