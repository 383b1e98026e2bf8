package ma.hcp.simimo.period;

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
 * The review workflow's routes of a reference period (decision 0027): {@code POST
 * /periods/{id}/submit}, {@code /takeback}, {@code /sendback}, {@code /publish},
 * {@code /revert}, {@code /withdraw} and {@code GET …/history}, each one step of
 * access/RecordWorkflow, as for datasets.
 */
@Controller
class PeriodWorkflowController {

	private static final String BASE = "/periods/{id}";

	private final RecordWorkflow workflow;

	private final PeriodDraftView pages;

	private final LinkedDataPaths paths;

	PeriodWorkflowController(RecordWorkflow workflow, PeriodDraftView pages, LinkedDataPaths paths) {
		this.workflow = workflow;
		this.pages = pages;
		this.paths = paths;
	}

	@PostMapping(path = BASE + "/submit", produces = MediaType.TEXT_HTML_VALUE)
	String submit(@PathVariable String id, @RequestParam(name = "comment", defaultValue = "") String comment,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.move(this.pages, iri(id), Transition.SUBMIT, comment, model, locale, request, response);
	}

	@PostMapping(path = BASE + "/takeback", produces = MediaType.TEXT_HTML_VALUE)
	String takeBack(@PathVariable String id, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return this.workflow.move(this.pages, iri(id), Transition.TAKE_BACK, "", model, locale, request, response);
	}

	@PostMapping(path = BASE + "/sendback", produces = MediaType.TEXT_HTML_VALUE)
	String sendBack(@PathVariable String id, @RequestParam(name = "comment", defaultValue = "") String comment,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.move(this.pages, iri(id), Transition.SEND_BACK, comment, model, locale, request, response);
	}

	@PostMapping(path = BASE + "/publish", produces = MediaType.TEXT_HTML_VALUE)
	String publish(@PathVariable String id, @RequestParam(name = "comment", defaultValue = "") String comment,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.publish(this.pages, iri(id), comment, model, locale, request, response);
	}

	@GetMapping(path = BASE + "/history", produces = MediaType.TEXT_HTML_VALUE)
	String history(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		return this.workflow.history(this.pages, iri(id), model, locale, response);
	}

	@PostMapping(path = BASE + "/revert", produces = MediaType.TEXT_HTML_VALUE)
	String revert(@PathVariable String id, @RequestParam(name = "version", defaultValue = "") String version,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.revert(this.pages, iri(id), version, model, locale, request, response);
	}

	@PostMapping(path = BASE + "/withdraw", produces = MediaType.TEXT_HTML_VALUE)
	String withdraw(@PathVariable String id, @RequestParam(name = "comment", defaultValue = "") String comment,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return this.workflow.withdraw(this.pages, iri(id), comment, model, locale, request, response);
	}

	private String iri(String id) {
		return this.paths.iriForPath("/periods/" + id);
	}

}
