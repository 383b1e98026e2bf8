package ma.hcp.simimo.concept;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
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

	ClassificationEditController(ClassificationDraftRepository drafts, SchemeRepository schemes, RecordDrafts index,
			RecordOwners owners, LinkedDataPaths paths, Labels labels, DraftConflicts conflicts) {
		this.drafts = drafts;
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
		int revision = FormValues.revision(request.getParameter("revision"));
		List<FieldError> errors;
		try {
			errors = this.drafts.save(iri, viewer.account().orElseThrow(), form, locale, revision);
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
		model.addAttribute("scheme", this.schemes.draftPage(iri, this.index.description(draft), locale));
		model.addAttribute("draft", draft);
		model.addAttribute("publishedHref", this.paths.hrefFor(iri));
		model.addAttribute("editHref", this.paths.hrefFor(iri) + "/edit");
		model.addAttribute("canEdit", Permissions.allows(viewer, Action.EDIT_RECORD, target(iri)));
		model.addAttribute("canDiscard", Permissions.allows(viewer, Action.DISCARD_DRAFT, target(iri)));
		model.addAttribute("discardHref", this.paths.hrefFor(iri) + "/discard");
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		model.addAttribute("path", this.paths.hrefFor(iri));
		return "concept/schemePage";
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
		model.addAttribute("draft", Permissions.allows(Viewer.current(), Action.READ_DRAFTS, target(iri))
				? this.index.draftOf(iri).orElse(null) : null);
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
