package ma.hcp.simimo.catalogue;

import java.util.Locale;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Lists datasets a page at a time (queries/catalogue/datasetList.rq and datasetCount.rq).
 */
@Repository
public class DatasetListRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	DatasetListRepository(SparqlExecutor executor, LinkedDataPaths paths) {
		this.executor = executor;
		this.paths = paths;
	}

	public ResultPage<DatasetSummary> page(int page, int size, String sort, Locale locale) {
		String language = locale.getLanguage();
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("language", ResourceFactory.createStringLiteral(language));
		bindings.add("sort", ResourceFactory.createStringLiteral(sort));
		long total = this.executor
			.select("catalogue/datasetCount", new QuerySolutionMap(), (row) -> row.getLiteral("datasets").getLong())
			.get(0);
		var rows = this.executor.selectPage("catalogue/datasetList", bindings, size, (long) (page - 1) * size,
				(row) -> summary(row, language));
		return new ResultPage<>(rows, page, size, total, sort);
	}

	private DatasetSummary summary(QuerySolution row, String language) {
		String title = row.getLiteral("title").getLexicalForm();
		String titleLanguage = row.getLiteral("titleLanguage").getLexicalForm();
		LabelledLink dataset = link(row.getResource("dataset").getURI(),
				new LocalizedText(title, titleLanguage, !titleLanguage.equals(language)));
		LabelledLink publisher = row.contains("publisher")
				? link(row.getResource("publisher").getURI(), text(row, "publisherName", language)) : null;
		LabelledLink sourceType = row.contains("sourceType")
				? link(row.getResource("sourceType").getURI(), text(row, "sourceTypeLabel", language)) : null;
		return new DatasetSummary(dataset, publisher, sourceType);
	}

	private static LocalizedText text(QuerySolution row, String variable, String language) {
		if (!row.contains(variable)) {
			return LocalizedText.none();
		}
		String lang = row.getLiteral(variable).getLanguage();
		return new LocalizedText(row.getLiteral(variable).getLexicalForm(), lang, !lang.equals(language));
	}

	private LabelledLink link(String iri, LocalizedText label) {
		return new LabelledLink(iri, label, this.paths.hrefFor(iri));
	}

}
