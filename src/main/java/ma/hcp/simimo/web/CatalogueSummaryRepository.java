package ma.hcp.simimo.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Counts what the catalogue holds, for the home page (queries/web/homeCounts.rq,
 * datasetsBySourceType.rq, conceptsByFamily.rq), labelled by {@link Labels}.
 */
@Repository
class CatalogueSummaryRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final Labels labels;

	CatalogueSummaryRepository(SparqlExecutor executor, LinkedDataPaths paths, Labels labels) {
		this.executor = executor;
		this.paths = paths;
		this.labels = labels;
	}

	CatalogueSummary summary(Locale locale) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.executor.forEach("web/homeCounts", new QuerySolutionMap(),
				(row) -> counts.put(row.getLiteral("kind").getString(), row.getLiteral("count").getLong()));
		List<Counted> sourceTypes = this.executor.select("web/datasetsBySourceType", new QuerySolutionMap(),
				(row) -> new Counted(row.getResource("sourceType").getURI(), row.getLiteral("count").getLong(), 0));
		List<Counted> families = this.executor.select("web/conceptsByFamily", new QuerySolutionMap(),
				(row) -> new Counted(row.getResource("family").getURI(), row.getLiteral("nationalConcepts").getLong(),
						row.getLiteral("internationalConcepts").getLong()));
		Set<String> iris = new LinkedHashSet<>();
		sourceTypes.forEach((counted) -> iris.add(counted.iri()));
		families.forEach((counted) -> iris.add(counted.iri()));
		Map<String, LocalizedText> shown = this.labels.of(iris, locale.getLanguage());
		var bySourceType = sourceTypes.stream()
			.map((counted) -> new CatalogueSummary.Count(shown.get(counted.iri()).text(),
					this.paths.hrefFor(counted.iri()), counted.first()))
			.toList();
		var byFamily = families.stream()
			.map((counted) -> new CatalogueSummary.FamilyCount(shown.get(counted.iri()).text(),
					this.paths.hrefFor(counted.iri()), counted.first(), counted.second()))
			.toList();
		return new CatalogueSummary(counts, bySourceType, byFamily);
	}

	private record Counted(String iri, long first, long second) {
	}

}
