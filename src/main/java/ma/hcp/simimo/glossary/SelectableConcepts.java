package ma.hcp.simimo.glossary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * The concepts a glossary can be built from (queries/glossary/concepts.rq), labelled in
 * the reader's language by {@link Labels} and sorted by scheme label, then label.
 */
@Repository
class SelectableConcepts {

	private final SparqlExecutor executor;

	private final Labels labels;

	SelectableConcepts(SparqlExecutor executor, Labels labels) {
		this.executor = executor;
		this.labels = labels;
	}

	List<SelectableConcept> concepts(Locale locale) {
		List<Row> rows = this.executor.select("glossary/concepts", new QuerySolutionMap(),
				(row) -> new Row(row.getResource("concept").getURI(), row.getResource("scheme").getURI(),
						row.contains("family") ? row.getResource("family").getURI() : "",
						row.contains("national") && row.getLiteral("national").getBoolean()));
		Set<String> iris = new LinkedHashSet<>();
		for (Row row : rows) {
			iris.add(row.concept());
			iris.add(row.scheme());
			if (!row.family().isEmpty()) {
				iris.add(row.family());
			}
		}
		String language = locale.getLanguage();
		Map<String, LocalizedText> shown = this.labels.of(iris, language);
		List<SelectableConcept> concepts = rows.stream()
			.map((row) -> new SelectableConcept(row.concept(), shown.get(row.concept()), row.scheme(),
					shown.get(row.scheme()).text(), row.family(),
					row.family().isEmpty() ? "" : shown.get(row.family()).text(), row.national()))
			.toList();
		List<SelectableConcept> byLabel = Labels.sorted(concepts, SelectableConcept::label, language);
		return Labels.sorted(byLabel, (concept) -> LocalizedText.of(concept.schemeLabel()), language);
	}

	private record Row(String concept, String scheme, String family, boolean national) {
	}

}
