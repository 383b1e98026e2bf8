package ma.hcp.simimo.period;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.RecordTargets;
import ma.hcp.simimo.access.RecordWorkflow;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.Durations.Unit;
import ma.hcp.simimo.kernel.FormValues;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.RefusedForm;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.DraftErrors.FieldError;
import ma.hcp.simimo.store.DraftConflicts;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.StaleRevisionException;
import ma.hcp.simimo.store.WrongStateException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;

/**
 * Editing reference periods as drafts (decision 0021): the edit form at
 * {@code /periods/{id}/edit}, which saves the period's draft in the private store
 * (EDIT_RECORD: a contributor of the producer that owns the period, or a coordinator),
 * and the draft's page at {@code /periods/{id}/draft} (READ_DRAFTS). Every page here is
 * the viewer's own: {@code Cache-Control: private, no-store}.
 */
@Controller
class PeriodEditController {

	static final String PRIVATE = "private, no-store";

	private final PeriodDraftRepository drafts;

	private final RecordDrafts index;

	private final RecordTargets targets;

	private final LinkedDataPaths paths;

	private final Labels labels;

	private final DraftConflicts conflicts;

	private final PeriodDraftView draftView;

	private final RecordWorkflow workflow;

	PeriodEditController(PeriodDraftRepository drafts, RecordDrafts index, RecordTargets targets, LinkedDataPaths paths,
			Labels labels, DraftConflicts conflicts, PeriodDraftView draftView, RecordWorkflow workflow) {
		this.drafts = drafts;
		this.draftView = draftView;
		this.workflow = workflow;
		this.conflicts = conflicts;
		this.index = index;
		this.targets = targets;
		this.paths = paths;
		this.labels = labels;
	}

	@GetMapping(path = "/periods/{id}/edit", produces = MediaType.TEXT_HTML_VALUE)
	String editForm(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		String iri = iri(id);
		PeriodEdit form = this.drafts.form(iri);
		requireOrHide(Viewer.current(), Action.EDIT_RECORD, iri);
		// The revision the form starts from (decision 0027, concurrent edits).
		int revision = this.conflicts.revisionOf(iri);
		response.setHeader(HttpHeaders.ETAG, DraftConflicts.etag(revision));
		model.addAttribute("revision", revision);
		return form(id, iri, form, List.of(), null, model, locale);
	}

	@PostMapping(path = "/periods/{id}/edit", produces = MediaType.TEXT_HTML_VALUE)
	String save(@PathVariable String id, @ModelAttribute PeriodEdit form, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		String iri = iri(id);
		this.drafts.form(iri);
		// Shown again as sent, whatever the answer, so that the form still says where
		// it started from.
		model.addAttribute("revision", request.getParameter("revision"));
		Object refused = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refused != null) {
			// Spring Security refused the POST (no valid token, or the session is gone):
			// the input comes back so that nothing typed is lost, and nothing is written.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return form(id, iri, form, List.of(), "draft.refused." + refused, model, locale);
		}
		Viewer viewer = Viewer.current();
		requireOrHide(viewer, Action.EDIT_RECORD, iri);
		// A submitted draft is read only to its contributors until it is sent or taken
		// back; a coordinator's own save of it is allowed, and recorded (decision 0027).
		if (this.workflow.refusesSave(iri)) {
			return saveRefused(id, iri, form, model, locale, response);
		}
		int revision = FormValues.revision(request.getParameter("revision"));
		List<FieldError> errors;
		try {
			errors = this.drafts.save(iri, viewer.account().orElseThrow(), form, locale, this.workflow.reviewer(iri),
					revision);
		}
		catch (WrongStateException ex) {
			// Submitted between the check above and the save's own, under its lock.
			return saveRefused(id, iri, form, model, locale, response);
		}
		catch (StaleRevisionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAllAttributes(
					this.conflicts.of(iri, revision, this.drafts.typed(iri, form), locale.getLanguage()).attributes());
			return form(id, iri, form, List.of(), null, model, locale);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(id, iri, form, errors, null, model, locale);
		}
		// Post/redirect/get, with 303 so that the browser GETs the draft.
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/periods/" + id + "/draft?saved";
	}

	@GetMapping(path = "/periods/{id}/draft", produces = MediaType.TEXT_HTML_VALUE)
	String draftPage(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		String iri = iri(id);
		// No such period is a 404 for everyone, as the published ones are public.
		this.drafts.form(iri);
		Viewer viewer = Viewer.current();
		requireOrHide(viewer, Action.READ_DRAFTS, iri);
		Draft draft = this.index.draftOf(iri).orElseThrow(() -> new ResourceNotFoundException(iri));
		return this.draftView.draftPage(iri, draft, model, locale);
	}

	private String saveRefused(String id, String iri, PeriodEdit form, Model model, Locale locale,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("saveRefused", true);
		return form(id, iri, form, List.of(), null, model, locale);
	}

	private String form(String id, String iri, PeriodEdit form, List<FieldError> errors, String refusedKey, Model model,
			Locale locale) {
		String href = "/periods/" + id;
		model.addAttribute("href", href);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusedKey", refusedKey);
		model.addAttribute("action", href + "/edit");
		boolean published = this.drafts.isPublished(iri);
		model.addAttribute("cancelHref", published ? href : href + "/draft");
		model.addAttribute("recordTitle",
				published ? this.labels.of(iri, locale.getLanguage())
						: this.index.draftOf(iri)
							.filter((draft) -> Permissions.allows(Viewer.current(), Action.READ_DRAFTS, target(iri)))
							.map((draft) -> this.drafts.draftLabel(draft, locale))
							.orElse(LocalizedText.none()));
		// Whether a draft exists is itself private: shown only to who may read it.
		Draft draft = Permissions.allows(Viewer.current(), Action.READ_DRAFTS, target(iri))
				? this.index.draftOf(iri).orElse(null) : null;
		model.addAttribute("draft", draft);
		this.workflow.editForm(iri, draft, model);
		return choices(this.drafts, form, model, locale);
	}

	/** The form's choices and limits, for the edit and the new-period forms. */
	static String choices(PeriodDraftRepository drafts, PeriodEdit form, Model model, Locale locale) {
		model.addAttribute("sourceOptions", drafts.sourceChoices(form, locale));
		model.addAttribute("kindOptions", drafts.kinds(locale));
		model.addAttribute("units", Arrays.stream(Unit.values()).map(Unit::code).toList());
		model.addAttribute("labelLength", PeriodDraftRepository.LABEL_LENGTH);
		model.addAttribute("textLength", PeriodDraftRepository.TEXT_LENGTH);
		model.addAttribute("citationLength", PeriodDraftRepository.CITATION_LENGTH);
		model.addAttribute("largestNumber", PeriodDraftRepository.LARGEST_NUMBER);
		return "period/periodEdit";
	}

	private Target target(String iri) {
		return this.targets.of(iri);
	}

	/**
	 * Refuses unless {@code viewer} may do {@code action} on period {@code iri}; a new
	 * period not yet published is a 404 to whoever may not, as if its IRI were unused.
	 */
	private void requireOrHide(Viewer viewer, Action action, String iri) {
		this.targets.requireOrHide(viewer, action, iri, !this.drafts.isPublished(iri));
	}

	private String iri(String id) {
		return this.paths.iriForPath("/periods/" + id);
	}

}
