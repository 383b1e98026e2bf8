package ma.hcp.simimo.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.kernel.FormValues;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordDiff;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.RecordHistory.Version;
import ma.hcp.simimo.store.RecordPublication;
import ma.hcp.simimo.store.RecordPublication.Outcome;
import ma.hcp.simimo.store.RecordPublication.Publication;
import ma.hcp.simimo.store.StaleRevisionException;
import ma.hcp.simimo.store.WithdrawnRecords;
import ma.hcp.simimo.store.WorkflowState;
import ma.hcp.simimo.store.WrongStateException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;

/**
 * The review workflow's steps for every record type (decision 0027), written once:
 * submit, take back and send back (one private write each, {@link RecordDrafts#move}),
 * publish ({@link RecordPublication}), the history page and revert, and the workflow's
 * parts of the draft page and of the edit form. A feature's controller maps the routes
 * and hands its {@link RecordPages}. Refusals are the same for every type: an unknown
 * record 404 (a new record's to whoever may not act on it), a viewer who may not 403 (a
 * reader is sent to sign in), a comment missing or too long 400 with the draft page and
 * the comment kept, a draft in another state (or none) 409 with a page naming the state.
 */
@Component
public class RecordWorkflow {

	/** Every workflow page is the viewer's own. */
	public static final String PRIVATE = "private, no-store";

	private final RecordDrafts index;

	private final RecordTargets targets;

	private final RecordHistory history;

	private final RecordDiff diffs;

	private final RecordPublication publication;

	private final LinkedDataPaths paths;

	private final Labels labels;

	private final MessageSource messages;

	private final WithdrawnRecords withdrawn;

	RecordWorkflow(RecordDrafts index, RecordTargets targets, RecordHistory history, RecordDiff diffs,
			RecordPublication publication, LinkedDataPaths paths, Labels labels, MessageSource messages,
			WithdrawnRecords withdrawn) {
		this.withdrawn = withdrawn;
		this.index = index;
		this.targets = targets;
		this.history = history;
		this.diffs = diffs;
		this.publication = publication;
		this.paths = paths;
		this.labels = labels;
		this.messages = messages;
	}

	/** The steps that move a draft between draft and submitted. */
	public enum Transition {

		/** Draft to submitted, comment optional. */
		SUBMIT(Action.SUBMIT_RECORD, WorkflowState.DRAFT, WorkflowState.SUBMITTED, false, "submitted", "submitComment"),

		/** Submitted to draft, by its contributors: the submit's undo. */
		TAKE_BACK(Action.SUBMIT_RECORD, WorkflowState.SUBMITTED, WorkflowState.DRAFT, false, "takenBack", null),

		/** Submitted to draft, by a reviewer, comment required. */
		SEND_BACK(Action.REVIEW_RECORD, WorkflowState.SUBMITTED, WorkflowState.DRAFT, true, "sentBack",
				"sendBackComment"),

		/** Submitted to published: {@link RecordWorkflow#publish}. */
		PUBLISH(Action.PUBLISH_RECORD, WorkflowState.SUBMITTED, WorkflowState.PUBLISHED, false, "published",
				"publishComment");

		private final Action action;

		private final WorkflowState from;

		private final WorkflowState to;

		private final boolean commentRequired;

		/** The query parameter of the page it redirects to. */
		private final String done;

		/** The form's field of the comment, to keep it when refused. */
		private final String commentField;

		Transition(Action action, WorkflowState from, WorkflowState to, boolean commentRequired, String done,
				String commentField) {
			this.action = action;
			this.from = from;
			this.to = to;
			this.commentRequired = commentRequired;
			this.done = done;
			this.commentField = commentField;
		}

	}

	/**
	 * One of the steps that are a move of the draft's state (not
	 * {@link Transition#PUBLISH}, which is {@link #publish}): a 303 to the draft page, or
	 * the refusal's view.
	 */
	public String move(RecordPages pages, String iri, Transition step, String comment, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		if (step == Transition.PUBLISH) {
			return publish(pages, iri, comment, model, locale, request, response);
		}
		Checked checked = check(pages, iri, step, comment, model, locale, response);
		if (checked.refusal() != null) {
			return checked.refusal();
		}
		try {
			this.index.move(checked.draft(), checked.account(), step.from, step.to, Optional.of(checked.comment()));
		}
		catch (WrongStateException ex) {
			return conflict(pages, iri, step, this.index.draftOf(iri), model, locale, response);
		}
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:" + this.paths.hrefFor(iri) + "/draft?" + step.done;
	}

	/**
	 * Publishes record {@code iri}'s submitted draft (PUBLISH_RECORD): a 303 to the
	 * published page with {@code ?published}; refused with a 409 and the draft page
	 * saying why when the draft was saved since, the published version changed since the
	 * draft started from it, or the result would break the content shapes. Nothing is
	 * published then.
	 */
	public String publish(RecordPages pages, String iri, String comment, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Transition step = Transition.PUBLISH;
		Checked checked = check(pages, iri, step, comment, model, locale, response);
		if (checked.refusal() != null) {
			return checked.refusal();
		}
		String reviewed = request.getParameter("revision");
		// The form names the revision the coordinator read: one saved since is not
		// published unseen. A request without it (not from the form) publishes the
		// current draft.
		if (reviewed != null && FormValues.revision(reviewed) != checked.draft().revision()) {
			return refused(pages, iri, checked, step, "workflow.error.publish.saved", List.of(), model, locale,
					response);
		}
		Publication published;
		try {
			published = this.publication.publish(checked.draft(), checked.account(), Optional.of(checked.comment()));
		}
		catch (WrongStateException ex) {
			return conflict(pages, iri, step, this.index.draftOf(iri), model, locale, response);
		}
		catch (StaleRevisionException ex) {
			// Saved again since this coordinator opened it: the page shows the new
			// revision.
			return refused(pages, iri, checked, step, "workflow.error.publish.saved", List.of(), model, locale,
					response);
		}
		if (published.outcome() == Outcome.APPLIED) {
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
			return "redirect:" + this.paths.hrefFor(iri) + "?published";
		}
		return refused(
				pages, iri, checked, step, (published.outcome() == Outcome.BASE_CHANGED)
						? "workflow.error.publish.baseChanged" : "workflow.error.publish.shapes",
				published.violations(), model, locale, response);
	}

	private String refused(RecordPages pages, String iri, Checked checked, Transition step, String key,
			List<String> details, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("workflowError", this.messages.getMessage(key, null, locale));
		model.addAttribute("workflowErrorDetails", details);
		model.addAttribute(step.commentField, checked.comment());
		return pages.draftPage(iri, this.index.draftOf(iri).orElse(checked.draft()), model, locale);
	}

	/**
	 * What a step's checks found: the view that refuses it (null when it may go on), or
	 * the draft, the viewer's account and the trimmed comment.
	 */
	private record Checked(String refusal, Draft draft, String account, String comment) {
	}

	private Checked check(RecordPages pages, String iri, Transition step, String comment, Model model, Locale locale,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		boolean published = pages.isPublished(iri);
		Optional<Draft> draft = this.index.draftOf(iri);
		if (!published && draft.isEmpty()) {
			throw pages.notFound(iri);
		}
		Viewer viewer = Viewer.current();
		this.targets.requireOrHide(viewer, step.action, iri, !published);
		if (draft.isEmpty() || draft.get().state() != step.from) {
			return new Checked(conflict(pages, iri, step, draft, model, locale, response), null, null, null);
		}
		String trimmed = comment.strip();
		String error = null;
		if (step.commentRequired && trimmed.isEmpty()) {
			error = this.messages.getMessage("workflow.error.commentRequired", null, locale);
		}
		else if (trimmed.codePointCount(0, trimmed.length()) > RecordHistory.COMMENT_LENGTH) {
			error = this.messages.getMessage("workflow.error.commentTooLong",
					new Object[] { String.valueOf(trimmed.codePointCount(0, trimmed.length())),
							String.valueOf(RecordHistory.COMMENT_LENGTH) },
					locale);
		}
		if (error != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("workflowError", error);
			model.addAttribute(step.commentField, comment);
			return new Checked(pages.draftPage(iri, draft.get(), model, locale), null, null, null);
		}
		return new Checked(null, draft.get(), viewer.account().orElseThrow(), trimmed);
	}

	/** The 409 page: the draft is not in the state the step starts from, or is gone. */
	private String conflict(RecordPages pages, String iri, Transition step, Optional<Draft> draft, Model model,
			Locale locale, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		String href = this.paths.hrefFor(iri);
		model.addAttribute("recordTitle",
				draft.filter((found) -> !pages.isPublished(iri))
					.map((found) -> pages.draftTitle(found, locale))
					.orElseGet(() -> this.labels.of(iri, locale.getLanguage())));
		model.addAttribute("recordKind", pages.kind());
		model.addAttribute("draftKindKey", pages.draftKindKey());
		model.addAttribute("state", draft.map(Draft::state).orElse(null));
		model.addAttribute("expected", step.from);
		model.addAttribute("backHref", draft.isPresent() ? href + "/draft" : href);
		return "workflow/conflict";
	}

	/**
	 * One version as the history page shows it.
	 *
	 * @param version the version
	 * @param diff what it changed in the version before (empty for the first)
	 * @param current whether readers see it now
	 * @param first whether it is the first version known (no diff)
	 */
	public record VersionView(Version version, List<RecordDiff.Change> diff, boolean current, boolean first) {
	}

	/**
	 * The history page of published (or withdrawn) record {@code iri} (READ_HISTORY): its
	 * versions, newest first, each with the readable diff with the one before, and its
	 * change log.
	 */
	public String history(RecordPages pages, String iri, Model model, Locale locale, HttpServletResponse response) {
		requirePublished(pages, iri, Action.READ_HISTORY, response);
		return renderHistory(pages, iri, model, locale);
	}

	/**
	 * Makes version {@code version} of published record {@code iri} its draft revision
	 * (REVERT_RECORD): a 303 to the draft page; a 400 with the history page for a version
	 * the record does not have or the current one, a 409 while the record has a draft,
	 * which a revert never overwrites.
	 */
	public String revert(RecordPages pages, String iri, String version, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		requirePublished(pages, iri, Action.REVERT_RECORD, response);
		List<Version> versions = this.history.versions(iri);
		Optional<Version> chosen = number(version)
			.flatMap((number) -> versions.stream().filter((candidate) -> candidate.number() == number).findFirst());
		// A withdrawal's version is empty: there is nothing to take up from it.
		if (chosen.isEmpty() || chosen.get() == versions.get(versions.size() - 1) || chosen.get().withdrawal()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("historyError",
					this.messages.getMessage("history.error.version", new Object[] { version }, locale));
			return renderHistory(pages, iri, model, locale);
		}
		// The change log is written in the content's language, as the other changes.
		String comment = this.messages.getMessage("history.revert.comment",
				new Object[] { String.valueOf(chosen.get().number()) }, Locale.FRENCH);
		try {
			this.index.revert(iri, Viewer.current().account().orElseThrow(), chosen.get().description(), comment);
		}
		catch (WrongStateException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("historyError", this.messages.getMessage("history.error.draftExists", null, locale));
			return renderHistory(pages, iri, model, locale);
		}
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:" + this.paths.hrefFor(iri) + "/draft?reverted";
	}

	/**
	 * Withdraws published record {@code iri} (WITHDRAW_RECORD, decision 0027): readers,
	 * search, {@code /sparql} and the exports no longer have it, and its IRI answers 410
	 * Gone; a 303 to the history page with {@code ?withdrawn}. Refused, nothing written,
	 * with the history page and the reason: 409 when it has a draft or is already
	 * withdrawn, 400 when the comment is missing or too long.
	 */
	public String withdraw(RecordPages pages, String iri, String comment, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		requirePublished(pages, iri, Action.WITHDRAW_RECORD, response);
		String text = comment.strip();
		String error = null;
		int status = HttpServletResponse.SC_CONFLICT;
		if (this.withdrawn.of(iri).isPresent()) {
			error = this.messages.getMessage("withdraw.error.withdrawn", null, locale);
		}
		else if (this.index.draftOf(iri).isPresent()) {
			error = this.messages.getMessage("withdraw.error.draftExists", null, locale);
		}
		else if (text.isEmpty()) {
			status = HttpServletResponse.SC_BAD_REQUEST;
			error = this.messages.getMessage("withdraw.error.commentRequired", null, locale);
		}
		else if (text.codePointCount(0, text.length()) > RecordHistory.COMMENT_LENGTH) {
			status = HttpServletResponse.SC_BAD_REQUEST;
			error = this.messages.getMessage("workflow.error.commentTooLong",
					new Object[] { String.valueOf(text.codePointCount(0, text.length())),
							String.valueOf(RecordHistory.COMMENT_LENGTH) },
					locale);
		}
		Publication withdrawal = null;
		if (error == null) {
			try {
				withdrawal = this.publication.withdraw(iri, Viewer.current().account().orElseThrow(), text);
				if (withdrawal.outcome() != Outcome.APPLIED) {
					error = this.messages.getMessage((withdrawal.outcome() == Outcome.REFUSED_BY_SHAPES)
							? "withdraw.error.shapes" : "withdraw.error.changed", null, locale);
				}
			}
			catch (WrongStateException ex) {
				error = this.messages.getMessage("withdraw.error.draftExists", null, locale);
			}
		}
		if (error != null) {
			response.setStatus(status);
			model.addAttribute("historyError", error);
			model.addAttribute("withdrawComment", comment);
			if (withdrawal != null) {
				model.addAttribute("historyErrorDetails", withdrawal.violations());
			}
			return renderHistory(pages, iri, model, locale);
		}
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:" + this.paths.hrefFor(iri) + "/history?withdrawn";
	}

	/**
	 * An unknown or unpublished record is a 404 (a withdrawn one keeps its history), a
	 * viewer who may not a 403.
	 */
	private void requirePublished(RecordPages pages, String iri, Action action, HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		if (!pages.isPublished(iri) && this.withdrawn.of(iri).isEmpty()) {
			throw pages.notFound(iri);
		}
		this.targets.requireOrHide(Viewer.current(), action, iri, false);
	}

	private String renderHistory(RecordPages pages, String iri, Model model, Locale locale) {
		List<Version> versions = this.history.versions(iri);
		List<VersionView> views = new ArrayList<>();
		for (int i = versions.size() - 1; i >= 0; i--) {
			List<RecordDiff.Change> diff = (i == 0) ? List.of() : this.diffs.between(versions.get(i - 1).description(),
					versions.get(i).description(), iri, locale.getLanguage());
			views.add(new VersionView(versions.get(i), diff, i == versions.size() - 1, i == 0));
		}
		Viewer viewer = Viewer.current();
		Optional<WithdrawnRecords.Withdrawal> withdrawal = this.withdrawn.of(iri);
		model.addAttribute("recordHref", this.paths.hrefFor(iri));
		model.addAttribute("recordKind", pages.kind());
		// A withdrawn record's label is no longer in the content: the marker keeps it.
		model.addAttribute("recordTitle", withdrawal.map((gone) -> gone.label(locale.getLanguage()))
			.orElseGet(() -> this.labels.of(iri, locale.getLanguage())));
		model.addAttribute("withdrawal", withdrawal.orElse(null));
		model.addAttribute("canWithdraw", pages.withdrawable() && withdrawal.isEmpty()
				&& Permissions.allows(viewer, Action.WITHDRAW_RECORD, this.targets.of(iri)));
		model.addAttribute("versions", views);
		model.addAttribute("changes", this.history.of(iri));
		model.addAttribute("draftInProgress", this.index.draftOf(iri).orElse(null));
		model.addAttribute("canRevert", Permissions.allows(viewer, Action.REVERT_RECORD, this.targets.of(iri)));
		return "workflow/history";
	}

	private static Optional<Integer> number(String text) {
		if (!text.matches("\\d{1,6}")) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(text));
	}

	/**
	 * The parts of {@code draft}'s page that every record type shares: the banner (the
	 * draft, whether the record is new, the edit and discard links for who may), its
	 * workflow state, the forms the viewer may send (none with a remote public store,
	 * which the page says), and the record's comments and changes. The page includes
	 * {@code fragments/drafts} and {@code fragments/workflow}.
	 */
	public void draftPage(RecordPages pages, String iri, Draft draft, Model model) {
		Viewer viewer = Viewer.current();
		Target target = this.targets.of(iri);
		String href = this.paths.hrefFor(iri);
		boolean writable = this.index.editable();
		boolean submitted = draft.submitted();
		boolean submitter = writable && Permissions.allows(viewer, Action.SUBMIT_RECORD, target);
		model.addAttribute("draft", draft);
		model.addAttribute("newRecord", !pages.isPublished(iri));
		model.addAttribute("publishedHref", href);
		model.addAttribute("formatHref", href);
		model.addAttribute("editHref", href + "/edit");
		model.addAttribute("discardHref", href + "/discard");
		model.addAttribute("canEdit", writable && Permissions.allows(viewer, Action.EDIT_RECORD, target));
		model.addAttribute("canDiscard", writable && Permissions.allows(viewer, Action.DISCARD_DRAFT, target));
		model.addAttribute("remoteStore", !writable);
		model.addAttribute("workflowPath", href);
		model.addAttribute("canSubmit", !submitted && submitter);
		model.addAttribute("canTakeBack", submitted && submitter);
		model.addAttribute("canSendBack",
				submitted && writable && Permissions.allows(viewer, Action.REVIEW_RECORD, target));
		model.addAttribute("canPublish",
				submitted && writable && Permissions.allows(viewer, Action.PUBLISH_RECORD, target));
		model.addAttribute("changes", this.history.of(iri));
		model.addAttribute("commentLength", RecordHistory.COMMENT_LENGTH);
	}

	/**
	 * Whether the viewer may review record {@code iri}, and so save its submitted draft.
	 */
	public boolean reviewer(String iri) {
		return Permissions.allows(Viewer.current(), Action.REVIEW_RECORD, this.targets.of(iri));
	}

	/**
	 * Whether the viewer's save of record {@code iri} is refused for its draft's state: a
	 * submitted draft is read only to whoever may not review it, until it is sent or
	 * taken back.
	 */
	public boolean refusesSave(String iri) {
		return !reviewer(iri) && this.index.draftOf(iri).filter(Draft::submitted).isPresent();
	}

	/**
	 * The edit form's workflow parts ({@code readOnly}, {@code canTakeBack},
	 * {@code takeBackAction}) for {@code draft}, the record's draft as the viewer may see
	 * it (null for none or not allowed).
	 */
	public void editForm(String iri, Draft draft, Model model) {
		boolean readOnly = draft != null && draft.submitted() && !reviewer(iri);
		model.addAttribute("readOnly", readOnly);
		model.addAttribute("canTakeBack",
				readOnly && Permissions.allows(Viewer.current(), Action.SUBMIT_RECORD, this.targets.of(iri)));
		model.addAttribute("takeBackAction", this.paths.hrefFor(iri) + "/takeback");
	}

}
