package ma.hcp.simimo.gap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import ma.hcp.simimo.kernel.Table;
import ma.hcp.simimo.kernel.TableExports;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The classifications the datasets use, against the international ones, as a page, JSON,
 * CSV and XLSX, optionally for one producer.
 */
@Controller
class ClassificationUsageController {

	private final ClassificationUsageRepository usages;

	private final MessageSource messages;

	ClassificationUsageController(ClassificationUsageRepository usages, MessageSource messages) {
		this.usages = usages;
		this.messages = messages;
	}

	@GetMapping(path = "/gaps/classifications", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
	String usagePage(@RequestParam(name = "producer", defaultValue = "") String producer, Model model, Locale locale) {
		model.addAttribute("usage", this.usages.usage(producer.strip(), locale));
		model.addAttribute("categories", ClassificationUsage.CATEGORIES);
		return "gap/classificationUsage";
	}

	@GetMapping(path = "/gaps/classifications", params = "format")
	ResponseEntity<byte[]> usageExport(@RequestParam(name = "format") String format,
			@RequestParam(name = "producer", defaultValue = "") String producer, Locale locale) {
		String checked = DivergenceMatrixController.format(format);
		List<String> headers = List
			.of("producer", "dataset", "classification", "category", "correspondence", "datasetIri",
					"classificationIri")
			.stream()
			.map((column) -> message("gap.classifications.column." + column, locale))
			.toList();
		Map<String, String> words = new LinkedHashMap<>();
		ClassificationUsage.CATEGORIES
			.forEach((category) -> words.put(category, message("gap.classifications.category." + category, locale)));
		Table table = new Table(message("gap.classifications.sheet", locale), locale, headers,
				ClassificationUsageRepository.lines(this.usages.usage(producer.strip(), locale), words));
		return TableExports.download(table, "simimo-classifications", checked);
	}

	@Operation(summary = "The classifications each dataset uses, against the international ones",
			description = "Categories: international, correspondence (national with a recorded correspondence to "
					+ "an international classification), national (none recorded), unrecorded (the dataset's "
					+ "classifications are not recorded). Filter: producer (IRI).")
	@GetMapping(path = "/api/gaps/classifications", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ClassificationUsage usageJson(@RequestParam(name = "producer", defaultValue = "") String producer, Locale locale) {
		return this.usages.usage(producer.strip(), locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
