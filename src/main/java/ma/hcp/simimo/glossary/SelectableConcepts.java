package ma.hcp.simimo.glossary;

import java.util.List;
import java.util.Locale;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * The concepts a glossary can be built from (queries/glossary/concepts.rq), labelled in
 * the reader's language.
 */
@Repository
class SelectableConcepts {

	private final SparqlExecutor executor;

	SelectableConcepts(SparqlExecutor executor) {
		this.executor = executor;
	}

	List<SelectableConcept> concepts(Locale locale) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("language", ResourceFactory.createPlainLiteral(locale.getLanguage()));
		return this.executor.select("glossary/concepts", bindings, SelectableConcepts::concept);
	}

	private static SelectableConcept concept(QuerySolution row) {
		return new SelectableConcept(row.getResource("concept").getURI(), text(row, "label"),
				row.getResource("scheme").getURI(), text(row, "schemeLabel"),
				row.contains("family") ? row.getResource("family").getURI() : "", text(row, "familyLabel"),
				row.contains("national") && row.getLiteral("national").getBoolean());
	}

	private static String text(QuerySolution row, String variable) {
		RDFNode node = row.get(variable);
		return (node == null || !node.isLiteral()) ? "" : node.asLiteral().getLexicalForm();
	}

}
