package ma.hcp.simimo.concept;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.RecordWorkflow;
import ma.hcp.simimo.access.RecordWorkflow.Transition;
import ma.hcp.simimo.kernel.LinkedDataPaths;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review workflow's routes of a concept (decision 0027): {@code POST
 * /concepts/{scheme}/{concept}/submit}, {@code /takeback}, {@code /sendback},
 * {@code /publish}, {@code /revert}, {@code /withdraw} and {@code GET …/history}, each
 * one step of access/RecordWorkflow, as for datasets.
 */
@Controller
class ConceptWorkflowController {

	private static final String BASE = "/concepts/{scheme}/{concept}";

	private final RecordWorkflow workflow;

	private final ConceptDraftView pages;

	private final LinkedDataPaths paths;

	ConceptWorkflowController(RecordWorkflow workflow, ConceptDraftView pages, LinkedDataPaths paths) {
		this.workflow = workflow;
		this.pages = pages;
		this.paths = paths;
	}

	@PostMapping(path = BASE + "/submit", produces = MediaType.TEXT_HTML_VALUE)
	String submit(@PathVariable String scheme, @PathVariable String concept,
			@RequestParam(name = "comment", defaultValue = "") String comment, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.move(this.pages, iri(scheme, concept), Transition.SUBMIT, comment, model, locale, request,
				response);
	}

	@PostMapping(path = BASE + "/takeback", produces = MediaType.TEXT_HTML_VALUE)
	String takeBack(@PathVariable String scheme, @PathVariable String concept, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.move(this.pages, iri(scheme, concept), Transition.TAKE_BACK, "", model, locale, request,
				response);
	}

	@PostMapping(path = BASE + "/sendback", produces = MediaType.TEXT_HTML_VALUE)
	String sendBack(@PathVariable String scheme, @PathVariable String concept,
			@RequestParam(name = "comment", defaultValue = "") String comment, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.move(this.pages, iri(scheme, concept), Transition.SEND_BACK, comment, model, locale,
				request, response);
	}

	@PostMapping(path = BASE + "/publish", produces = MediaType.TEXT_HTML_VALUE)
	String publish(@PathVariable String scheme, @PathVariable String concept,
			@RequestParam(name = "comment", defaultValue = "") String comment, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.publish(this.pages, iri(scheme, concept), comment, model, locale, request, response);
	}

	@GetMapping(path = BASE + "/history", produces = MediaType.TEXT_HTML_VALUE)
	String history(@PathVariable String scheme, @PathVariable String concept, Model model, Locale locale,
			HttpServletResponse response) {
		return this.workflow.history(this.pages, iri(scheme, concept), model, locale, response);
	}

	@PostMapping(path = BASE + "/revert", produces = MediaType.TEXT_HTML_VALUE)
	String revert(@PathVariable String scheme, @PathVariable String concept,
			@RequestParam(name = "version", defaultValue = "") String version, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.revert(this.pages, iri(scheme, concept), version, model, locale, request, response);
	}

	@PostMapping(path = BASE + "/withdraw", produces = MediaType.TEXT_HTML_VALUE)
	String withdraw(@PathVariable String scheme, @PathVariable String concept,
			@RequestParam(name = "comment", defaultValue = "") String comment, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.withdraw(this.pages, iri(scheme, concept), comment, model, locale, request, response);
	}

	private String iri(String scheme, String concept) {
		return this.paths.iriForPath("/concepts/" + scheme + "/" + concept);
	}

}
