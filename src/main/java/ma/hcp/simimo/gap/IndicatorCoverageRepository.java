package ma.hcp.simimo.gap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;

import ma.hcp.simimo.gap.IndicatorCoverage.Cell;
import ma.hcp.simimo.gap.IndicatorCoverage.ConceptCoverage;
import ma.hcp.simimo.gap.IndicatorCoverage.NamedDivergence;
import ma.hcp.simimo.gap.IndicatorCoverage.Path;
import ma.hcp.simimo.gap.IndicatorCoverage.Producer;
import ma.hcp.simimo.gap.IndicatorCoverage.Row;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;
import org.springframework.web.util.UriUtils;

/**
 * Builds the indicator coverage matrix from one query, queries/gap/indicatorCoverage.rq,
 * which computes the state of every cell and returns its evidence; this class groups the
 * rows into records and names their resources with {@link Labels}, in one batch. The
 * result is kept per language until the content changes ({@link GapResultsCache}).
 */
@Repository
public class IndicatorCoverageRepository {

	private static final Pattern TOKEN = Pattern.compile("\\d+|\\D+");

	/** The variables of indicatorCoverage.rq whose resources are shown by name. */
	private static final List<String> LABELLED = List.of("indicator", "producer", "required", "dataset", "measured",
			"target", "criterion", "breakdown", "variable");

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final Labels labels;

	private final GapResultsCache cache;

	IndicatorCoverageRepository(SparqlExecutor executor, LinkedDataPaths paths, Labels labels, GapResultsCache cache) {
		this.executor = executor;
		this.paths = paths;
		this.labels = labels;
		this.cache = cache;
	}

	public IndicatorCoverage coverage(Locale locale) {
		return this.cache.get("indicators/" + locale.getLanguage(), () -> compute(locale));
	}

	private IndicatorCoverage compute(Locale locale) {
		String language = locale.getLanguage();
		List<QuerySolution> solutions = this.executor.select("gap/indicatorCoverage", new QuerySolutionMap(),
				DivergenceMatrixRepository::detached);
		Set<String> iris = new LinkedHashSet<>();
		Set<String> producerIris = new LinkedHashSet<>();
		for (QuerySolution solution : solutions) {
			for (String variable : LABELLED) {
				if (solution.contains(variable)) {
					iris.add(solution.getResource(variable).getURI());
				}
			}
			producerIris.add(solution.getResource("producer").getURI());
		}
		Map<String, LocalizedText> shown = this.labels.of(iris, language);
		Map<String, String> acronyms = acronyms(producerIris, language);
		Map<String, RowParts> rows = new LinkedHashMap<>();
		Map<String, Producer> producers = new LinkedHashMap<>();
		for (QuerySolution solution : solutions) {
			String indicator = solution.getResource("indicator").getURI();
			String producer = solution.getResource("producer").getURI();
			producers.computeIfAbsent(producer, (iri) -> {
				LabelledLink link = link(solution, "producer", shown);
				return new Producer(link, acronyms.getOrDefault(iri, link.label().text()));
			});
			RowParts row = rows.computeIfAbsent(indicator, (iri) -> new RowParts(link(solution, "indicator", shown),
					solution.contains("notation") ? text(solution, "notation") : ""));
			CellParts cell = row.cells.computeIfAbsent(producer,
					(iri) -> new CellParts(producers.get(iri), text(solution, "state")));
			if (solution.contains("dataset")) {
				cell.addPath(solution, shown);
				if (solution.contains("heldBreakdown")) {
					cell.held.add(solution.getResource("heldBreakdown").getURI());
				}
				if (solution.contains("heldVariable")) {
					cell.held.add(solution.getResource("heldVariable").getURI());
				}
			}
			else if (solution.contains("required")) {
				cell.concepts.computeIfAbsent(solution.getResource("required").getURI(),
						(iri) -> new ConceptParts()).concept = link(solution, "required", shown);
			}
			else if (solution.contains("breakdown")) {
				cell.breakdowns.putIfAbsent(solution.getResource("breakdown").getURI(),
						link(solution, "breakdown", shown));
			}
			else if (solution.contains("variable")) {
				cell.variables.putIfAbsent(solution.getResource("variable").getURI(),
						link(solution, "variable", shown));
			}
		}
		Collator collator = Collator.getInstance(locale);
		List<Producer> columns = producers.values()
			.stream()
			.sorted(Comparator.comparing((Producer producer) -> producer.acronym(), collator))
			.toList();
		List<Row> built = rows.values()
			.stream()
			.map((row) -> row.build(columns))
			.sorted(Comparator.comparing(Row::notation, IndicatorCoverageRepository::compareCodes)
				.thenComparing((Row row) -> row.indicator().label().text(), collator))
			.toList();
		return new IndicatorCoverage(columns, built,
				built.stream().filter((row) -> !row.bestState().equals(IndicatorCoverage.MISSING)).toList(),
				built.stream().filter((row) -> row.bestState().equals(IndicatorCoverage.MISSING)).toList());
	}

	/** The row of the indicator whose id is given, or empty when there is none. */
	public Optional<Row> row(String id, Locale locale) {
		return coverage(locale).rows().stream().filter((row) -> row.id().equals(id)).findFirst();
	}

	/**
	 * Orders codes as people read them: "8.8.1" before "10.7.1", "10.7.4" before
	 * "10.c.1", numbered codes before others ("ICLS-…"), an absent code last.
	 */
	static int compareCodes(String left, String right) {
		if (left.isEmpty() || right.isEmpty()) {
			return Boolean.compare(left.isEmpty(), right.isEmpty());
		}
		Matcher a = TOKEN.matcher(left);
		Matcher b = TOKEN.matcher(right);
		while (a.find() && b.find()) {
			String x = a.group();
			String y = b.group();
			boolean xNumber = Character.isDigit(x.charAt(0));
			boolean yNumber = Character.isDigit(y.charAt(0));
			int order = (xNumber && yNumber) ? compareNumbers(x, y)
					: (xNumber != yNumber) ? (xNumber ? -1 : 1) : x.compareTo(y);
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(left.length(), right.length());
	}

	/** Compares two runs of digits by value, however long. */
	private static int compareNumbers(String x, String y) {
		String a = x.replaceFirst("^0+(?=\\d)", "");
		String b = y.replaceFirst("^0+(?=\\d)", "");
		return (a.length() != b.length()) ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}

	private LabelledLink link(QuerySolution solution, String variable, Map<String, LocalizedText> shown) {
		String iri = solution.getResource(variable).getURI();
		return new LabelledLink(iri, shown.get(iri), this.paths.hrefFor(iri));
	}

	/**
	 * The acronym of each producer that has one, in the language the policy picks for the
	 * reader (an acronym is a name too).
	 */
	private Map<String, String> acronyms(Set<String> producers, String language) {
		Map<String, List<LocalizedText>> all = new LinkedHashMap<>();
		this.executor.forEachFor("gap/producerAcronyms", new QuerySolutionMap(), "producer",
				producers.stream().map(NodeFactory::createURI).toList(), (row) -> {
					Literal acronym = row.getLiteral("acronym");
					all.computeIfAbsent(row.getResource("producer").getURI(), (key) -> new ArrayList<>())
						.add(new LocalizedText(acronym.getLexicalForm(), acronym.getLanguage(), false));
				});
		Map<String, String> chosen = new LinkedHashMap<>();
		all.forEach((producer, acronyms) -> chosen.put(producer, LanguagePolicy.choose(acronyms, language).text()));
		return chosen;
	}

	private static String text(QuerySolution solution, String variable) {
		return solution.getLiteral(variable).getLexicalForm();
	}

	private static String lastSegment(String iri) {
		String tail = iri.replaceAll("[/#]+$", "");
		return tail.substring(Math.max(tail.lastIndexOf('/'), tail.lastIndexOf('#')) + 1);
	}

	private final class RowParts {

		final LabelledLink indicator;

		final String notation;

		final Map<String, CellParts> cells = new LinkedHashMap<>();

		RowParts(LabelledLink indicator, String notation) {
			this.indicator = indicator;
			this.notation = notation;
		}

		Row build(List<Producer> columns) {
			String id = this.notation.isEmpty() ? lastSegment(this.indicator.iri()) : this.notation;
			List<Cell> built = new ArrayList<>();
			for (Producer column : columns) {
				CellParts cell = this.cells.get(column.link().iri());
				String href = "/gaps/indicators/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8)
						+ "?producer=" + URLEncoder.encode(column.link().iri(), StandardCharsets.UTF_8);
				built.add((cell != null) ? cell.build(href) : new Cell(column, IndicatorCoverage.MISSING, href,
						List.of(), List.of(), List.of(), List.of(), List.of()));
			}
			String best = built.stream()
				.map(Cell::state)
				.min(Comparator.comparing(IndicatorCoverage.STATES::indexOf))
				.orElse(IndicatorCoverage.MISSING);
			return new Row(this.indicator, this.notation, id, best, built);
		}

	}

	private final class CellParts {

		final Producer producer;

		final String state;

		final Map<String, ConceptParts> concepts = new LinkedHashMap<>();

		final Map<String, LabelledLink> breakdowns = new LinkedHashMap<>();

		final Map<String, LabelledLink> variables = new LinkedHashMap<>();

		/** The required breakdowns and variables a dataset with a path records. */
		final Set<String> held = new LinkedHashSet<>();

		CellParts(Producer producer, String state) {
			this.producer = producer;
			this.state = state;
		}

		void addPath(QuerySolution solution, Map<String, LocalizedText> shown) {
			String required = solution.getResource("required").getURI();
			ConceptParts concept = this.concepts.computeIfAbsent(required, (iri) -> new ConceptParts());
			String key = solution.getResource("dataset").getURI() + " " + solution.getResource("measured").getURI()
					+ " " + text(solution, "match") + " " + solution.getResource("target").getURI();
			PathParts path = concept.paths.computeIfAbsent(key,
					(k) -> new PathParts(link(solution, "dataset", shown), link(solution, "measured", shown),
							text(solution, "match"), link(solution, "target", shown),
							solution.getResource("target").getURI().equals(solution.getResource("indicator").getURI()),
							solution.getLiteral("direct").getBoolean()));
			if (solution.contains("divergence")) {
				String iri = solution.getResource("divergence").getURI();
				String severity = lastSegment(solution.getResource("severity").getURI());
				LocalizedText criterion = solution.contains("criterion") ? link(solution, "criterion", shown).label()
						: new LocalizedText(lastSegment(iri), "", false);
				path.divergences.putIfAbsent(iri, new NamedDivergence(iri,
						IndicatorCoverageRepository.this.paths.hrefFor(iri), criterion, severity));
			}
		}

		Cell build(String href) {
			Map<String, LabelledLink> datasets = new LinkedHashMap<>();
			Map<String, NamedDivergence> divergences = new LinkedHashMap<>();
			List<ConceptCoverage> built = new ArrayList<>();
			for (ConceptParts concept : this.concepts.values()) {
				List<Path> conceptPaths = concept.paths.values()
					.stream()
					.map(PathParts::build)
					.sorted(Comparator.comparing((Path path) -> !path.direct())
						.thenComparing((Path path) -> path.dataset().label().text()))
					.toList();
				for (Path path : conceptPaths) {
					datasets.putIfAbsent(path.dataset().iri(), path.dataset());
					path.divergences().forEach((divergence) -> divergences.putIfAbsent(divergence.iri(), divergence));
				}
				String grade = conceptPaths.isEmpty() ? IndicatorCoverage.NONE
						: conceptPaths.get(0).direct() ? IndicatorCoverage.DIRECT : IndicatorCoverage.PROXY;
				built.add(new ConceptCoverage(concept.concept, grade, conceptPaths));
			}
			return new Cell(this.producer, this.state, href,
					datasets.values().stream().sorted(Comparator.comparing((link) -> link.label().text())).toList(),
					built, List.copyOf(divergences.values()), notHeld(this.breakdowns), notHeld(this.variables));
		}

		private List<LabelledLink> notHeld(Map<String, LabelledLink> required) {
			return required.values().stream().filter((link) -> !this.held.contains(link.iri())).toList();
		}

	}

	/** A required concept; its label comes with the concept's own row of the result. */
	private static final class ConceptParts {

		LabelledLink concept;

		final Map<String, PathParts> paths = new LinkedHashMap<>();

	}

	private static final class PathParts {

		final LabelledLink dataset;

		final LabelledLink measured;

		final String match;

		final LabelledLink target;

		final boolean throughIndicator;

		final boolean direct;

		final Map<String, NamedDivergence> divergences = new LinkedHashMap<>();

		PathParts(LabelledLink dataset, LabelledLink measured, String match, LabelledLink target,
				boolean throughIndicator, boolean direct) {
			this.dataset = dataset;
			this.measured = measured;
			this.match = match;
			this.target = target;
			this.throughIndicator = throughIndicator;
			this.direct = direct;
		}

		Path build() {
			return new Path(this.dataset, this.measured, this.match, this.target, this.throughIndicator, this.direct,
					List.copyOf(this.divergences.values()));
		}

	}

}
