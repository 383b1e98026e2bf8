package ma.hcp.simimo.gap;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import ma.hcp.simimo.kernel.Table;
import ma.hcp.simimo.kernel.TableExports;
import ma.hcp.simimo.gap.DivergenceMatrix.MatrixFilters;
import ma.hcp.simimo.kernel.BadRequestException;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The divergence matrix (national concepts against criteria) with its heatmap and
 * filters, and the consistency report; each as a page, as JSON and as CSV or XLSX.
 */
@Controller
class DivergenceMatrixController {

	private final DivergenceMatrixRepository matrices;

	private final ConsistencyReportRepository reports;

	private final MessageSource messages;

	DivergenceMatrixController(DivergenceMatrixRepository matrices, ConsistencyReportRepository reports,
			MessageSource messages) {
		this.matrices = matrices;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping(path = "/gaps/divergences", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
	String matrixPage(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
		model.addAttribute("matrix", this.matrices.matrix(filters(parameters), locale));
		model.addAttribute("severities", MatrixFilters.SEVERITIES);
		return "gap/divergenceMatrix";
	}

	@GetMapping(path = "/gaps/divergences", params = "format")
	ResponseEntity<byte[]> matrixExport(@RequestParam Map<String, String> parameters, Locale locale) {
		String format = format(parameters.get("format"));
		DivergenceMatrix matrix = this.matrices.matrix(filters(parameters), locale);
		Map<Integer, String> severities = Map.of(DivergenceMatrix.DETECTED, message("gap.severity.detected", locale), 0,
				message("gap.severity.aligned", locale), 1, message("gap.severity.minor", locale), 2,
				message("gap.severity.major", locale), DivergenceMatrix.PROVISIONAL,
				message("gap.severity.provisional", locale));
		List<String> headers = List
			.of("producer", "family", "nationalConcept", "criterion", "nationalValue", "standardConcept", "standard",
					"standardValue", "severity", "evidence", "nationalConceptIri", "standardConceptIri", "status")
			.stream()
			.map((column) -> message("gap.matrix.column." + column, locale))
			.toList();
		Table table = new Table(message("gap.matrix.sheet", locale), locale, headers,
				DivergenceMatrixRepository.lines(matrix, severities));
		return TableExports.download(table, "simimo-divergences", format);
	}

	@Operation(summary = "The divergence matrix: national concepts against the definitional criteria",
			description = "Recorded divergences and those detected from the definition facets "
					+ "(severity -1: detected, not recorded); provisional: true when the premise of a recorded "
					+ "divergence is unverified (kept out of the heat weights and the scores). Filters: producer, family, standard (scheme IRI), "
					+ "severity (aligned, minor, major, detected); groupBy producer or family.")
	@GetMapping(path = "/api/gaps/divergences", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	DivergenceMatrix matrixJson(@Parameter(hidden = true) @RequestParam Map<String, String> parameters, Locale locale) {
		return this.matrices.matrix(filters(parameters), locale);
	}

	@GetMapping(path = "/gaps/consistency", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
	String consistencyPage(Model model, Locale locale) {
		model.addAttribute("report", this.reports.report(locale));
		return "gap/consistencyReport";
	}

	@GetMapping(path = "/gaps/consistency", params = "format")
	ResponseEntity<byte[]> consistencyExport(@RequestParam(name = "format") String format, Locale locale) {
		String checked = format(format);
		List<String> headers = List
			.of("rule", "concept", "counterpart", "criterion", "conceptValue", "counterpartValue", "divergence",
					"conceptIri", "counterpartIri")
			.stream()
			.map((column) -> message("gap.consistency.column." + column, locale))
			.toList();
		Table table = new Table(message("gap.consistency.sheet", locale), locale, headers, ConsistencyReportRepository
			.lines(this.reports.report(locale), (rule) -> message("gap.rule." + rule, locale)));
		return TableExports.download(table, "simimo-consistency", checked);
	}

	@Operation(summary = "The consistency report: where the recorded knowledge contradicts itself",
			description = "One entry per rule (queries/gap/consistency/*.rq), with its description, its SPARQL "
					+ "and its findings.")
	@GetMapping(path = "/api/gaps/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ConsistencyReport consistencyJson(Locale locale) {
		return this.reports.report(locale);
	}

	private static MatrixFilters filters(Map<String, String> parameters) {
		String severity = parameters.getOrDefault("severity", "");
		String groupBy = parameters.getOrDefault("groupBy", "producer");
		return new MatrixFilters(parameters.getOrDefault("producer", "").strip(),
				parameters.getOrDefault("family", "").strip(), parameters.getOrDefault("standard", "").strip(),
				MatrixFilters.SEVERITIES.contains(severity) ? severity : "",
				"family".equals(groupBy) ? "family" : "producer");
	}

	static String format(String format) {
		if (format == null || !TableExports.FORMATS.contains(format.toLowerCase(Locale.ROOT))) {
			throw new BadRequestException("gap.export.unknown", String.valueOf(format));
		}
		return format.toLowerCase(Locale.ROOT);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
