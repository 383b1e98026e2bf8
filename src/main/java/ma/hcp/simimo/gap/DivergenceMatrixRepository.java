package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.gap.DivergenceMatrix.Cell;
import ma.hcp.simimo.gap.DivergenceMatrix.Column;
import ma.hcp.simimo.gap.DivergenceMatrix.Entry;
import ma.hcp.simimo.gap.DivergenceMatrix.FilterOptions;
import ma.hcp.simimo.gap.DivergenceMatrix.Group;
import ma.hcp.simimo.gap.DivergenceMatrix.HeatRow;
import ma.hcp.simimo.gap.DivergenceMatrix.MatrixFilters;
import ma.hcp.simimo.gap.DivergenceMatrix.Option;
import ma.hcp.simimo.gap.DivergenceMatrix.Row;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.kernel.Durations;

import org.springframework.stereotype.Repository;

/**
 * Builds the divergence matrix from four queries, run side by side: the national
 * concepts, the criteria, the recorded divergences, and the divergences detected from the
 * definition facets (queries/gap/detection/divergencesFromFacets.rq). A detected
 * departure that nobody recorded appears in its cell as "detected", without severity or
 * evidence.
 */
@Repository
public class DivergenceMatrixRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final Durations durations;

	private final GapResultsCache cache;

	private final ParallelQueries parallel;

	private final Labels labels;

	DivergenceMatrixRepository(SparqlExecutor executor, LinkedDataPaths paths, Durations durations,
			GapResultsCache cache, Labels labels, ParallelQueries parallel) {
		this.executor = executor;
		this.paths = paths;
		this.durations = durations;
		this.cache = cache;
		this.labels = labels;
		this.parallel = parallel;
	}

	public DivergenceMatrix matrix(MatrixFilters filters, Locale locale) {
		MatrixData data = this.cache.get("matrix/" + locale.getLanguage(), () -> data(locale));
		return matrix(data, filters);
	}

	/**
	 * What the queries say, before any filter: computed once per content and language.
	 */
	private MatrixData data(Locale locale) {
		QuerySolutionMap language = new QuerySolutionMap();
		language.add("language", ResourceFactory.createStringLiteral(locale.getLanguage()));
		Map<String, Map<String, List<Found>>> detectedOnly = new HashMap<>();
		CompletableFuture<Void> detection = this.parallel.start(() -> {
			detected(language, locale, detectedOnly);
			return null;
		});
		CompletableFuture<List<ConceptRow>> concepts = this.parallel
			.start(() -> labelled(this.executor.select("gap/nationalConcepts", language, ConceptRow::of), locale));
		Map<String, Map<String, List<Found>>> found = new HashMap<>();
		Map<String, String> schemeLabels = new HashMap<>();
		CompletableFuture<Void> recorded = this.parallel.start(() -> {
			recorded(locale, found, schemeLabels);
			return null;
		});
		List<String> criterionIris = this.executor.select("gap/criteria", new QuerySolutionMap(),
				(row) -> row.getResource("criterion").getURI());
		Map<String, String> criterionLabels = this.labels.texts(criterionIris, locale.getLanguage());
		List<Column> criteria = criterionIris.stream()
			.map((criterion) -> new Column(criterion, criterionLabels.get(criterion)))
			.toList();
		ParallelQueries.result(recorded);
		ParallelQueries.result(detection);
		// Each cell lists its recorded entries, then the detected ones.
		detectedOnly.forEach((concept, byCriterion) -> byCriterion
			.forEach((criterion, entries) -> entries.forEach((entry) -> add(found, concept, criterion, entry))));
		return new MatrixData(criteria, ParallelQueries.result(concepts), found, schemeLabels);
	}

	/**
	 * The concepts with the labels {@link Labels} gives them, in order of producer, then
	 * concept, as the reader's language sorts them.
	 */
	private List<ConceptRow> labelled(List<ConceptRow> rows, Locale locale) {
		String language = locale.getLanguage();
		Set<String> iris = new LinkedHashSet<>();
		rows.forEach((row) -> iris.addAll(List.of(row.iri(), row.producer(), row.family())));
		iris.remove("");
		Map<String, LocalizedText> shown = this.labels.of(iris, language);
		List<ConceptRow> labelled = rows.stream()
			.map((row) -> new ConceptRow(row.iri(), shown.get(row.iri()), row.producer(),
					row.producer().isEmpty() ? "" : shown.get(row.producer()).text(), row.family(),
					row.family().isEmpty() ? "" : shown.get(row.family()).text()))
			.toList();
		List<ConceptRow> byLabel = Labels.sorted(labelled, ConceptRow::label, language);
		return Labels.sorted(byLabel, (row) -> LocalizedText.of(row.producerLabel()), language);
	}

	private DivergenceMatrix matrix(MatrixData data, MatrixFilters filters) {
		List<Column> criteria = data.criteria();
		List<ConceptRow> concepts = data.concepts();
		Map<String, Map<String, List<Found>>> found = data.found();
		Map<String, String> schemeLabels = data.schemeLabels();

		Map<String, Option> producers = new TreeMap<>();
		Map<String, Option> families = new TreeMap<>();
		List<Row> rows = new ArrayList<>();
		Map<String, String> rowGroups = new LinkedHashMap<>();
		Map<String, String> groupLabels = new HashMap<>();
		Map<String, int[]> heat = new TreeMap<>();
		Map<String, int[]> provisionalHeat = new TreeMap<>();
		Map<String, ConceptRow> seen = new LinkedHashMap<>();
		concepts.forEach((concept) -> seen.merge(concept.iri(), concept, ConceptRow::merge));
		for (ConceptRow concept : seen.values()) {
			producers.putIfAbsent(concept.producer(), new Option(concept.producer(), concept.producerLabel()));
			families.putIfAbsent(concept.family(), new Option(concept.family(), concept.familyLabel()));
			if (!filters.producer().isEmpty() && !filters.producer().equals(concept.producer())
					|| !filters.family().isEmpty() && !filters.family().equals(concept.family())) {
				continue;
			}
			List<Cell> cells = new ArrayList<>();
			Map<String, List<Found>> byCriterion = found.getOrDefault(concept.iri(), Map.of());
			for (Column criterion : criteria) {
				List<Entry> entries = byCriterion.getOrDefault(criterion.iri(), List.of())
					.stream()
					.filter((entry) -> filters.standard().isEmpty() || filters.standard().equals(entry.scheme()))
					.filter((entry) -> filters.keepsSeverity(entry.entry().severity()))
					.map(Found::entry)
					.toList();
				cells.add(new Cell(entries));
			}
			Row row = new Row(concept.iri(), this.paths.hrefFor(concept.iri()), concept.label(),
					concept.producerLabel(), concept.familyLabel(), cells);
			boolean filteringEntries = !filters.standard().isEmpty() || !filters.severity().isEmpty();
			if (filteringEntries && !row.hasEntries()) {
				continue;
			}
			rows.add(row);
			String group = "family".equals(filters.groupBy()) ? concept.family() : concept.producer();
			rowGroups.put(concept.iri(), group);
			groupLabels.put(group,
					"family".equals(filters.groupBy()) ? concept.familyLabel() : concept.producerLabel());
			String heatKey = concept.producerLabel().isEmpty() ? "—" : concept.producerLabel();
			int[] weights = heat.computeIfAbsent(heatKey, (key) -> new int[criteria.size()]);
			int[] provisional = provisionalHeat.computeIfAbsent(heatKey, (key) -> new int[criteria.size()]);
			for (int i = 0; i < cells.size(); i++) {
				for (Entry entry : cells.get(i).entries()) {
					// A provisional entry is counted apart: its premise is unverified, so
					// it
					// does not weigh on the producer's heat.
					if (entry.provisional()) {
						provisional[i]++;
					}
					else {
						weights[i] += (entry.severity() == DivergenceMatrix.DETECTED) ? DivergenceMatrix.MINOR
								: entry.severity();
					}
				}
			}
		}
		Map<String, List<Row>> grouped = new TreeMap<>(
				Comparator.comparing((String key) -> groupLabels.get(key)).thenComparing(Comparator.naturalOrder()));
		rows.forEach((row) -> grouped.computeIfAbsent(rowGroups.get(row.iri()), (key) -> new ArrayList<>()).add(row));
		List<Group> groups = grouped.entrySet()
			.stream()
			.map((group) -> new Group(group.getKey(), groupLabels.get(group.getKey()), group.getValue()))
			.toList();
		List<HeatRow> heatmap = heat.entrySet()
			.stream()
			.map((entry) -> new HeatRow(entry.getKey(), java.util.Arrays.stream(entry.getValue()).boxed().toList(),
					java.util.Arrays.stream(provisionalHeat.get(entry.getKey())).boxed().toList()))
			.toList();
		producers.remove("");
		families.remove("");
		List<Option> standards = schemeLabels.entrySet()
			.stream()
			.map((entry) -> new Option(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(Option::label))
			.toList();
		return new DivergenceMatrix(criteria, groups, heatmap, filters,
				new FilterOptions(sorted(producers), sorted(families), standards));
	}

	/** Every cell of the matrix, one line each, for the CSV and XLSX exports. */
	public static List<List<String>> lines(DivergenceMatrix matrix, Map<Integer, String> severityLabels) {
		List<List<String>> lines = new ArrayList<>();
		for (Group group : matrix.groups()) {
			for (Row row : group.rows()) {
				for (int i = 0; i < matrix.criteria().size(); i++) {
					for (Entry entry : row.cells().get(i).entries()) {
						lines.add(List.of(row.producer(), row.family(), row.label().text(),
								matrix.criteria().get(i).label(), entry.nationalValue(), entry.standardLabel(),
								entry.scheme(), entry.standardValue(), severityLabels.get(entry.severity()),
								entry.evidenceIri(), row.iri(), entry.standard(),
								entry.provisional() ? severityLabels.get(DivergenceMatrix.PROVISIONAL) : ""));
					}
				}
			}
		}
		return lines;
	}

	private void recorded(Locale locale, Map<String, Map<String, List<Found>>> found,
			Map<String, String> schemeLabels) {
		Map<String, RecordedDivergence> divergences = new LinkedHashMap<>();
		this.executor.forEach("gap/recordedDivergences", new QuerySolutionMap(), (row) -> {
			String iri = row.getResource("divergence").getURI();
			RecordedDivergence divergence = divergences.computeIfAbsent(iri, (key) -> new RecordedDivergence(row));
			divergence.nationalValues.add(new Written(row.get("nationalValue"), null));
			divergence.standardValues.add(new Written(row.get("standardValue"), null));
		});
		Set<String> iris = new LinkedHashSet<>();
		divergences.values()
			.forEach((divergence) -> named(iris, divergence.counterpart, divergence.scheme, divergence.nationalValues,
					divergence.standardValues));
		Map<String, String> labels = this.labels.texts(iris, locale.getLanguage());
		for (Map.Entry<String, RecordedDivergence> entry : divergences.entrySet()) {
			RecordedDivergence divergence = entry.getValue();
			if (!divergence.scheme.isEmpty()) {
				schemeLabels.put(divergence.scheme, labels.get(divergence.scheme));
			}
			Entry cell = new Entry(divergence.counterpart, this.paths.hrefFor(divergence.counterpart),
					labels.get(divergence.counterpart),
					divergence.scheme.isEmpty() ? "" : labels.get(divergence.scheme),
					values(divergence.nationalValues, labels, locale),
					values(divergence.standardValues, labels, locale), divergence.severity, divergence.provisional,
					this.paths.hrefFor(entry.getKey()), entry.getKey());
			add(found, divergence.concept, divergence.criterion, new Found(cell, divergence.scheme));
		}
	}

	/**
	 * Adds what an entry shows by name: its standard concept, that concept's scheme and
	 * the coded values on both sides.
	 */
	private static void named(Set<String> iris, String counterpart, String scheme, Set<Written> national,
			Set<Written> standard) {
		iris.add(counterpart);
		if (!scheme.isEmpty()) {
			iris.add(scheme);
		}
		national.forEach((value) -> value.iri().ifPresent(iris::add));
		standard.forEach((value) -> value.iri().ifPresent(iris::add));
	}

	/** A recorded divergence's values, each once, labelled when coded. */
	private String values(Set<Written> values, Map<String, String> labels, Locale locale) {
		Set<String> words = new LinkedHashSet<>();
		for (Written value : values) {
			if (value.value() != null) {
				words.add(value.iri().map(labels::get).orElseGet(() -> duration(lexical(value.value()), locale)));
			}
		}
		return String.join(" ; ", words);
	}

	private void detected(QuerySolutionMap language, Locale locale, Map<String, Map<String, List<Found>>> found) {
		// One row per national and standard value: each detected entry gathers its
		// values.
		Map<List<String>, DetectedDivergence> detected = new LinkedHashMap<>();
		this.executor.forEach("gap/detection/divergencesFromFacets", new QuerySolutionMap(), (row) -> {
			if (row.contains("divergence")) {
				return;
			}
			DetectedDivergence divergence = detected.computeIfAbsent(DetectedDivergence.key(row),
					(key) -> new DetectedDivergence(row));
			divergence.conceptValues.add(Written.of(row, "conceptValue", "conceptUpper"));
			divergence.counterpartValues.add(Written.of(row, "counterpartValue", "counterpartUpper"));
		});
		Set<String> iris = new LinkedHashSet<>();
		detected.values()
			.forEach((divergence) -> named(iris, divergence.counterpart, divergence.scheme, divergence.conceptValues,
					divergence.counterpartValues));
		Map<String, String> labels = this.labels.texts(iris, locale.getLanguage());
		for (DetectedDivergence divergence : detected.values()) {
			Entry cell = new Entry(divergence.counterpart, this.paths.hrefFor(divergence.counterpart),
					labels.getOrDefault(divergence.counterpart, divergence.counterpart),
					labels.getOrDefault(divergence.scheme, divergence.scheme),
					describe(divergence.conceptValues, labels, locale),
					describe(divergence.counterpartValues, labels, locale), DivergenceMatrix.DETECTED, false, "", "");
			add(found, divergence.concept, divergence.criterion, new Found(cell, divergence.scheme));
		}
	}

	/**
	 * A copy of a result row whose values are read now, inside the query's transaction,
	 * so the row can be used after it (a store's rows may resolve their values lazily).
	 */
	static QuerySolution detached(QuerySolution row) {
		QuerySolutionMap copy = new QuerySolutionMap();
		copy.addAll(row);
		return copy;
	}

	private String describe(Set<Written> values, Map<String, String> labels, Locale locale) {
		List<String> words = new ArrayList<>();
		for (Written value : values) {
			Optional<String> iri = value.iri();
			if (iri.isPresent()) {
				words.add(labels.getOrDefault(iri.get(), iri.get()));
			}
			else if (value.upper() != null) {
				words.add(duration(lexical(value.value()), locale) + " – " + duration(lexical(value.upper()), locale));
			}
			else {
				words.add(duration(lexical(value.value()), locale));
			}
		}
		return String.join(" ; ", words);
	}

	private static String lexical(RDFNode node) {
		return (node == null) ? "" : node.asLiteral().getLexicalForm();
	}

	private String duration(String value, Locale locale) {
		return this.durations.describeWithCode(value, locale);
	}

	private static void add(Map<String, Map<String, List<Found>>> found, String concept, String criterion,
			Found entry) {
		found.computeIfAbsent(concept, (key) -> new HashMap<>())
			.computeIfAbsent(criterion, (key) -> new ArrayList<>())
			.add(entry);
	}

	private static List<Option> sorted(Map<String, Option> options) {
		return options.values().stream().sorted(Comparator.comparing(Option::label)).toList();
	}

	private record MatrixData(List<Column> criteria, List<ConceptRow> concepts,
			Map<String, Map<String, List<Found>>> found, Map<String, String> schemeLabels) {
	}

	/**
	 * An entry with the IRI of its standard's scheme, which the standard filter needs.
	 */
	private record Found(Entry entry, String scheme) {
	}

	private record ConceptRow(String iri, LocalizedText label, String producer, String producerLabel, String family,
			String familyLabel) {

		static ConceptRow of(QuerySolution row) {
			return new ConceptRow(row.getResource("concept").getURI(), LocalizedText.none(),
					row.contains("producer") ? row.getResource("producer").getURI() : "", "",
					row.contains("family") ? row.getResource("family").getURI() : "", "");
		}

		/**
		 * A concept in two families keeps the first one: the matrix shows each concept
		 * once.
		 */
		ConceptRow merge(ConceptRow other) {
			return this;
		}

	}

	/**
	 * A facet's value as an RDF term: a coded value (an IRI) or a typed value, or a range
	 * from {@code value} (the lower bound, absent when open) to {@code upper}.
	 */
	private record Written(RDFNode value, RDFNode upper) {

		static Written of(QuerySolution row, String value, String upper) {
			return new Written(row.get(value), row.get(upper));
		}

		Optional<String> iri() {
			return (this.value != null && this.value.isURIResource()) ? Optional.of(this.value.asResource().getURI())
					: Optional.empty();
		}

	}

	private static final class DetectedDivergence {

		final String concept;

		final String counterpart;

		final String criterion;

		final String scheme;

		final Set<Written> conceptValues = new LinkedHashSet<>();

		final Set<Written> counterpartValues = new LinkedHashSet<>();

		DetectedDivergence(QuerySolution row) {
			this.concept = row.getResource("concept").getURI();
			this.counterpart = row.getResource("counterpart").getURI();
			this.criterion = row.getResource("criterion").getURI();
			this.scheme = row.contains("scheme") ? row.getResource("scheme").getURI() : "";
		}

		/** One entry per pair, criterion and scheme of the counterpart, as before. */
		static List<String> key(QuerySolution row) {
			return List.of(row.getResource("concept").getURI(), row.getResource("criterion").getURI(),
					row.getResource("counterpart").getURI(),
					row.contains("scheme") ? row.getResource("scheme").getURI() : "");
		}

	}

	private static final class RecordedDivergence {

		final String concept;

		final String criterion;

		final String counterpart;

		final String scheme;

		final int severity;

		final boolean provisional;

		final Set<Written> nationalValues = new LinkedHashSet<>();

		final Set<Written> standardValues = new LinkedHashSet<>();

		RecordedDivergence(QuerySolution row) {
			this.concept = row.getResource("concept").getURI();
			this.criterion = row.getResource("criterion").getURI();
			this.counterpart = row.getResource("counterpart").getURI();
			this.scheme = row.contains("scheme") ? row.getResource("scheme").getURI() : "";
			this.severity = row.contains("severityNotation")
					? Integer.parseInt(row.getLiteral("severityNotation").getLexicalForm()) : DivergenceMatrix.MINOR;
			this.provisional = row.contains("provisional") && row.getLiteral("provisional").getBoolean();
		}

	}

}
