package ma.hcp.simimo.concept;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import ma.hcp.simimo.kernel.LinkedDataPaths;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The concept page at the concept's own path (/concepts/{scheme}/{concept}), for
 * browsers, and its JSON form under /api. RDF requests on the same path go to the
 * linked-data controller.
 */
@Controller
class ConceptController {

	private final ConceptRepository concepts;

	private final LinkedDataPaths paths;

	ConceptController(ConceptRepository concepts, LinkedDataPaths paths) {
		this.concepts = concepts;
		this.paths = paths;
	}

	@GetMapping(path = "/concepts/{scheme}/{concept}", produces = MediaType.TEXT_HTML_VALUE)
	String conceptPage(HttpServletRequest request, Model model, Locale locale) {
		String iri = this.paths.iriForPath(request.getRequestURI().substring(request.getContextPath().length()));
		model.addAttribute("concept", this.concepts.page(iri, locale));
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		return "concept/conceptPage";
	}

	@GetMapping(path = "/api/concepts/{scheme}/{concept}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ConceptPage conceptJson(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length() + "/api".length());
		return this.concepts.page(this.paths.iriForPath(path), locale);
	}

}
