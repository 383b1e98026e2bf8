package ma.hcp.simimo.concept;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.RefusedForm;
import ma.hcp.simimo.store.DraftErrors.Created;
import ma.hcp.simimo.store.DraftErrors.FieldError;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordOwners;

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
 * Creating a concept of a scheme as a draft (decision 0025, as built for concepts): the
 * concept edit form, empty, at {@code /concepts/{scheme}/new}; CREATE_RECORD on the
 * scheme's owner, so a contributor of the producer that owns a national scheme, or a
 * coordinator, who alone creates in the standards' schemes and the code lists (they have
 * no owner). Saving mints the concept's IRI and saves its first draft in the private
 * store; no public path sees it until issue 18 publishes it.
 */
@Controller
class NewConceptController {

	private final ConceptDraftRepository drafts;

	private final RecordOwners owners;

	private final LinkedDataPaths paths;

	private final Labels labels;

	NewConceptController(ConceptDraftRepository drafts, RecordOwners owners, LinkedDataPaths paths, Labels labels) {
		this.drafts = drafts;
		this.owners = owners;
		this.paths = paths;
		this.labels = labels;
	}

	@GetMapping(path = "/concepts/{scheme}/new", produces = MediaType.TEXT_HTML_VALUE)
	String newForm(@PathVariable String scheme, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
		String schemeIri = scheme(scheme);
		Permissions.require(Viewer.current(), Action.CREATE_RECORD, Target.ownedBy(this.owners.ownerOf(schemeIri)));
		return form(scheme, schemeIri, emptyForm(), List.of(), null, model, locale);
	}

	@PostMapping(path = "/concepts/{scheme}/new", produces = MediaType.TEXT_HTML_VALUE)
	String create(@PathVariable String scheme, @ModelAttribute ConceptEdit form, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", ConceptEditController.PRIVATE);
		String schemeIri = scheme(scheme);
		Object refused = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refused != null) {
			// Spring Security refused the POST (no valid token, or the session is gone):
			// the input comes back so that nothing typed is lost, and nothing is written.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return form(scheme, schemeIri, form, List.of(), "draft.refused." + refused, model, locale);
		}
		Viewer viewer = Viewer.current();
		Optional<String> owner = this.owners.ownerOf(schemeIri);
		Permissions.require(viewer, Action.CREATE_RECORD, Target.ownedBy(owner));
		Created created = this.drafts.create(schemeIri, owner, viewer.account().orElseThrow(), form, locale);
		if (created.iri().isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(scheme, schemeIri, form, created.errors(), null, model, locale);
		}
		// Post/redirect/get, with 303 so that the browser GETs the draft.
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:" + this.paths.hrefFor(created.iri().get()) + "/draft?saved";
	}

	/**
	 * The IRI of scheme {@code id}; a 404 when the content has no such concept scheme.
	 */
	private String scheme(String id) {
		String iri = this.paths.iriForPath("/schemes/" + id);
		if (!this.drafts.isScheme(iri)) {
			throw new ConceptNotFoundException(iri);
		}
		return iri;
	}

	static ConceptEdit emptyForm() {
		return new ConceptEdit(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

	private String form(String scheme, String schemeIri, ConceptEdit form, List<FieldError> errors, String refusedKey,
			Model model, Locale locale) {
		String action = "/concepts/" + scheme + "/new";
		model.addAttribute("href", action);
		model.addAttribute("action", action);
		model.addAttribute("cancelHref", this.paths.hrefFor(schemeIri));
		model.addAttribute("newIn", this.labels.of(schemeIri, locale.getLanguage()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusedKey", refusedKey);
		model.addAttribute("recordTitle", this.labels.of(schemeIri, locale.getLanguage()));
		model.addAttribute("draft", null);
		model.addAttribute("sourceOptions", this.drafts.sourceChoices(form, locale));
		model.addAttribute("labelLength", ConceptDraftRepository.LABEL_LENGTH);
		model.addAttribute("textLength", ConceptDraftRepository.TEXT_LENGTH);
		model.addAttribute("citationLength", ConceptDraftRepository.CITATION_LENGTH);
		return "concept/conceptEdit";
	}

}
