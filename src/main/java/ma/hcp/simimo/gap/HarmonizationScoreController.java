package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;

import ma.hcp.simimo.kernel.Table;
import ma.hcp.simimo.kernel.TableExports;
import ma.hcp.simimo.gap.HarmonizationScores.Fix;
import ma.hcp.simimo.gap.HarmonizationScores.Score;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The harmonization score of each producer and of the catalogue, with each producer's
 * ranked fix list, as a page, JSON, CSV and XLSX.
 */
@Controller
class HarmonizationScoreController {

	private final HarmonizationScoreRepository scores;

	private final MessageSource messages;

	HarmonizationScoreController(HarmonizationScoreRepository scores, MessageSource messages) {
		this.scores = scores;
		this.messages = messages;
	}

	@GetMapping(path = "/gaps/scores", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
	String scoresPage(Model model, Locale locale) {
		model.addAttribute("scores", this.scores.scores(locale));
		return "gap/harmonizationScores";
	}

	@GetMapping(path = "/gaps/scores", params = "format")
	ResponseEntity<byte[]> scoresExport(@RequestParam(name = "format") String format, Locale locale) {
		String checked = DivergenceMatrixController.format(format);
		List<String> headers = List
			.of("producer", "score", "alignment", "completeness", "concepts", "fields", "fix", "gain", "subject")
			.stream()
			.map((column) -> message("gap.scores.column." + column, locale))
			.toList();
		HarmonizationScores scores = this.scores.scores(locale);
		List<List<Object>> lines = new ArrayList<>();
		for (Score score : scores.producers()) {
			List<Object> summary = List.of(score.label().text(), score.score(), score.alignment(), score.completeness(),
					score.concepts(), score.filled() + "/" + score.expected());
			if (score.fixes().isEmpty()) {
				lines.add(concat(summary, List.of("", "", "")));
			}
			for (Fix fix : score.fixes()) {
				lines.add(concat(summary, List.of(describe(fix, locale), fix.gain(), fix.subject())));
			}
		}
		Table table = new Table(message("gap.scores.sheet", locale), locale, headers, lines);
		return TableExports.download(table, "simimo-harmonization-scores", checked);
	}

	@Operation(summary = "Harmonization score per producer and overall, with each producer's fix list",
			description = "score = 100 (wa A + wm M) / (wa + wm): A alignment of the national concepts with "
					+ "their standards (1 - Σs/2K per concept), M completeness of key metadata. Fixes are ranked "
					+ "by the points they add at most. The same values are stored as DQV measurements.")
	@GetMapping(path = "/api/gaps/scores", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	HarmonizationScores scoresJson(Locale locale) {
		return this.scores.scores(locale);
	}

	/** One fix in words, as on the page. */
	private String describe(Fix fix, Locale locale) {
		return switch (fix.kind()) {
			case "align" -> this.messages.getMessage("gap.scores.fix.align",
					new Object[] { fix.label().text(), fix.count(), fix.majors() }, locale);
			case "compare" ->
				this.messages.getMessage("gap.scores.fix.compare", new Object[] { fix.label().text() }, locale);
			default -> this.messages.getMessage("gap.scores.fix.fill",
					new Object[] { message("gap.scores.field." + fix.subject(), locale), fix.count() }, locale);
		};
	}

	private static List<Object> concat(List<Object> first, List<Object> second) {
		List<Object> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
