package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;

import ma.hcp.simimo.kernel.Table;
import ma.hcp.simimo.kernel.TableExports;
import ma.hcp.simimo.gap.IndicatorCoverage.Cell;
import ma.hcp.simimo.gap.IndicatorCoverage.NamedDivergence;
import ma.hcp.simimo.gap.IndicatorCoverage.Row;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.kernel.BadRequestException;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The indicator coverage matrix (indicators against producers) and the page that explains
 * one indicator's cells; as pages, as JSON, and the matrix as CSV or XLSX.
 */
@Controller
class IndicatorCoverageController {

	private static final List<String> COLUMNS = List.of("notation", "indicator", "producer", "state", "datasets",
			"divergences", "uncoveredConcepts", "missingBreakdowns", "indicatorIri", "producerIri", "divergenceIris",
			"missingVariables");

	private final IndicatorCoverageRepository coverage;

	private final MessageSource messages;

	IndicatorCoverageController(IndicatorCoverageRepository coverage, MessageSource messages) {
		this.coverage = coverage;
		this.messages = messages;
	}

	@GetMapping(path = "/gaps/indicators", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
	String coveragePage(Model model, Locale locale) {
		model.addAttribute("coverage", this.coverage.coverage(locale));
		model.addAttribute("states", IndicatorCoverage.STATES);
		return "gap/indicatorCoverage";
	}

	@GetMapping(path = "/gaps/indicators", params = "format")
	ResponseEntity<byte[]> coverageExport(@RequestParam(name = "format") String format, Locale locale) {
		String checked = format(format);
		List<String> headers = COLUMNS.stream()
			.map((column) -> message("gap.coverage.column." + column, locale))
			.toList();
		Table table = new Table(message("gap.coverage.sheet", locale), locale, headers,
				lines(this.coverage.coverage(locale), locale));
		return TableExports.download(table, "simimo-indicator-coverage", checked);
	}

	@Operation(summary = "Indicator coverage: each indicator against each producer",
			description = "Every cell is available, partial, proxy or missing, with its evidence: the datasets, "
					+ "the path from each to each required concept, the divergences named on the way and the "
					+ "breakdowns and variables missing. The rule is stated in queries/gap/indicatorCoverage.rq.")
	@GetMapping(path = "/api/gaps/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	IndicatorCoverage coverageJson(Locale locale) {
		return this.coverage.coverage(locale);
	}

	@GetMapping(path = "/gaps/indicators/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String cellPage(@PathVariable String id, @RequestParam(name = "producer", required = false) String producer,
			Model model, Locale locale) {
		Row row = cells(id, producer, locale);
		model.addAttribute("row", row);
		model.addAttribute("producer", (producer != null) ? producer : "");
		return "gap/indicatorCoverageDetail";
	}

	@Operation(summary = "Why one indicator's cells are in their state",
			description = "The indicator's row of the coverage matrix, optionally narrowed to one producer "
					+ "(producer: its IRI).")
	@GetMapping(path = "/api/gaps/indicators/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Row cellJson(@PathVariable String id, @RequestParam(name = "producer", required = false) String producer,
			Locale locale) {
		return cells(id, producer, locale);
	}

	/** The indicator's row, narrowed to the producer's cell when one is named. */
	private Row cells(String id, String producer, Locale locale) {
		Row row = this.coverage.row(id, locale).orElseThrow(() -> new ResourceNotFoundException(id));
		if (producer == null || producer.isBlank()) {
			return row;
		}
		List<Cell> cells = row.cells()
			.stream()
			.filter((cell) -> cell.producer().link().iri().equals(producer))
			.toList();
		if (cells.isEmpty()) {
			throw new ResourceNotFoundException(producer);
		}
		return new Row(row.indicator(), row.notation(), row.id(), row.bestState(), cells);
	}

	private List<List<String>> lines(IndicatorCoverage coverage, Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		for (Row row : coverage.rows()) {
			for (Cell cell : row.cells()) {
				lines.add(List.of(row.notation(), row.indicator().label().text(), cell.producer().link().label().text(),
						message("gap.coverage.state." + cell.state(), locale), labels(cell.datasets()),
						cell.divergences()
							.stream()
							.map((divergence) -> describe(divergence, locale))
							.collect(Collectors.joining("; ")),
						labels(cell.uncoveredConcepts()), labels(cell.missingBreakdowns()), row.indicator().iri(),
						cell.producer().link().iri(),
						cell.divergences().stream().map(NamedDivergence::iri).collect(Collectors.joining(" ")),
						labels(cell.missingVariables())));
			}
		}
		return lines;
	}

	private String describe(NamedDivergence divergence, Locale locale) {
		return divergence.criterion().text() + " (" + message("gap.coverage.severity." + divergence.severity(), locale)
				+ ")";
	}

	private static String labels(List<LabelledLink> links) {
		return links.stream().map((link) -> link.label().text()).collect(Collectors.joining("; "));
	}

	private static String format(String format) {
		if (format == null || !TableExports.FORMATS.contains(format.toLowerCase(Locale.ROOT))) {
			throw new BadRequestException("gap.export.unknown", String.valueOf(format));
		}
		return format.toLowerCase(Locale.ROOT);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
