package ma.hcp.simimo.store;

import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader's records in the system graph, read and written by the store's query files
 * on an in-memory store with one named graph per fixture.
 */
class LoadedGraphRepositoryTests {

	private static final String SCHEME = "https://w3id.org/simimo/graphs/fixtures/store/scheme";

	private static final String ONTOLOGY = "https://w3id.org/simimo/graphs/fixtures/store/ontology-v1";

	private final Dataset store = TestExecutors.storeWith("store/scheme.ttl", "store/ontology-v1.ttl");

	private final SparqlExecutor executor = TestExecutors.over(this.store);

	@Test
	void listsEachLoadedFileWithItsGraphAndTripleCountInFileOrder() {
		List<LoadedGraph> graphs = new LoadedGraphRepository(this.executor, TestExecutors.GRAPH_NAMES).loadedGraphs();

		assertThat(graphs).extracting(LoadedGraph::sourceFile)
			.containsExactly("fixtures/store/ontology-v1.ttl", "fixtures/store/scheme.ttl");
		assertThat(graphs).extracting(LoadedGraph::graph).containsExactly(ONTOLOGY, SCHEME);
		assertThat(graphs).extracting(LoadedGraph::triples).containsExactly(3L, 6L);
		assertThat(graphs).allSatisfy((graph) -> assertThat(graph.modified()).isNotEmpty());
	}

	@Test
	void theLoadedGraphsExampleListsTheSameFilesWithTheirChecksums() {
		List<String> rows = this.executor.select("examples/12-loadedGraphs", new QuerySolutionMap(),
				(row) -> row.getLiteral("sourceFile").getLexicalForm() + " "
						+ row.getLiteral("checksum").getLexicalForm().length());

		assertThat(rows).containsExactly("fixtures/store/ontology-v1.ttl 64", "fixtures/store/scheme.ttl 64");
	}

	@Test
	void countsTheTriplesOfEveryNamedGraphSystemGraphIncluded() {
		long counted = this.executor
			.select("store/countTriples", new QuerySolutionMap(), (row) -> row.getLiteral("triples").getLong())
			.get(0);

		long quads = Txn.calculateRead(this.store, () -> Iter.count(this.store.asDatasetGraph().find()));
		assertThat(counted).isEqualTo(quads).isGreaterThan(3 + 6);
	}

	@Test
	void forgettingAGraphRemovesItsRecordAndChecksumButNotItsTriples() {
		long before = systemGraphTriples();
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(TestExecutors.GRAPH_NAMES.systemGraph()));
		bindings.add("graph", ResourceFactory.createResource(SCHEME));

		Txn.executeWrite(this.store,
				() -> UpdateExecution.dataset(this.store)
					.update(new QueryRegistry().update("store/forgetLoadedGraph"))
					.substitution(bindings)
					.execute());

		assertThat(new LoadedGraphRepository(this.executor, TestExecutors.GRAPH_NAMES).loadedGraphs())
			.extracting(LoadedGraph::graph)
			.containsExactly(ONTOLOGY);
		// Half the records are gone, the checksum's blank node included.
		assertThat(systemGraphTriples()).isEqualTo(before / 2);
		assertThat(Txn.calculateRead(this.store, () -> this.store.getNamedModel(SCHEME).size())).isEqualTo(6);
	}

	private long systemGraphTriples() {
		return Txn.calculateRead(this.store,
				() -> this.store.getNamedModel(TestExecutors.GRAPH_NAMES.systemGraph()).size());
	}

}
