package ma.hcp.simimo.concept;

import java.util.Locale;

import ma.hcp.simimo.kernel.LinkedDataPaths;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The page of a concept scheme or a classification: its tree (expandable without
 * reloading, and readable without JavaScript), its alphabetical index, its levels and a
 * search by code.
 */
@Controller
class SchemeController {

	private final SchemeRepository schemes;

	private final LinkedDataPaths paths;

	SchemeController(SchemeRepository schemes, LinkedDataPaths paths) {
		this.schemes = schemes;
		this.paths = paths;
	}

	@GetMapping(path = "/schemes", produces = MediaType.TEXT_HTML_VALUE)
	String schemeList(Model model, Locale locale) {
		model.addAttribute("schemes", this.schemes.all(locale));
		return "concept/schemeList";
	}

	@GetMapping(path = "/api/schemes", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	java.util.List<SchemeSummary> schemeListJson(Locale locale) {
		return this.schemes.all(locale);
	}

	@GetMapping(path = { "/schemes/{id}", "/classifications/{id}" }, produces = MediaType.TEXT_HTML_VALUE)
	String schemePage(@PathVariable String id, @RequestParam(required = false) String notation,
			jakarta.servlet.http.HttpServletRequest request, Model model, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String iri = this.paths.iriForPath(path);
		model.addAttribute("scheme", this.schemes.page(iri, notation, locale));
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		model.addAttribute("path", path);
		return "concept/schemePage";
	}

	@GetMapping(path = { "/api/schemes/{id}", "/api/classifications/{id}" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	SchemePage schemeJson(@PathVariable String id, @RequestParam(required = false) String notation,
			jakarta.servlet.http.HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length() + "/api".length());
		return this.schemes.page(this.paths.iriForPath(path), notation, locale);
	}

}
