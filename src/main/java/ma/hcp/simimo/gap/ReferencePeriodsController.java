package ma.hcp.simimo.gap;

import java.util.List;
import java.util.Locale;

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

/** National against recommended reference periods, as a page, JSON, CSV and XLSX. */
@Controller
class ReferencePeriodsController {

	private final ReferencePeriodsRepository periods;

	private final MessageSource messages;

	ReferencePeriodsController(ReferencePeriodsRepository periods, MessageSource messages) {
		this.periods = periods;
		this.messages = messages;
	}

	@GetMapping(path = "/gaps/periods", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
	String periodsPage(Model model, Locale locale) {
		model.addAttribute("periods", this.periods.periods(locale));
		return "gap/referencePeriods";
	}

	@GetMapping(path = "/gaps/periods", params = "format")
	ResponseEntity<byte[]> periodsExport(@RequestParam(name = "format") String format, Locale locale) {
		String checked = DivergenceMatrixController.format(format);
		List<String> headers = List.of("family", "side", "subject", "kind", "value", "iri")
			.stream()
			.map((column) -> message("gap.periods.column." + column, locale))
			.toList();
		Table table = new Table(message("gap.periods.sheet", locale), locale, headers,
				ReferencePeriodsRepository.lines(this.periods.periods(locale), message("gap.periods.national", locale),
						message("gap.periods.recommended", locale)));
		return TableExports.download(table, "simimo-reference-periods", checked);
	}

	@Operation(summary = "National reference periods against the recommended ones, by concept family",
			description = "scale places each duration on a logarithmic scale from one day (0) to two years (100); "
					+ "-1 for a window of dates.")
	@GetMapping(path = "/api/gaps/periods", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ReferencePeriods periodsJson(Locale locale) {
		return this.periods.periods(locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
