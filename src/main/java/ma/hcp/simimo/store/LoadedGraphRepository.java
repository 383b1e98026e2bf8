package ma.hcp.simimo.store;

import java.util.List;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

import org.springframework.stereotype.Repository;

/**
 * Lists the named graphs the content loader keeps, from its records in the system graph.
 */
@Repository
public class LoadedGraphRepository {

	private final SparqlExecutor executor;

	private final GraphNames graphNames;

	LoadedGraphRepository(SparqlExecutor executor, GraphNames graphNames) {
		this.executor = executor;
		this.graphNames = graphNames;
	}

	public List<LoadedGraph> loadedGraphs() {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		return this.executor.select("store/loadedGraphs", bindings,
				(row) -> new LoadedGraph(row.getResource("graph").getURI(),
						row.getLiteral("sourceFile").getLexicalForm(),
						row.contains("triples") ? row.getLiteral("triples").getLong() : 0,
						row.contains("modified") ? row.getLiteral("modified").getLexicalForm() : ""));
	}

}
