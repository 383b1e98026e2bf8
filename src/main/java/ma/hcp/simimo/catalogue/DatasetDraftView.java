package ma.hcp.simimo.catalogue;

import java.util.Locale;
import java.util.Optional;

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

	private final LinkedDataPaths paths;

	private final RecordTargets targets;

	private final RecordWorkflow workflow;

	DatasetDraftView(DatasetRepository datasets, DatasetDraftRepository drafts, RecordDrafts index,
			LinkedDataPaths paths, RecordTargets targets, RecordWorkflow workflow) {
		this.datasets = datasets;
		this.drafts = drafts;
		this.index = index;
		this.paths = paths;
		this.targets = targets;
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

	@Override
	public LocalizedText draftTitle(Draft draft, Locale locale) {
		return this.drafts.draftTitle(draft, locale);
	}

	@Override
	public String draftPage(String iri, Draft draft, Model model, Locale locale) {
		Viewer viewer = Viewer.current();
		Target target = this.targets.of(iri);
		Optional<String> intendedOwner = this.index.intendedOwner(iri);
		model.addAttribute("dataset",
				this.datasets.draftPage(iri, this.index.description(draft), intendedOwner, locale));
		model.addAttribute("newRecord", intendedOwner.isPresent());
		model.addAttribute("draft", draft);
		model.addAttribute("draftAuthor", draft.author());
		model.addAttribute("editHref", this.paths.hrefFor(iri) + "/edit");
		// With a remote public store the draft is read only (decision 0027): the page
		// says so instead of offering forms that would be refused.
		boolean writable = this.index.editable();
		model.addAttribute("canEdit", writable && Permissions.allows(viewer, Action.EDIT_RECORD, target));
		model.addAttribute("canDiscard", writable && Permissions.allows(viewer, Action.DISCARD_DRAFT, target));
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		this.workflow.draftPage(iri, draft, model);
		return "catalogue/datasetPage";
	}

}
