package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.gap.ClassificationUsage.DatasetUse;
import ma.hcp.simimo.gap.ClassificationUsage.Held;
import ma.hcp.simimo.gap.ClassificationUsage.Option;
import ma.hcp.simimo.gap.ClassificationUsage.Target;
import ma.hcp.simimo.gap.ClassificationUsage.Use;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Reads the classifications each dataset uses (queries/gap/classifications/
 * datasetClassifications.rq) and the classifications held with their correspondences
 * (classificationsHeld.rq), one row per dataset, classification and correspondence, and
 * folds the rows into one entry per dataset and per classification.
 */
@Repository
public class ClassificationUsageRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final GapResultsCache cache;

	private final Labels labels;

	ClassificationUsageRepository(SparqlExecutor executor, LinkedDataPaths paths, GapResultsCache cache,
			Labels labels) {
		this.executor = executor;
		this.paths = paths;
		this.cache = cache;
		this.labels = labels;
	}

	/**
	 * The usage of classifications by the datasets of {@code producer} ("" for every
	 * producer).
	 */
	public ClassificationUsage usage(String producer, Locale locale) {
		ClassificationUsage all = this.cache.get("classifications/" + locale.getLanguage(), () -> compute(locale));
		if (producer.isEmpty()) {
			return all;
		}
		List<DatasetUse> datasets = all.datasets()
			.stream()
			.filter((dataset) -> dataset.producer().equals(producer))
			.toList();
		return new ClassificationUsage(producer, all.producers(), counts(datasets), datasets, all.held());
	}

	private ClassificationUsage compute(Locale locale) {
		String language = locale.getLanguage();
		List<QuerySolution> usedRows = new ArrayList<>(
				this.executor.select("gap/classifications/datasetClassifications", new QuerySolutionMap(),
						DivergenceMatrixRepository::detached));
		List<QuerySolution> heldRows = new ArrayList<>(this.executor.select("gap/classifications/classificationsHeld",
				new QuerySolutionMap(), DivergenceMatrixRepository::detached));
		Set<String> iris = new LinkedHashSet<>();
		for (QuerySolution row : usedRows) {
			List.of("dataset", "producer", "classification", "target")
				.forEach((name) -> iri(row, name).ifPresent(iris::add));
		}
		for (QuerySolution row : heldRows) {
			List.of("classification", "publisher", "target").forEach((name) -> iri(row, name).ifPresent(iris::add));
		}
		Map<String, LocalizedText> shown = this.labels.of(iris, language);
		Comparator<LocalizedText> byText = Labels.byText(language);
		Comparator<QuerySolution> usedOrder = Comparator
			.comparing((QuerySolution row) -> shown.get(iri(row, "producer").orElseThrow()), byText)
			.thenComparing((row) -> shown.get(iri(row, "dataset").orElseThrow()), byText)
			.thenComparing((row) -> label(row, "classification", shown), byText)
			.thenComparing((row) -> label(row, "target", shown), byText);
		usedRows.sort(usedOrder);

		Map<String, DatasetUse> datasets = new LinkedHashMap<>();
		Map<String, Map<String, Use>> uses = new LinkedHashMap<>();
		Map<String, Option> producers = new LinkedHashMap<>();
		for (QuerySolution row : usedRows) {
			String dataset = row.getResource("dataset").getURI();
			String producer = row.getResource("producer").getURI();
			producers.putIfAbsent(producer, new Option(producer, shown.get(producer).text()));
			datasets.computeIfAbsent(dataset, (key) -> new DatasetUse(dataset, this.paths.hrefFor(dataset),
					shown.get(dataset), producer, shown.get(producer), new ArrayList<>()));
			Map<String, Use> used = uses.computeIfAbsent(dataset, (key) -> new LinkedHashMap<>());
			if (row.contains("classification")) {
				String classification = row.getResource("classification").getURI();
				Use use = used.computeIfAbsent(classification,
						(key) -> new Use(classification, this.paths.hrefFor(classification), shown.get(classification),
								text(row, "category"), new ArrayList<>()));
				if (row.contains("target")) {
					use.targets().add(target(row, 0, shown));
				}
			}
		}
		List<DatasetUse> folded = new ArrayList<>();
		datasets.forEach((iri, dataset) -> folded.add(new DatasetUse(iri, dataset.href(), dataset.label(),
				dataset.producer(), dataset.producerLabel(), freeze(uses.get(iri).values()))));
		List<Option> producerOptions = Labels.sorted(producers.values(), (option) -> LocalizedText.of(option.label()),
				language);
		return new ClassificationUsage("", List.copyOf(producerOptions), counts(folded), List.copyOf(folded),
				held(heldRows, shown, language));
	}

	private List<Held> held(List<QuerySolution> rows, Map<String, LocalizedText> shown, String language) {
		Comparator<LocalizedText> byText = Labels.byText(language);
		Map<String, List<LocalizedText>> blankPublisherNames = new LinkedHashMap<>();
		for (QuerySolution row : rows) {
			if (row.contains("publisherName")) {
				blankPublisherNames
					.computeIfAbsent(row.getResource("classification").getURI(), (key) -> new ArrayList<>())
					.add(new LocalizedText(text(row, "publisherName"), row.getLiteral("publisherName").getLanguage(),
							false));
			}
		}
		rows.sort(Comparator.comparing((QuerySolution row) -> text(row, "kind"))
			.thenComparing((row) -> label(row, "classification", shown), byText)
			.thenComparing((row) -> label(row, "target", shown), byText));
		Map<String, Held> held = new LinkedHashMap<>();
		for (QuerySolution row : rows) {
			String classification = row.getResource("classification").getURI();
			Held entry = held.computeIfAbsent(classification,
					(key) -> new Held(classification, this.paths.hrefFor(classification), shown.get(classification),
							text(row, "kind"),
							blankPublisherNames.containsKey(classification)
									? LanguagePolicy.choose(blankPublisherNames.get(classification), language)
									: label(row, "publisher", shown),
							row.getLiteral("items").getInt(), row.getLiteral("datasets").getInt(), new ArrayList<>()));
			boolean listed = row.contains("correspondence") && entry.targets()
				.stream()
				.anyMatch((target) -> target.correspondence().equals(row.getResource("correspondence").getURI())
						&& target.iri().equals(row.getResource("target").getURI()));
			if (row.contains("target") && !listed) {
				entry.targets()
					.add(target(row, row.contains("associations") ? row.getLiteral("associations").getInt() : 0,
							shown));
			}
		}
		return held.values()
			.stream()
			.map((entry) -> new Held(entry.iri(), entry.href(), entry.label(), entry.kind(), entry.publisher(),
					entry.items(), entry.datasets(), List.copyOf(entry.targets())))
			.toList();
	}

	private Target target(QuerySolution row, int associations, Map<String, LocalizedText> shown) {
		String target = row.getResource("target").getURI();
		return new Target(row.getResource("correspondence").getURI(), target, this.paths.hrefFor(target),
				shown.get(target), associations);
	}

	private static Optional<String> iri(QuerySolution row, String variable) {
		return (row.contains(variable) && row.get(variable).isURIResource())
				? Optional.of(row.getResource(variable).getURI()) : Optional.empty();
	}

	/** The label of the resource in {@code variable}, or none when it is unbound. */
	private static LocalizedText label(QuerySolution row, String variable, Map<String, LocalizedText> shown) {
		return iri(row, variable).map(shown::get).orElse(LocalizedText.none());
	}

	private static List<Use> freeze(Iterable<Use> uses) {
		List<Use> frozen = new ArrayList<>();
		uses.forEach((use) -> frozen
			.add(new Use(use.iri(), use.href(), use.label(), use.category(), List.copyOf(use.targets()))));
		return List.copyOf(frozen);
	}

	static Map<String, Integer> counts(List<DatasetUse> datasets) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		ClassificationUsage.CATEGORIES.forEach((category) -> counts.put(category, 0));
		for (DatasetUse dataset : datasets) {
			if (dataset.isUnrecorded()) {
				counts.merge("unrecorded", 1, Integer::sum);
			}
			dataset.uses()
				.stream()
				.map(Use::category)
				.distinct()
				.forEach((category) -> counts.merge(category, 1, Integer::sum));
		}
		return counts;
	}

	/**
	 * One line per dataset and classification (one line with empty classification cells
	 * for a dataset with none recorded), for the CSV and XLSX exports.
	 */
	public static List<List<String>> lines(ClassificationUsage usage, Map<String, String> categoryWords) {
		List<List<String>> lines = new ArrayList<>();
		for (DatasetUse dataset : usage.datasets()) {
			if (dataset.isUnrecorded()) {
				lines.add(List.of(dataset.producerLabel().text(), dataset.label().text(), "",
						categoryWords.get("unrecorded"), "", dataset.iri(), ""));
			}
			for (Use use : dataset.uses()) {
				String targets = String.join("; ",
						use.targets().stream().map((target) -> target.label().text()).toList());
				lines.add(List.of(dataset.producerLabel().text(), dataset.label().text(), use.label().text(),
						categoryWords.get(use.category()), targets, dataset.iri(), use.iri()));
			}
		}
		return lines;
	}

	private static String text(QuerySolution row, String variable) {
		return row.contains(variable) ? row.get(variable).asLiteral().getLexicalForm() : "";
	}

}
