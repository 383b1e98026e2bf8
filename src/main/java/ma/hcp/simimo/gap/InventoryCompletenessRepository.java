package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.gap.InventoryCompleteness.Row;
import ma.hcp.simimo.gap.InventoryCompleteness.Topic;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Repository;

/**
 * Counts, per producer and per topic of the producers' inventory, the datasets whose
 * report records the topic (queries/gap/inventoryCompleteness.rq).
 */
@Repository
public class InventoryCompletenessRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final GapResultsCache cache;

	private final Labels labels;

	private final MessageSource messages;

	InventoryCompletenessRepository(SparqlExecutor executor, LinkedDataPaths paths, GapResultsCache cache,
			Labels labels, MessageSource messages) {
		this.executor = executor;
		this.paths = paths;
		this.cache = cache;
		this.labels = labels;
		this.messages = messages;
	}

	public InventoryCompleteness completeness(Locale locale) {
		return this.cache.get("inventory/" + locale.getLanguage(), () -> compute(locale));
	}

	private InventoryCompleteness compute(Locale locale) {
		String language = locale.getLanguage();
		List<QuerySolution> rows = this.executor.select("gap/inventoryCompleteness", new QuerySolutionMap(),
				DivergenceMatrixRepository::detached);
		Map<String, String> topicCodes = new LinkedHashMap<>();
		Set<String> iris = new LinkedHashSet<>();
		for (QuerySolution row : rows) {
			topicCodes.put(row.getResource("topic").getURI(), row.getLiteral("topicCode").getString());
			iris.add(row.getResource("topic").getURI());
			iris.add(row.getResource("producer").getURI());
		}
		Map<String, LocalizedText> shown = this.labels.of(iris, language);
		List<String> order = topicCodes.keySet().stream().sorted(Comparator.comparing(topicCodes::get)).toList();
		List<Topic> topics = order.stream()
			.map((iri) -> new Topic(iri, topicCodes.get(iri), shown.get(iri), this.paths.hrefFor(iri)))
			.toList();
		Map<String, Set<String>> datasets = new LinkedHashMap<>();
		Map<String, int[]> filled = new LinkedHashMap<>();
		Set<String> allDatasets = new LinkedHashSet<>();
		int[] allFilled = new int[order.size()];
		for (QuerySolution row : rows) {
			String producer = row.getResource("producer").getURI();
			String dataset = row.getResource("dataset").getURI();
			datasets.computeIfAbsent(producer, (key) -> new LinkedHashSet<>()).add(dataset);
			allDatasets.add(dataset);
			if (row.getLiteral("filled").getBoolean()) {
				int column = order.indexOf(row.getResource("topic").getURI());
				filled.computeIfAbsent(producer, (key) -> new int[order.size()])[column]++;
				allFilled[column]++;
			}
		}
		List<Row> producers = new ArrayList<>();
		datasets.forEach((producer, held) -> producers.add(row(producer, shown.get(producer),
				this.paths.hrefFor(producer), held.size(), filled.getOrDefault(producer, new int[order.size()]))));
		List<Row> sorted = Labels.sorted(producers, Row::label, language);
		Row total = row("", LocalizedText.of(this.messages.getMessage("gap.inventory.catalogue", null, locale)), "",
				allDatasets.size(), allFilled);
		return new InventoryCompleteness(topics, sorted, total);
	}

	private static Row row(String iri, LocalizedText label, String href, int datasets, int[] filled) {
		List<Integer> counts = new ArrayList<>();
		int sum = 0;
		for (int count : filled) {
			counts.add(count);
			sum += count;
		}
		int expected = datasets * filled.length;
		int percent = (expected == 0) ? 0 : (int) Math.round(100.0 * sum / expected);
		return new Row(iri, label, href, datasets, List.copyOf(counts), percent);
	}

}
