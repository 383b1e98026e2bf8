package ma.hcp.simimo.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Counts what the catalogue holds, for the home page (queries/web/homeCounts.rq,
 * datasetsBySourceType.rq).
 */
@Repository
class CatalogueSummaryRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	CatalogueSummaryRepository(SparqlExecutor executor, LinkedDataPaths paths) {
		this.executor = executor;
		this.paths = paths;
	}

	CatalogueSummary summary(Locale locale) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.executor.forEach("web/homeCounts", new QuerySolutionMap(),
				(row) -> counts.put(row.getLiteral("kind").getString(), row.getLiteral("count").getLong()));
		QuerySolutionMap language = new QuerySolutionMap();
		language.add("language", ResourceFactory.createStringLiteral(locale.getLanguage()));
		var bySourceType = this.executor.select("web/datasetsBySourceType", language,
				(row) -> new CatalogueSummary.Count(row.getLiteral("label").getLexicalForm(),
						this.paths.hrefFor(row.getResource("sourceType").getURI()), row.getLiteral("count").getLong()));
		var byFamily = this.executor.select("web/conceptsByFamily", language,
				(row) -> new CatalogueSummary.FamilyCount(row.getLiteral("label").getLexicalForm(),
						this.paths.hrefFor(row.getResource("family").getURI()),
						row.getLiteral("nationalConcepts").getLong(),
						row.getLiteral("internationalConcepts").getLong()));
		return new CatalogueSummary(counts, bySourceType, byFamily);
	}

}
