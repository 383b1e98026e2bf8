package ma.hcp.simimo.catalogue;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Lists datasets a page at a time (queries/catalogue/datasetList.rq), sorted by the title
 * or the producer's name the reader is shown, as the reader's language sorts them.
 */
@Repository
public class DatasetListRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final Labels labels;

	DatasetListRepository(SparqlExecutor executor, LinkedDataPaths paths, Labels labels) {
		this.executor = executor;
		this.paths = paths;
		this.labels = labels;
	}

	public ResultPage<DatasetSummary> page(int page, int size, String sort, Locale locale) {
		String language = locale.getLanguage();
		List<Row> rows = this.executor.select("catalogue/datasetList", new QuerySolutionMap(),
				(row) -> new Row(row.getResource("dataset").getURI(),
						row.contains("publisher") ? row.getResource("publisher").getURI() : null,
						row.contains("sourceType") ? row.getResource("sourceType").getURI() : null));
		Set<String> iris = new LinkedHashSet<>();
		for (Row row : rows) {
			iris.add(row.dataset());
			if (row.publisher() != null) {
				iris.add(row.publisher());
			}
			if (row.sourceType() != null) {
				iris.add(row.sourceType());
			}
		}
		Map<String, LocalizedText> shown = this.labels.of(iris, language);
		// A dataset with two publishers or source types is listed once, with the first.
		Map<String, DatasetSummary> summaries = new LinkedHashMap<>();
		rows.forEach((row) -> summaries.putIfAbsent(row.dataset(), new DatasetSummary(link(row.dataset(), shown),
				link(row.publisher(), shown), link(row.sourceType(), shown))));
		Comparator<LocalizedText> collation = Labels.byText(language);
		Comparator<DatasetSummary> byTitle = Comparator.comparing((DatasetSummary summary) -> summary.dataset().label(),
				collation);
		Comparator<DatasetSummary> order = "producer".equals(sort) ? Comparator
			.comparing((DatasetSummary summary) -> (summary.publisher() == null) ? LocalizedText.none()
					: summary.publisher().label(), collation)
			.thenComparing(byTitle) : byTitle;
		List<DatasetSummary> sorted = summaries.values()
			.stream()
			.sorted(order.thenComparing((summary) -> summary.dataset().iri()))
			.toList();
		int from = Math.min(sorted.size(), (page - 1) * size);
		return new ResultPage<>(sorted.subList(from, Math.min(sorted.size(), from + size)), page, size, sorted.size(),
				sort);
	}

	private LabelledLink link(String iri, Map<String, LocalizedText> shown) {
		return (iri == null) ? null : new LabelledLink(iri, shown.get(iri), this.paths.hrefFor(iri));
	}

	private record Row(String dataset, String publisher, String sourceType) {
	}

}
