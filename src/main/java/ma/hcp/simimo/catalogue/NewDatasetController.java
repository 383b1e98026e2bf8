package ma.hcp.simimo.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.ProducerChoices;
import ma.hcp.simimo.access.ProducerChoices.Choice;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.catalogue.DatasetDraftRepository.Created;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.RefusedForm;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * Creating a dataset as a draft (decision 0025): the edit form, empty, at
 * {@code /datasets/new}, with the producer that will own it (CREATE_RECORD on that
 * producer: a contributor of it, or a coordinator). Saving mints the dataset's IRI and
 * saves its first draft, with the producer as intended owner, in the private store; no
 * public path sees it until issue 18 publishes it.
 */
@Controller
class NewDatasetController {

	static final String PATH = "/datasets/new";

	private final DatasetDraftRepository drafts;

	private final MessageSource messages;

	private final ProducerChoices producers;

	NewDatasetController(DatasetDraftRepository drafts, MessageSource messages, ProducerChoices producers) {
		this.producers = producers;
		this.drafts = drafts;
		this.messages = messages;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	String newForm(@RequestParam(name = "producer", required = false) String producer, Model model, Locale locale,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		Viewer viewer = Viewer.current();
		List<Choice> choices = this.producers.forViewer(viewer, locale);
		if (choices.isEmpty()) {
			Permissions.require(viewer, Action.CREATE_RECORD, Target.none());
		}
		String chosen = (choices.size() == 1) ? choices.get(0).id() : (producer == null) ? "" : producer;
		return form(DatasetDraftRepository.emptyForm(), chosen, choices, List.of(), null, model);
	}

	@PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	String create(@RequestParam(name = "producer", required = false) String producer, @ModelAttribute DatasetEdit form,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		String chosen = (producer == null) ? "" : producer.strip();
		Viewer viewer = Viewer.current();
		Object refused = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refused != null) {
			// Spring Security refused the POST (no valid token, or the session is gone):
			// the input comes back so that nothing typed is lost, and nothing is written.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return form(form, chosen, this.producers.all(locale), List.of(), "draft.refused." + refused, model);
		}
		List<Choice> choices = this.producers.forViewer(viewer, locale);
		Optional<Choice> known = this.producers.byId(chosen, locale);
		if (known.isEmpty()) {
			if (choices.isEmpty()) {
				Permissions.require(viewer, Action.CREATE_RECORD, Target.none());
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			String key = chosen.isEmpty() ? "dataset.new.error.noProducer" : "draft.error.notInList";
			DraftFieldError error = new DraftFieldError("producer", chosen,
					new LocalizedText(this.messages.getMessage(key, null, locale), locale.getLanguage(), false));
			return form(form, chosen, choices, List.of(error), null, model);
		}
		Permissions.require(viewer, Action.CREATE_RECORD, Target.ownedBy(Optional.of(known.get().iri())));
		Created created = this.drafts.create(known.get().iri(), viewer.account().orElseThrow(), form, locale);
		if (created.iri().isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(form, chosen, choices, created.errors(), null, model);
		}
		String iri = created.iri().get();
		// Post/redirect/get, with 303 so that the browser GETs the draft.
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/datasets/" + iri.substring(iri.lastIndexOf('/') + 1) + "/draft?saved";
	}

	private String form(DatasetEdit form, String producer, List<Choice> choices, List<DraftFieldError> errors,
			String refusedKey, Model model) {
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("id", "new");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusedKey", refusedKey);
		model.addAttribute("recordTitle", LocalizedText.none());
		model.addAttribute("draft", null);
		model.addAttribute("producer", producer);
		model.addAttribute("producerOptions", choices);
		model.addAttribute("action", PATH);
		model.addAttribute("cancelHref", "/drafts");
		model.addAttribute("accessRightsOptions", this.drafts.accessRights(locale));
		model.addAttribute("stockOrFlowOptions", this.drafts.stockOrFlow(locale));
		model.addAttribute("titleLength", DatasetDraftRepository.TITLE_LENGTH);
		model.addAttribute("descriptionLength", DatasetDraftRepository.DESCRIPTION_LENGTH);
		return "catalogue/datasetEdit";
	}

}
