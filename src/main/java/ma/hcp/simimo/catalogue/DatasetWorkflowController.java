package ma.hcp.simimo.catalogue;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.RecordTargets;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.RecordPublication;
import ma.hcp.simimo.store.RecordPublication.Outcome;
import ma.hcp.simimo.store.RecordPublication.Publication;
import ma.hcp.simimo.store.StaleRevisionException;
import ma.hcp.simimo.store.WorkflowState;
import ma.hcp.simimo.store.WrongStateException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * The review workflow of a dataset's draft (decision 0027): {@code POST
 * /datasets/{id}/submit} (SUBMIT_RECORD, draft to submitted, comment optional),
 * {@code /takeback} (SUBMIT_RECORD, submitted to draft) and {@code /sendback}
 * (REVIEW_RECORD, submitted to draft, comment required) and {@code /publish}
 * (PUBLISH_RECORD, store/RecordPublication). Each other step is one private-store write
 * of the draft's state and the change entry of the record's log. An unknown dataset is a
 * 404, a viewer who may not a 403 (a 404 for a new dataset, as for its draft page), a
 * comment missing or too long a 400 with the draft page and the comment kept, and a draft
 * in another state (or no draft) a 409 that says which.
 */
@Controller
class DatasetWorkflowController {

	private final DatasetDraftRepository drafts;

	private final RecordDrafts index;

	private final RecordTargets targets;

	private final DatasetDraftView draftView;

	private final LinkedDataPaths paths;

	private final Labels labels;

	private final MessageSource messages;

	private final RecordPublication publication;

	DatasetWorkflowController(DatasetDraftRepository drafts, RecordDrafts index, RecordTargets targets,
			DatasetDraftView draftView, LinkedDataPaths paths, Labels labels, MessageSource messages,
			RecordPublication publication) {
		this.publication = publication;
		this.drafts = drafts;
		this.index = index;
		this.targets = targets;
		this.draftView = draftView;
		this.paths = paths;
		this.labels = labels;
		this.messages = messages;
	}

	@PostMapping(path = "/datasets/{id}/submit", produces = MediaType.TEXT_HTML_VALUE)
	String submit(@PathVariable String id, @RequestParam(name = "comment", defaultValue = "") String comment,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return move(new Step(id, Action.SUBMIT_RECORD, WorkflowState.DRAFT, WorkflowState.SUBMITTED, comment, false,
				"submitted", "submitComment"), model, locale, request, response);
	}

	@PostMapping(path = "/datasets/{id}/takeback", produces = MediaType.TEXT_HTML_VALUE)
	String takeBack(@PathVariable String id, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return move(new Step(id, Action.SUBMIT_RECORD, WorkflowState.SUBMITTED, WorkflowState.DRAFT, "", false,
				"takenBack", null), model, locale, request, response);
	}

	@PostMapping(path = "/datasets/{id}/sendback", produces = MediaType.TEXT_HTML_VALUE)
	String sendBack(@PathVariable String id, @RequestParam(name = "comment", defaultValue = "") String comment,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return move(new Step(id, Action.REVIEW_RECORD, WorkflowState.SUBMITTED, WorkflowState.DRAFT, comment, true,
				"sentBack", "sendBackComment"), model, locale, request, response);
	}

	/**
	 * One transition.
	 *
	 * @param id the dataset's id
	 * @param action what the viewer must be allowed
	 * @param from the state it starts from
	 * @param to the state it leads to
	 * @param comment the comment posted
	 * @param commentRequired whether an empty comment is refused
	 * @param done the query parameter of the page it redirects to
	 * @param commentField the form's field of the comment, to keep it when refused
	 */
	private record Step(String id, Action action, WorkflowState from, WorkflowState to, String comment,
			boolean commentRequired, String done, String commentField) {
	}

	private String move(Step step, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Checked checked = check(step, model, locale, response);
		if (checked.refusal() != null) {
			return checked.refusal();
		}
		try {
			this.index.move(checked.draft(), checked.account(), step.from(), step.to(), Optional.of(checked.comment()));
		}
		catch (WrongStateException ex) {
			return conflict(step, checked.iri(), this.index.draftOf(checked.iri()), model, locale, response);
		}
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/datasets/" + step.id() + "/draft?" + step.done();
	}

	/**
	 * Publishes a submitted draft (PUBLISH_RECORD, decision 0027): the draft's
	 * description becomes the published one, readers and search see it at once, and the
	 * draft goes. Refused with a 409 and the draft page saying why when the published
	 * version changed since the draft started from it, or when the result would break the
	 * content shapes; nothing is published then.
	 */
	@PostMapping(path = "/datasets/{id}/publish", produces = MediaType.TEXT_HTML_VALUE)
	String publish(@PathVariable String id, @RequestParam(name = "comment", defaultValue = "") String comment,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Step step = new Step(id, Action.PUBLISH_RECORD, WorkflowState.SUBMITTED, WorkflowState.PUBLISHED, comment,
				false, "published", "publishComment");
		Checked checked = check(step, model, locale, response);
		if (checked.refusal() != null) {
			return checked.refusal();
		}
		Publication publication;
		try {
			publication = this.publication.publish(checked.draft(), checked.account(), Optional.of(checked.comment()));
		}
		catch (WrongStateException ex) {
			return conflict(step, checked.iri(), this.index.draftOf(checked.iri()), model, locale, response);
		}
		catch (StaleRevisionException ex) {
			// Saved again since this coordinator opened it: the page shows the new
			// revision.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("workflowError", this.messages.getMessage("workflow.error.publish.saved", null, locale));
			model.addAttribute(step.commentField(), step.comment());
			return this.draftView.render(id, checked.iri(), this.index.draftOf(checked.iri()).orElse(checked.draft()),
					model, locale);
		}
		if (publication.outcome() == Outcome.APPLIED) {
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
			return "redirect:/datasets/" + id + "?published";
		}
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("workflowError", this.messages.getMessage((publication.outcome() == Outcome.BASE_CHANGED)
				? "workflow.error.publish.baseChanged" : "workflow.error.publish.shapes", null, locale));
		model.addAttribute("workflowErrorDetails", publication.violations());
		model.addAttribute(step.commentField(), step.comment());
		return this.draftView.render(id, checked.iri(), this.index.draftOf(checked.iri()).orElse(checked.draft()),
				model, locale);
	}

	/**
	 * What a step's checks found: the view that refuses it (null when it may go on), or
	 * the draft, the viewer's account and the trimmed comment.
	 */
	private record Checked(String refusal, String iri, Draft draft, String account, String comment) {
	}

	/**
	 * The checks every step makes before it writes: an unknown dataset is a 404, a viewer
	 * who may not a 403 (a 404 for a new dataset), a draft in another state a 409, a
	 * comment missing or too long a 400 with the draft page and the comment kept.
	 */
	private Checked check(Step step, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		String iri = this.paths.iriForPath("/datasets/" + step.id());
		boolean published = this.drafts.isPublished(iri);
		Optional<Draft> draft = this.index.draftOf(iri);
		if (!published && draft.isEmpty()) {
			throw new DatasetNotFoundException(iri);
		}
		Viewer viewer = Viewer.current();
		this.targets.requireOrHide(viewer, step.action(), iri, !published);
		if (draft.isEmpty() || draft.get().state() != step.from()) {
			return new Checked(conflict(step, iri, draft, model, locale, response), iri, null, null, null);
		}
		String comment = step.comment().strip();
		String error = null;
		if (step.commentRequired() && comment.isEmpty()) {
			error = this.messages.getMessage("workflow.error.commentRequired", null, locale);
		}
		else if (comment.codePointCount(0, comment.length()) > RecordHistory.COMMENT_LENGTH) {
			error = this.messages.getMessage("workflow.error.commentTooLong",
					new Object[] { String.valueOf(comment.codePointCount(0, comment.length())),
							String.valueOf(RecordHistory.COMMENT_LENGTH) },
					locale);
		}
		if (error != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("workflowError", error);
			model.addAttribute(step.commentField(), step.comment());
			return new Checked(this.draftView.render(step.id(), iri, draft.get(), model, locale), iri, null, null,
					null);
		}
		return new Checked(null, iri, draft.get(), viewer.account().orElseThrow(), comment);
	}

	/** The 409 page: the draft is not in the state the step starts from, or is gone. */
	private String conflict(Step step, String iri, Optional<Draft> draft, Model model, Locale locale,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("recordTitle",
				draft.filter((found) -> !this.drafts.isPublished(iri))
					.map((found) -> this.drafts.draftTitle(found, locale))
					.orElseGet(() -> this.labels.of(iri, locale.getLanguage())));
		model.addAttribute("state", draft.map(Draft::state).orElse(null));
		model.addAttribute("expected", step.from());
		model.addAttribute("backHref",
				draft.isPresent() ? "/datasets/" + step.id() + "/draft" : "/datasets/" + step.id());
		return "catalogue/workflowConflict";
	}

}
