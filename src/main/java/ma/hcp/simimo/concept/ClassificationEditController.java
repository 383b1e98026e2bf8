package ma.hcp.simimo.concept;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.RecordWorkflow;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.concept.ClassificationDraftRepository.ClassificationView;
import ma.hcp.simimo.kernel.FormValues;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.RefusedForm;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.DraftErrors.FieldError;
import ma.hcp.simimo.store.DraftConflicts;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordOwners;
import ma.hcp.simimo.store.StaleRevisionException;
import ma.hcp.simimo.store.WrongStateException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;

/**
 * Editing classifications as drafts (decision 0021): the edit form at
 * {@code /classifications/{id}/edit}, the scheme's fields and its items' table in one
 * form, which saves the classification's draft in the private store (EDIT_RECORD: a
 * contributor of the producer that owns a national classification, or a coordinator, who
 * alone edits the international ones), and the draft's page at
 * {@code /classifications/{id}/draft} (READ_DRAFTS). Every page here is the viewer's own:
 * {@code Cache-Control: private, no-store}.
 */
@Controller
class ClassificationEditController {

	private final ClassificationDraftRepository drafts;

	private final SchemeRepository schemes;

	private final RecordDrafts index;

	private final RecordOwners owners;

	private final LinkedDataPaths paths;

	private final Labels labels;

	private final DraftConflicts conflicts;

	private final RecordWorkflow workflow;

	private final ClassificationDraftView draftView;

	ClassificationEditController(ClassificationDraftRepository drafts, SchemeRepository schemes, RecordDrafts index,
			RecordOwners owners, LinkedDataPaths paths, Labels labels, DraftConflicts conflicts,
			RecordWorkflow workflow, ClassificationDraftView draftView) {
		this.drafts = drafts;
		this.workflow = workflow;
		this.draftView = draftView;
		this.conflicts = conflicts;
		this.schemes = schemes;
		this.index = index;
		this.owners = owners;
		this.paths = paths;
		this.labels = labels;
	}

	@GetMapping(path = "/classifications/{id}/edit", produces = MediaType.TEXT_HTML_VALUE)
	String editForm(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
		String iri = iri(id);
		ClassificationView view = this.drafts.view(iri, locale);
		Permissions.require(Viewer.current(), Action.EDIT_RECORD, target(iri));
		// The revision the form starts from (decision 0027, concurrent edits).
		int revision = this.conflicts.revisionOf(iri);
		response.setHeader(HttpHeaders.ETAG, DraftConflicts.etag(revision));
		model.addAttribute("revision", revision);
		return form(id, iri, view, view.form(), List.of(), null, model, locale);
	}

	@PostMapping(path = "/classifications/{id}/edit", produces = MediaType.TEXT_HTML_VALUE)
	String save(@PathVariable String id, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
		String iri = iri(id);
		// No such classification is a 404 for everyone, as the published ones are public.
		ClassificationView view = this.drafts.view(iri, locale);
		ClassificationEdit form = ClassificationEdit.from(request.getParameterMap());
		// Shown again as sent, whatever the answer, so that the form still says where
		// it started from.
		model.addAttribute("revision", request.getParameter("revision"));
		Object refused = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refused != null) {
			// Spring Security refused the POST (no valid token, or the session is gone):
			// the input comes back so that nothing typed is lost, and nothing is written.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return form(id, iri, view, form, List.of(), "draft.refused." + refused, model, locale);
		}
		Viewer viewer = Viewer.current();
		Permissions.require(viewer, Action.EDIT_RECORD, target(iri));
		// A submitted draft is read only to its contributors until it is sent or taken
		// back; a coordinator's own save of it is allowed, and recorded (decision 0027).
		if (this.workflow.refusesSave(iri)) {
			return saveRefused(id, iri, view, form, model, locale, response);
		}
		int revision = FormValues.revision(request.getParameter("revision"));
		List<FieldError> errors;
		try {
			errors = this.drafts.save(iri, viewer.account().orElseThrow(), form, locale, this.workflow.reviewer(iri),
					revision);
		}
		catch (WrongStateException ex) {
			// Submitted between the check above and the save's own, under its lock.
			return saveRefused(id, iri, view, form, model, locale, response);
		}
		catch (StaleRevisionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAllAttributes(this.conflicts
				.of(iri, this.drafts.parts(iri), revision, this.drafts.typed(iri, form), locale.getLanguage())
				.attributes());
			return form(id, iri, view, form, List.of(), null, model, locale);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(id, iri, view, form, errors, null, model, locale);
		}
		// Post/redirect/get, with 303 so that the browser GETs the draft.
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/classifications/" + id + "/draft?saved";
	}

	@GetMapping(path = "/classifications/{id}/draft", produces = MediaType.TEXT_HTML_VALUE)
	String draftPage(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
		String iri = iri(id);
		this.drafts.view(iri, locale);
		Viewer viewer = Viewer.current();
		Permissions.require(viewer, Action.READ_DRAFTS, target(iri));
		Draft draft = this.index.draftOf(iri).orElseThrow(() -> new ResourceNotFoundException(iri));
		return this.draftView.draftPage(iri, draft, model, locale);
	}

	private String saveRefused(String id, String iri, ClassificationView view, ClassificationEdit form, Model model,
			Locale locale, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("saveRefused", true);
		return form(id, iri, view, form, List.of(), null, model, locale);
	}

	private String form(String id, String iri, ClassificationView view, ClassificationEdit form,
			List<FieldError> errors, String refusedKey, Model model, Locale locale) {
		String href = "/classifications/" + id;
		model.addAttribute("href", href);
		model.addAttribute("form", form);
		model.addAttribute("items", view.items());
		model.addAttribute("levels", view.levels());
		model.addAttribute("errors", errors);
		model.addAttribute("refusedKey", refusedKey);
		model.addAttribute("recordTitle", this.labels.of(iri, locale.getLanguage()));
		// Whether a draft exists is itself private: shown only to who may read it.
		Draft draft = Permissions.allows(Viewer.current(), Action.READ_DRAFTS, target(iri))
				? this.index.draftOf(iri).orElse(null) : null;
		model.addAttribute("draft", draft);
		this.workflow.editForm(iri, draft, model);
		model.addAttribute("sourceOptions", this.drafts.sourceChoices(form, locale));
		model.addAttribute("labelLength", ClassificationDraftRepository.LABEL_LENGTH);
		model.addAttribute("textLength", ClassificationDraftRepository.TEXT_LENGTH);
		model.addAttribute("citationLength", ClassificationDraftRepository.CITATION_LENGTH);
		model.addAttribute("versionLength", ClassificationDraftRepository.VERSION_LENGTH);
		return "concept/classificationEdit";
	}

	private Target target(String iri) {
		return Target.ownedBy(this.owners.ownerOf(iri));
	}

	private String iri(String id) {
		return this.paths.iriForPath("/classifications/" + id);
	}

}
