package ma.hcp.simimo.gap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.gap.IndicatorCoverage.Cell;
import ma.hcp.simimo.gap.IndicatorCoverage.ConceptCoverage;
import ma.hcp.simimo.gap.IndicatorCoverage.NamedDivergence;
import ma.hcp.simimo.gap.IndicatorCoverage.Path;
import ma.hcp.simimo.gap.IndicatorCoverage.Producer;
import ma.hcp.simimo.gap.IndicatorCoverage.Row;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;
import org.springframework.web.util.UriUtils;

/**
 * Builds the indicator coverage matrix from one query, queries/gap/indicatorCoverage.rq,
 * which computes the state of every cell and returns its evidence; this class only groups
 * the rows into records.
 */
@Repository
public class IndicatorCoverageRepository {

	private static final Pattern TOKEN = Pattern.compile("\\d+|\\D+");

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	IndicatorCoverageRepository(SparqlExecutor executor, LinkedDataPaths paths) {
		this.executor = executor;
		this.paths = paths;
	}

	public IndicatorCoverage coverage(Locale locale) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("language", ResourceFactory.createStringLiteral(locale.getLanguage()));
		Map<String, RowParts> rows = new LinkedHashMap<>();
		Map<String, Producer> producers = new LinkedHashMap<>();
		this.executor.forEach("gap/indicatorCoverage", bindings, (solution) -> {
			String indicator = solution.getResource("indicator").getURI();
			String producer = solution.getResource("producer").getURI();
			producers.computeIfAbsent(producer, (iri) -> {
				LabelledLink link = link(solution, "producer", locale);
				return new Producer(link,
						solution.contains("producerAcronym") ? text(solution, "producerAcronym") : link.label().text());
			});
			RowParts row = rows.computeIfAbsent(indicator, (iri) -> new RowParts(link(solution, "indicator", locale),
					solution.contains("notation") ? text(solution, "notation") : ""));
			CellParts cell = row.cells.computeIfAbsent(producer,
					(iri) -> new CellParts(producers.get(iri), text(solution, "state")));
			if (solution.contains("dataset")) {
				cell.addPath(solution, locale);
			}
			else if (solution.contains("required")) {
				cell.concepts.computeIfAbsent(solution.getResource("required").getURI(),
						(iri) -> new ConceptParts()).concept = link(solution, "required", locale);
			}
			else if (solution.contains("breakdown")) {
				cell.breakdowns.putIfAbsent(solution.getResource("breakdown").getURI(),
						link(solution, "breakdown", locale));
			}
		});
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

	private LabelledLink link(QuerySolution solution, String variable, Locale locale) {
		String iri = solution.getResource(variable).getURI();
		String labelVariable = variable + "Label";
		LocalizedText label = solution.contains(labelVariable) ? localized(solution.getLiteral(labelVariable), locale)
				: new LocalizedText(iri, "", false);
		return new LabelledLink(iri, label, this.paths.hrefFor(iri));
	}

	private static LocalizedText localized(Literal literal, Locale locale) {
		String language = literal.getLanguage();
		return new LocalizedText(literal.getLexicalForm(), language,
				!language.isEmpty() && !language.equals(locale.getLanguage()));
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
						List.of(), List.of(), List.of(), List.of()));
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

		CellParts(Producer producer, String state) {
			this.producer = producer;
			this.state = state;
		}

		void addPath(QuerySolution solution, Locale locale) {
			String required = solution.getResource("required").getURI();
			ConceptParts concept = this.concepts.computeIfAbsent(required, (iri) -> new ConceptParts());
			String key = solution.getResource("dataset").getURI() + " " + solution.getResource("measured").getURI()
					+ " " + text(solution, "match") + " " + solution.getResource("target").getURI();
			PathParts path = concept.paths.computeIfAbsent(key,
					(k) -> new PathParts(link(solution, "dataset", locale), link(solution, "measured", locale),
							text(solution, "match"), link(solution, "target", locale),
							solution.getResource("target").getURI().equals(solution.getResource("indicator").getURI()),
							solution.getLiteral("direct").getBoolean()));
			if (solution.contains("divergence")) {
				String iri = solution.getResource("divergence").getURI();
				String severity = lastSegment(solution.getResource("severity").getURI());
				LocalizedText criterion = solution.contains("criterion") ? link(solution, "criterion", locale).label()
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
					built, List.copyOf(divergences.values()), List.copyOf(this.breakdowns.values()));
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
