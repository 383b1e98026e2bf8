package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.gap.ReferencePeriods.Family;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.kernel.Dates;
import ma.hcp.simimo.kernel.Durations;

import org.springframework.stereotype.Repository;

/**
 * Reads the national and recommended reference periods of each concept family
 * (queries/gap/referencePeriods.rq) and places each duration on a logarithmic scale from
 * one day to two years, so a 24-hour recall period and a 12-month threshold both show.
 */
@Repository
public class ReferencePeriodsRepository {

	/** The end of the scale, in days: two years. */
	static final double SCALE_DAYS = 730;

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final Durations durations;

	private final Dates dates;

	private final Labels labels;

	ReferencePeriodsRepository(SparqlExecutor executor, LinkedDataPaths paths, Durations durations, Dates dates,
			Labels labels) {
		this.executor = executor;
		this.paths = paths;
		this.durations = durations;
		this.dates = dates;
		this.labels = labels;
	}

	public ReferencePeriods periods(Locale locale) {
		String language = locale.getLanguage();
		List<QuerySolution> rows = new ArrayList<>(this.executor.select("gap/referencePeriods", new QuerySolutionMap(),
				DivergenceMatrixRepository::detached));
		Set<String> iris = new LinkedHashSet<>();
		for (QuerySolution row : rows) {
			List.of("family", "subject", "kind")
				.forEach((name) -> iris
					.addAll(row.contains(name) ? List.of(row.getResource(name).getURI()) : List.of()));
		}
		Map<String, LocalizedText> shown = this.labels.of(iris, language);
		Comparator<LocalizedText> byText = Labels.byText(language);
		rows.sort(Comparator.comparing((QuerySolution row) -> shown.get(row.getResource("family").getURI()), byText)
			.thenComparing((row) -> row.getLiteral("side").getString())
			.thenComparing((row) -> shown.get(row.getResource("subject").getURI()), byText));
		Map<String, LocalizedText> families = new LinkedHashMap<>();
		Map<String, Set<ReferencePeriods.Period>> national = new LinkedHashMap<>();
		Map<String, Set<ReferencePeriods.Period>> recommended = new LinkedHashMap<>();
		for (QuerySolution row : rows) {
			String family = row.getResource("family").getURI();
			families.putIfAbsent(family, shown.get(family));
			Map<String, Set<ReferencePeriods.Period>> side = "national".equals(row.getLiteral("side").getString())
					? national : recommended;
			side.computeIfAbsent(family, (key) -> new LinkedHashSet<>()).add(period(row, shown, locale));
		}
		List<Family> listed = new ArrayList<>();
		families.forEach((family, label) -> listed
			.add(new Family(family, label, List.copyOf(national.getOrDefault(family, Set.of())),
					List.copyOf(recommended.getOrDefault(family, Set.of())))));
		return new ReferencePeriods(listed);
	}

	/** Every period, one line each, for the CSV and XLSX exports. */
	public static List<List<String>> lines(ReferencePeriods periods, String nationalWord, String recommendedWord) {
		List<List<String>> lines = new ArrayList<>();
		for (Family family : periods.families()) {
			family.national()
				.forEach((period) -> lines.add(List.of(family.label().text(), nationalWord, period.label().text(),
						period.kind(), period.value(), period.subject())));
			family.recommended()
				.forEach((period) -> lines.add(List.of(family.label().text(), recommendedWord, period.label().text(),
						period.kind(), period.value(), period.subject())));
		}
		return lines;
	}

	private ReferencePeriods.Period period(QuerySolution row, Map<String, LocalizedText> shown, Locale locale) {
		String subject = row.getResource("subject").getURI();
		String duration = text(row, "duration");
		String upper = text(row, "upper");
		String value;
		int scale = -1;
		if (!duration.isEmpty()) {
			value = describe(duration, locale) + (upper.isEmpty() ? "" : " – " + describe(upper, locale));
			scale = scale(duration);
		}
		else if (!upper.isEmpty()) {
			value = "< " + describe(upper, locale);
			scale = scale(upper);
		}
		else {
			value = this.dates.range(text(row, "start"), text(row, "end"), locale);
		}
		return new ReferencePeriods.Period(subject, this.paths.hrefFor(subject), shown.get(subject),
				row.contains("kind") ? shown.get(row.getResource("kind").getURI()).text() : "", value, scale);
	}

	private String describe(String duration, Locale locale) {
		return this.durations.describeWithCode(duration, locale);
	}

	/**
	 * 0 to 100 on a logarithmic scale from one day to two years; -1 if not a duration.
	 */
	static int scale(String xsdDuration) {
		OptionalDouble days = Durations.days(xsdDuration);
		if (days.isEmpty()) {
			return -1;
		}
		double position = Math.log1p(Math.max(days.getAsDouble(), 0)) / Math.log1p(SCALE_DAYS);
		return (int) Math.round(Math.min(1, position) * 100);
	}

	private static String text(QuerySolution row, String variable) {
		return row.contains(variable) ? row.get(variable).asLiteral().getLexicalForm() : "";
	}

}
