package ma.hcp.simimo.catalogue;

import java.util.List;
import java.util.Locale;

import ma.hcp.simimo.kernel.LinkedDataPaths;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The producer list and the producer page, for browsers and as JSON under /api. */
@Controller
class ProducerController {

	private final ProducerRepository producers;

	private final LinkedDataPaths paths;

	ProducerController(ProducerRepository producers, LinkedDataPaths paths) {
		this.producers = producers;
		this.paths = paths;
	}

	@GetMapping(path = "/producers", produces = MediaType.TEXT_HTML_VALUE)
	String producerList(Model model, Locale locale) {
		model.addAttribute("producers", this.producers.all(locale));
		return "catalogue/producerList";
	}

	@GetMapping(path = "/api/producers", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<ProducerSummary> producerListJson(Locale locale) {
		return this.producers.all(locale);
	}

	@GetMapping(path = "/producers/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String producerPage(@PathVariable String id, Model model, Locale locale) {
		String iri = this.paths.iriForPath("/producers/" + id);
		model.addAttribute("producer", this.producers.page(iri, locale));
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		return "catalogue/producerPage";
	}

	@GetMapping(path = "/api/producers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ProducerPage producerJson(@PathVariable String id, Locale locale) {
		return this.producers.page(this.paths.iriForPath("/producers/" + id), locale);
	}

}
