package ma.hcp.simimo.search;

import java.util.List;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.lucene.queryparser.classic.QueryParserBase;

import ma.hcp.simimo.linkeddata.LabelledLink;
import ma.hcp.simimo.linkeddata.LinkedDataPaths;
import ma.hcp.simimo.store.LocalizedText;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Looks labels up in the jena-text index (queries/search/labelSearch.rq). What the reader
 * typed is escaped for Lucene, so its syntax is never interpreted, and only enters the
 * query as a literal.
 */
@Repository
public class LabelSearchRepository {

	static final int MAX_QUERY_LENGTH = 200;

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	LabelSearchRepository(SparqlExecutor executor, LinkedDataPaths paths) {
		this.executor = executor;
		this.paths = paths;
	}

	public List<SearchHit> search(String text, int limit) {
		String cleaned = clean(text);
		if (cleaned.isEmpty()) {
			return List.of();
		}
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("q", ResourceFactory.createStringLiteral(QueryParserBase.escape(cleaned)));
		return this.executor.select("search/labelSearch", bindings, limit, (row) -> {
			String iri = row.getResource("resource").getURI();
			Literal label = row.getLiteral("label");
			String kind = row.contains("kind") ? row.getResource("kind").getLocalName() : "";
			return new SearchHit(new LabelledLink(iri,
					new LocalizedText(label.getLexicalForm(), label.getLanguage(), false), this.paths.hrefFor(iri)),
					kind, row.getLiteral("bestScore").getFloat());
		});
	}

	/** Control characters out, white space folded, length bounded. */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		String folded = text.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
		return (folded.length() > MAX_QUERY_LENGTH) ? folded.substring(0, MAX_QUERY_LENGTH) : folded;
	}

}
