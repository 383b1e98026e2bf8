package ma.hcp.simimo.period;

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
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.RefusedForm;
import ma.hcp.simimo.store.DraftErrors;
import ma.hcp.simimo.store.DraftErrors.Created;
import ma.hcp.simimo.store.DraftErrors.FieldError;

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
 * Creating a reference period as a draft (decision 0025, as built for reference periods):
 * the period edit form, empty, at {@code /periods/new}, with the producer that will own
 * it (CREATE_RECORD on that producer: a contributor of it, or a coordinator). Saving
 * mints the period's IRI and saves its first draft, with the producer as intended owner,
 * in the private store; no public path sees it until issue 18 publishes it.
 */
@Controller
class NewPeriodController {

	static final String PATH = "/periods/new";

	private final PeriodDraftRepository drafts;

	private final DraftErrors errors;

	private final LinkedDataPaths paths;

	private final ProducerChoices producers;

	NewPeriodController(PeriodDraftRepository drafts, DraftErrors errors, LinkedDataPaths paths,
			ProducerChoices producers) {
		this.producers = producers;
		this.drafts = drafts;
		this.errors = errors;
		this.paths = paths;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	String newForm(@RequestParam(name = "producer", required = false) String producer, Model model, Locale locale,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", PeriodEditController.PRIVATE);
		Viewer viewer = Viewer.current();
		List<Choice> choices = this.producers.forViewer(viewer, locale);
		if (choices.isEmpty()) {
			Permissions.require(viewer, Action.CREATE_RECORD, Target.none());
		}
		String chosen = (choices.size() == 1) ? choices.get(0).id() : (producer == null) ? "" : producer;
		return form(PeriodDraftRepository.emptyForm(), chosen, choices, List.of(), null, model, locale);
	}

	@PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	String create(@RequestParam(name = "producer", required = false) String producer, @ModelAttribute PeriodEdit form,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", PeriodEditController.PRIVATE);
		String chosen = (producer == null) ? "" : producer.strip();
		Viewer viewer = Viewer.current();
		Object refused = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refused != null) {
			// Spring Security refused the POST (no valid token, or the session is gone):
			// the input comes back so that nothing typed is lost, and nothing is written.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return form(form, chosen, this.producers.all(locale), List.of(), "draft.refused." + refused, model, locale);
		}
		List<Choice> choices = this.producers.forViewer(viewer, locale);
		Optional<Choice> known = this.producers.byId(chosen, locale);
		if (known.isEmpty()) {
			if (choices.isEmpty()) {
				Permissions.require(viewer, Action.CREATE_RECORD, Target.none());
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			String key = chosen.isEmpty() ? "dataset.new.error.noProducer" : "draft.error.notInList";
			return form(form, chosen, choices, List.of(this.errors.error("producer", chosen, key, locale)), null, model,
					locale);
		}
		Permissions.require(viewer, Action.CREATE_RECORD, Target.ownedBy(Optional.of(known.get().iri())));
		Created created = this.drafts.create(known.get().iri(), viewer.account().orElseThrow(), form, locale);
		if (created.iri().isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(form, chosen, choices, created.errors(), null, model, locale);
		}
		// Post/redirect/get, with 303 so that the browser GETs the draft.
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:" + this.paths.hrefFor(created.iri().get()) + "/draft?saved";
	}

	private String form(PeriodEdit form, String producer, List<Choice> choices, List<FieldError> errors,
			String refusedKey, Model model, Locale locale) {
		model.addAttribute("href", PATH);
		model.addAttribute("action", PATH);
		model.addAttribute("cancelHref", "/gaps/periods");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusedKey", refusedKey);
		model.addAttribute("recordTitle", LocalizedText.none());
		model.addAttribute("draft", null);
		model.addAttribute("producer", producer);
		model.addAttribute("producerOptions", choices);
		return PeriodEditController.choices(this.drafts, form, model, locale);
	}

}
