package ma.hcp.simimo.indicator;

import java.util.List;
import java.util.Locale;

import ma.hcp.simimo.kernel.LinkedDataPaths;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The indicator list and the indicator page, for browsers and as JSON under /api. */
@Controller
class IndicatorController {

	private final IndicatorRepository indicators;

	private final LinkedDataPaths paths;

	IndicatorController(IndicatorRepository indicators, LinkedDataPaths paths) {
		this.indicators = indicators;
		this.paths = paths;
	}

	@GetMapping(path = "/indicators", produces = MediaType.TEXT_HTML_VALUE)
	String indicatorList(Model model, Locale locale) {
		model.addAttribute("indicators", this.indicators.all(locale));
		return "indicator/indicatorList";
	}

	@GetMapping(path = "/api/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<IndicatorSummary> indicatorListJson(Locale locale) {
		return this.indicators.all(locale);
	}

	@GetMapping(path = "/indicators/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String indicatorPage(@PathVariable String id, Model model, Locale locale) {
		String iri = this.paths.iriForPath("/indicators/" + id);
		model.addAttribute("indicator", this.indicators.page(iri, locale));
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		return "indicator/indicatorPage";
	}

	@GetMapping(path = "/api/indicators/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	IndicatorPage indicatorJson(@PathVariable String id, Locale locale) {
		return this.indicators.page(this.paths.iriForPath("/indicators/" + id), locale);
	}

}
