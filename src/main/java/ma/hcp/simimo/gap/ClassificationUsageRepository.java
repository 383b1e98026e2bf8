package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.gap.ClassificationUsage.DatasetUse;
import ma.hcp.simimo.gap.ClassificationUsage.Held;
import ma.hcp.simimo.gap.ClassificationUsage.Option;
import ma.hcp.simimo.gap.ClassificationUsage.Target;
import ma.hcp.simimo.gap.ClassificationUsage.Use;
import ma.hcp.simimo.kernel.LinkedDataPaths;
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

	ClassificationUsageRepository(SparqlExecutor executor, LinkedDataPaths paths, GapResultsCache cache) {
		this.executor = executor;
		this.paths = paths;
		this.cache = cache;
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
		QuerySolutionMap language = new QuerySolutionMap();
		language.add("language", ResourceFactory.createStringLiteral(locale.getLanguage()));
		Map<String, DatasetUse> datasets = new LinkedHashMap<>();
		Map<String, Map<String, Use>> uses = new LinkedHashMap<>();
		Map<String, Option> producers = new LinkedHashMap<>();
		this.executor.forEach("gap/classifications/datasetClassifications", language, (row) -> {
			String dataset = row.getResource("dataset").getURI();
			String producer = row.getResource("producer").getURI();
			producers.putIfAbsent(producer, new Option(producer, text(row, "producerLabel")));
			datasets.computeIfAbsent(dataset, (key) -> new DatasetUse(dataset, this.paths.hrefFor(dataset),
					text(row, "datasetLabel"), producer, text(row, "producerLabel"), new ArrayList<>()));
			Map<String, Use> used = uses.computeIfAbsent(dataset, (key) -> new LinkedHashMap<>());
			if (row.contains("classification")) {
				String classification = row.getResource("classification").getURI();
				Use use = used.computeIfAbsent(classification,
						(key) -> new Use(classification, this.paths.hrefFor(classification),
								text(row, "classificationLabel"), text(row, "category"), new ArrayList<>()));
				if (row.contains("target")) {
					use.targets().add(target(row, 0));
				}
			}
		});
		List<DatasetUse> folded = new ArrayList<>();
		datasets.forEach((iri, dataset) -> folded.add(new DatasetUse(iri, dataset.href(), dataset.label(),
				dataset.producer(), dataset.producerLabel(), freeze(uses.get(iri).values()))));
		List<Option> producerOptions = new ArrayList<>(producers.values());
		producerOptions.sort((left, right) -> left.label().compareToIgnoreCase(right.label()));
		return new ClassificationUsage("", List.copyOf(producerOptions), counts(folded), List.copyOf(folded),
				held(language));
	}

	private List<Held> held(QuerySolutionMap language) {
		Map<String, Held> held = new LinkedHashMap<>();
		this.executor.forEach("gap/classifications/classificationsHeld", language, (row) -> {
			String classification = row.getResource("classification").getURI();
			Held entry = held.computeIfAbsent(classification,
					(key) -> new Held(classification, this.paths.hrefFor(classification),
							text(row, "classificationLabel"), text(row, "kind"), text(row, "publisherLabel"),
							row.getLiteral("items").getInt(), row.getLiteral("datasets").getInt(), new ArrayList<>()));
			if (row.contains("target")) {
				entry.targets()
					.add(target(row, row.contains("associations") ? row.getLiteral("associations").getInt() : 0));
			}
		});
		return held.values()
			.stream()
			.map((entry) -> new Held(entry.iri(), entry.href(), entry.label(), entry.kind(), entry.publisher(),
					entry.items(), entry.datasets(), List.copyOf(entry.targets())))
			.toList();
	}

	private Target target(QuerySolution row, int associations) {
		String target = row.getResource("target").getURI();
		return new Target(row.getResource("correspondence").getURI(), target, this.paths.hrefFor(target),
				text(row, "targetLabel"), associations);
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
				lines.add(List.of(dataset.producerLabel(), dataset.label(), "", categoryWords.get("unrecorded"), "",
						dataset.iri(), ""));
			}
			for (Use use : dataset.uses()) {
				String targets = String.join("; ", use.targets().stream().map(Target::label).toList());
				lines.add(List.of(dataset.producerLabel(), dataset.label(), use.label(),
						categoryWords.get(use.category()), targets, dataset.iri(), use.iri()));
			}
		}
		return lines;
	}

	private static String text(QuerySolution row, String variable) {
		return row.contains(variable) ? row.get(variable).asLiteral().getLexicalForm() : "";
	}

}
