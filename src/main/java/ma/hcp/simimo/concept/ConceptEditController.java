package ma.hcp.simimo.concept;

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
 * Editing concepts as drafts (decision 0021): the edit form at
 * {@code /concepts/{scheme}/{concept}/edit}, which saves the concept's draft in the
 * private store (EDIT_RECORD: a contributor of the producer that owns the concept's
 * national scheme, or a coordinator, who alone edits the standards), and the draft's page
 * at {@code /concepts/{scheme}/{concept}/draft} (READ_DRAFTS). Every page here is the
 * viewer's own: {@code Cache-Control: private, no-store}.
 */
@Controller
class ConceptEditController {

	static final String PRIVATE = "private, no-store";

	private final ConceptDraftRepository drafts;

	private final RecordDrafts index;

	private final RecordTargets targets;

	private final LinkedDataPaths paths;

	private final Labels labels;

	private final DraftConflicts conflicts;

	private final ConceptDraftView draftView;

	private final RecordWorkflow workflow;

	ConceptEditController(ConceptDraftRepository drafts, RecordDrafts index, RecordTargets targets,
			LinkedDataPaths paths, Labels labels, DraftConflicts conflicts, ConceptDraftView draftView,
			RecordWorkflow workflow) {
		this.drafts = drafts;
		this.conflicts = conflicts;
		this.draftView = draftView;
		this.workflow = workflow;
		this.index = index;
		this.targets = targets;
		this.paths = paths;
		this.labels = labels;
	}

	@GetMapping(path = "/concepts/{scheme}/{concept}/edit", produces = MediaType.TEXT_HTML_VALUE)
	String editForm(@PathVariable String scheme, @PathVariable String concept, Model model, Locale locale,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		String iri = iri(scheme, concept);
		ConceptEdit form = this.drafts.form(iri);
		requireOrHide(Viewer.current(), Action.EDIT_RECORD, iri);
		// The revision the form starts from (decision 0027, concurrent edits).
		int revision = this.conflicts.revisionOf(iri);
		response.setHeader(HttpHeaders.ETAG, DraftConflicts.etag(revision));
		model.addAttribute("revision", revision);
		return form(scheme, concept, iri, form, List.of(), null, model, locale);
	}

	@PostMapping(path = "/concepts/{scheme}/{concept}/edit", produces = MediaType.TEXT_HTML_VALUE)
	String save(@PathVariable String scheme, @PathVariable String concept, @ModelAttribute ConceptEdit form,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		String iri = iri(scheme, concept);
		this.drafts.form(iri);
		// Shown again as sent, whatever the answer, so that the form still says where
		// it started from.
		model.addAttribute("revision", request.getParameter("revision"));
		Object refused = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refused != null) {
			// Spring Security refused the POST (no valid token, or the session is gone):
			// the input comes back so that nothing typed is lost, and nothing is written.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return form(scheme, concept, iri, form, List.of(), "draft.refused." + refused, model, locale);
		}
		Viewer viewer = Viewer.current();
		requireOrHide(viewer, Action.EDIT_RECORD, iri);
		// A submitted draft is read only to its contributors until it is sent or taken
		// back; a coordinator's own save of it is allowed, and recorded (decision 0027).
		if (this.workflow.refusesSave(iri)) {
			return saveRefused(scheme, concept, iri, form, model, locale, response);
		}
		int revision = FormValues.revision(request.getParameter("revision"));
		List<FieldError> errors;
		try {
			errors = this.drafts.save(iri, viewer.account().orElseThrow(), form, locale, this.workflow.reviewer(iri),
					revision);
		}
		catch (WrongStateException ex) {
			// Submitted between the check above and the save's own, under its lock.
			return saveRefused(scheme, concept, iri, form, model, locale, response);
		}
		catch (StaleRevisionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAllAttributes(
					this.conflicts.of(iri, revision, this.drafts.typed(iri, form), locale.getLanguage()).attributes());
			return form(scheme, concept, iri, form, List.of(), null, model, locale);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(scheme, concept, iri, form, errors, null, model, locale);
		}
		// Post/redirect/get, with 303 so that the browser GETs the draft.
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/concepts/" + scheme + "/" + concept + "/draft?saved";
	}

	@GetMapping(path = "/concepts/{scheme}/{concept}/draft", produces = MediaType.TEXT_HTML_VALUE)
	String draftPage(@PathVariable String scheme, @PathVariable String concept, Model model, Locale locale,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		String iri = iri(scheme, concept);
		Viewer viewer = Viewer.current();
		requireOrHide(viewer, Action.READ_DRAFTS, iri);
		Draft draft = this.index.draftOf(iri).orElseThrow(() -> new ResourceNotFoundException(iri));
		return this.draftView.draftPage(iri, draft, model, locale);
	}

	private String saveRefused(String scheme, String concept, String iri, ConceptEdit form, Model model, Locale locale,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("saveRefused", true);
		return form(scheme, concept, iri, form, List.of(), null, model, locale);
	}

	private String form(String scheme, String concept, String iri, ConceptEdit form, List<FieldError> errors,
			String refusedKey, Model model, Locale locale) {
		String href = "/concepts/" + scheme + "/" + concept;
		model.addAttribute("href", href);
		model.addAttribute("iri", iri);
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
		model.addAttribute("sourceOptions", this.drafts.sourceChoices(form, locale));
		model.addAttribute("labelLength", ConceptDraftRepository.LABEL_LENGTH);
		model.addAttribute("textLength", ConceptDraftRepository.TEXT_LENGTH);
		model.addAttribute("citationLength", ConceptDraftRepository.CITATION_LENGTH);
		return "concept/conceptEdit";
	}

	private Target target(String iri) {
		return this.targets.of(iri);
	}

	/**
	 * Refuses unless {@code viewer} may do {@code action} on concept {@code iri}; a new
	 * concept not yet published is a 404 to whoever may not, as if its IRI were unused.
	 */
	private void requireOrHide(Viewer viewer, Action action, String iri) {
		this.targets.requireOrHide(viewer, action, iri, !this.drafts.isPublished(iri));
	}

	private String iri(String scheme, String concept) {
		return this.paths.iriForPath("/concepts/" + scheme + "/" + concept);
	}

}
