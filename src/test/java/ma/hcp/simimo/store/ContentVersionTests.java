package ma.hcp.simimo.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ContentVersionTests {

	private static final GraphNames NAMES = new GraphNames("https://w3id.org/simimo/");

	private static final String GRAPH = "https://w3id.org/simimo/graphs/test";

	final Dataset dataset = DatasetFactory.createTxnMem();

	final WriteGeneration generation = new WriteGeneration();

	final StoreWriter writer = TestStores.writer(this.dataset, this.generation);

	final SparqlExecutor executor = TestExecutors.over(this.dataset);

	/** Reads the store at every call: what the counted version must always agree with. */
	final ContentVersion store = new ContentVersion(this.executor, NAMES);

	final ContentVersion counted = new ContentVersion(this.executor, NAMES, this.generation);

	@Test
	void aWriteThroughTheWriterIsSeenAtTheNextRead() {
		write("first label");
		String before = this.counted.current();
		assertThat(before).isEqualTo(this.store.current());

		write("second label");

		assertThat(this.counted.current()).isNotEqualTo(before).isEqualTo(this.store.current());
	}

	@Test
	void keepsTheVersionItReadUntilTheWriterNextWrites() {
		write("first label");
		String read = this.counted.current();
		// A change behind the writer's back, which the embedded store never sees in the
		// application: the counted version does not ask the store again for it...
		Txn.executeWrite(this.dataset, () -> this.dataset.asDatasetGraph()
			.add(Quad.create(NodeFactory.createURI(NAMES.systemGraph()), NodeFactory.createURI(NAMES.systemGraph()),
					NodeFactory.createURI("https://w3id.org/simimo/def#contentVersion"),
					NodeFactory.createURI("urn:uuid:behind-the-writer"))));
		assertThat(this.store.current()).isNotEqualTo(read);
		assertThat(this.counted.current()).isEqualTo(read);

		// ...and the writer's next write makes it read the store again.
		write("second label");
		assertThat(this.counted.current()).isEqualTo(this.store.current());
	}

	@Test
	void aWriteThatFailsLeavesTheVersionAsTheStoreHasIt() {
		write("first label");
		String before = this.counted.current();

		assertThatIllegalStateException().isThrownBy(() -> this.writer.write("a failing write", (write) -> {
			write.replaceGraph(GRAPH, labelled("lost label"));
			throw new IllegalStateException("step failed");
		}));

		assertThat(this.counted.current()).isEqualTo(before).isEqualTo(this.store.current());
	}

	private void write(String label) {
		this.writer.write("a label", (write) -> write.replaceGraph(GRAPH, labelled(label)));
	}

	private static Graph labelled(String label) {
		Graph graph = GraphFactory.createDefaultGraph();
		graph.add(NodeFactory.createURI("https://w3id.org/simimo/test/resource"), RDFS.label.asNode(),
				NodeFactory.createLiteralLang(label, "fr"));
		return graph;
	}

}
