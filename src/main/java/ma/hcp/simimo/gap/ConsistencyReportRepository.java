package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.gap.ConsistencyReport.Finding;
import ma.hcp.simimo.gap.ConsistencyReport.RuleResult;
import ma.hcp.simimo.kernel.Durations;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Repository;

/**
 * Runs every consistency rule, one SPARQL file each under queries/gap/consistency/, the
 * rules side by side. Adding a rule is adding a file, and its title and explanation to
 * the messages (gap.rule.<file>, gap.rule.<file>.explanation); its variables (?concept,
 * ?counterpart, ?criterion, ?conceptValue, ?counterpartValue, ?divergence) fill the
 * findings.
 */
@Repository
public class ConsistencyReportRepository {

	static final String RULES = "gap/consistency";

	private final SparqlExecutor executor;

	private final QueryRegistry queries;

	private final LinkedDataPaths paths;

	private final GapResultsCache cache;

	private final ParallelQueries parallel;

	private final Labels labels;

	private final Durations durations;

	private final MessageSource messages;

	ConsistencyReportRepository(SparqlExecutor executor, QueryRegistry queries, LinkedDataPaths paths,
			GapResultsCache cache, Labels labels, ParallelQueries parallel, Durations durations,
			MessageSource messages) {
		this.durations = durations;
		this.messages = messages;
		this.executor = executor;
		this.queries = queries;
		this.paths = paths;
		this.cache = cache;
		this.labels = labels;
		this.parallel = parallel;
	}

	public ConsistencyReport report(Locale locale) {
		return this.cache.get("consistency/" + locale.getLanguage(), () -> compute(locale));
	}

	private ConsistencyReport compute(Locale locale) {
		Map<String, CompletableFuture<List<QuerySolution>>> running = new TreeMap<>();
		for (String file : this.queries.namesIn(RULES)) {
			String name = file.substring(0, file.length() - ".rq".length());
			running.put(name, this.parallel
				.start(() -> this.executor.select(name, new QuerySolutionMap(), DivergenceMatrixRepository::detached)));
		}
		Map<String, List<QuerySolution>> found = new TreeMap<>();
		Set<String> iris = new LinkedHashSet<>();
		for (Map.Entry<String, CompletableFuture<List<QuerySolution>>> rule : running.entrySet()) {
			List<QuerySolution> rows = ParallelQueries.result(rule.getValue());
			found.put(rule.getKey(), rows);
			for (QuerySolution row : rows) {
				for (String variable : List.of("concept", "counterpart", "criterion")) {
					if (row.contains(variable)) {
						iris.add(row.getResource(variable).getURI());
					}
				}
				for (String variable : List.of("conceptValue", "counterpartValue")) {
					for (String part : parts(text(row, variable))) {
						if (isIri(part)) {
							iris.add(part);
						}
					}
				}
			}
		}
		Map<String, String> labels = labels(iris, locale);
		List<RuleResult> rules = new ArrayList<>();
		for (Map.Entry<String, List<QuerySolution>> rule : found.entrySet()) {
			String text = this.queries.text(rule.getKey() + ".rq");
			List<Finding> findings = rule.getValue().stream().map((row) -> finding(row, labels, locale)).toList();
			rules.add(new RuleResult(rule.getKey().substring(RULES.length() + 1), description(text), text, findings));
		}
		return new ConsistencyReport(rules);
	}

	/**
	 * Every finding, one line each, for the CSV and XLSX exports: the rule by its title,
	 * the values in words.
	 */
	public static List<List<String>> lines(ConsistencyReport report, Function<String, String> title) {
		List<List<String>> lines = new ArrayList<>();
		for (RuleResult rule : report.rules()) {
			for (Finding finding : rule.findings()) {
				lines.add(List.of(title.apply(rule.name()), finding.conceptLabel(), finding.counterpartLabel(),
						finding.criterion(), finding.conceptValueInWords(), finding.counterpartValueInWords(),
						finding.divergence(), finding.concept(), finding.counterpart()));
			}
		}
		return lines;
	}

	/** The header comment of a rule file, without the lines that list what it returns. */
	static String description(String text) {
		return text.lines()
			.takeWhile((line) -> line.startsWith("#"))
			.map((line) -> line.replaceFirst("^#\\s?", ""))
			.takeWhile((line) -> !line.startsWith("Returns"))
			.collect(Collectors.joining(" "))
			.replaceFirst("^Consistency rule \\d+:\\s*", "")
			.strip();
	}

	private Finding finding(QuerySolution row, Map<String, String> labels, Locale locale) {
		String concept = iri(row, "concept");
		String counterpart = iri(row, "counterpart");
		String divergence = iri(row, "divergence");
		String conceptValue = text(row, "conceptValue");
		String counterpartValue = text(row, "counterpartValue");
		return new Finding(concept, href(concept), labels.getOrDefault(concept, concept), counterpart,
				href(counterpart), labels.getOrDefault(counterpart, counterpart),
				labels.getOrDefault(iri(row, "criterion"), iri(row, "criterion")), conceptValue, counterpartValue,
				divergence, href(divergence), inWords(conceptValue, labels, locale),
				inWords(counterpartValue, labels, locale));
	}

	/**
	 * A value as the rules write it (parts joined by " ; ", each a code's IRI, a typed
	 * value, or the bounds "lower..upper") in the reader's words.
	 */
	String inWords(String written, Map<String, String> labels, Locale locale) {
		List<String> words = new ArrayList<>();
		for (String part : parts(written)) {
			int range = part.indexOf("..");
			if (isIri(part)) {
				words.add(labels.getOrDefault(part, part));
			}
			else if (range >= 0) {
				String lower = part.substring(0, range);
				String upper = part.substring(range + 2);
				words.add(lower.isEmpty()
						? message("gap.consistency.value.atMost", locale, this.durations.describe(upper, locale))
						: message("gap.consistency.value.range", locale, this.durations.describe(lower, locale),
								this.durations.describe(upper, locale)));
			}
			else {
				words.add(this.durations.describe(part, locale));
			}
		}
		return String.join(" ; ", words);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static List<String> parts(String written) {
		return written.isEmpty() ? List.of() : List.of(written.split(" ; "));
	}

	private static boolean isIri(String text) {
		return text.startsWith("http://") || text.startsWith("https://");
	}

	private Map<String, String> labels(Set<String> iris, Locale locale) {
		return this.labels.texts(iris, locale.getLanguage());
	}

	private String href(String iri) {
		return iri.isEmpty() ? "" : this.paths.hrefFor(iri);
	}

	private static String iri(QuerySolution row, String variable) {
		return (row.contains(variable) && row.get(variable).isURIResource()) ? row.getResource(variable).getURI() : "";
	}

	private static String text(QuerySolution row, String variable) {
		return row.contains(variable) ? row.getLiteral(variable).getLexicalForm() : "";
	}

}
