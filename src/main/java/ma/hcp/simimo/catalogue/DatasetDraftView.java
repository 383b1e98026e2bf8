package ma.hcp.simimo.catalogue;

import java.util.Locale;
import java.util.Optional;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.RecordTargets;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a dataset's draft page (decisions 0021 and 0027): the draft's description,
 * its workflow state, the record's comments and changes (newest first), and the workflow
 * buttons the viewer may use: submit (SUBMIT_RECORD, state draft), take back
 * (SUBMIT_RECORD, submitted), send back (REVIEW_RECORD, submitted) and publish
 * (PUBLISH_RECORD, submitted). Shared by the page itself and by the workflow forms that
 * show it again with their error.
 */
@Component
class DatasetDraftView {

	private final DatasetRepository datasets;

	private final RecordDrafts index;

	private final RecordHistory history;

	private final LinkedDataPaths paths;

	private final RecordTargets targets;

	DatasetDraftView(DatasetRepository datasets, RecordDrafts index, RecordHistory history, LinkedDataPaths paths,
			RecordTargets targets) {
		this.datasets = datasets;
		this.index = index;
		this.history = history;
		this.paths = paths;
		this.targets = targets;
	}

	/** Fills {@code model} for {@code draft}'s page and names the view. */
	String render(String id, String iri, Draft draft, Model model, Locale locale) {
		Viewer viewer = Viewer.current();
		Target target = this.targets.of(iri);
		Optional<String> intendedOwner = this.index.intendedOwner(iri);
		model.addAttribute("dataset",
				this.datasets.draftPage(iri, this.index.description(draft), intendedOwner, locale));
		model.addAttribute("newRecord", intendedOwner.isPresent());
		model.addAttribute("draft", draft);
		model.addAttribute("draftAuthor", draft.author());
		model.addAttribute("editHref", "/datasets/" + id + "/edit");
		// With a remote public store the draft is read only (decision 0027): the page
		// says so instead of offering forms that would be refused.
		boolean writable = this.index.editable();
		model.addAttribute("remoteStore", !writable);
		model.addAttribute("canEdit", writable && Permissions.allows(viewer, Action.EDIT_RECORD, target));
		model.addAttribute("canDiscard", writable && Permissions.allows(viewer, Action.DISCARD_DRAFT, target));
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		boolean submitted = draft.state() == WorkflowState.SUBMITTED;
		boolean submitter = writable && Permissions.allows(viewer, Action.SUBMIT_RECORD, target);
		boolean reviewer = writable && Permissions.allows(viewer, Action.REVIEW_RECORD, target);
		model.addAttribute("workflowPath", "/datasets/" + id);
		model.addAttribute("canSubmit", !submitted && submitter);
		model.addAttribute("canTakeBack", submitted && submitter);
		model.addAttribute("canSendBack", submitted && reviewer);
		model.addAttribute("canPublish",
				submitted && writable && Permissions.allows(viewer, Action.PUBLISH_RECORD, target));
		model.addAttribute("changes", this.history.of(iri));
		model.addAttribute("commentLength", RecordHistory.COMMENT_LENGTH);
		return "catalogue/datasetPage";
	}

}
