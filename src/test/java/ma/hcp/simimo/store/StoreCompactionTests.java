package ma.hcp.simimo.store;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.store.StoreCompaction.StoreSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compaction command gives back the space repeated writes took, and keeps every quad
 * and every label the text index finds.
 */
class StoreCompactionTests {

	private static final String GRAPH = "https://w3id.org/simimo/graphs/computed/compaction-test";

	private static final int WRITES = 40;

	@Test
	void compactionShrinksAStoreGrownByRepeatedWritesAndKeepsItsContent() {
		Path directory = TestStoreDirectories.fresh("compaction");
		long quads;
		long hits;
		try (EmbeddedStore store = TestStores.open(directory)) {
			StoreWriter writer = TestStores.writer(store.dataset());
			for (int round = 0; round < WRITES; round++) {
				Graph content = concepts(round);
				writer.write("growth", (write) -> write.replaceGraph(GRAPH, content));
			}
			quads = TestStores.countQuads(store.dataset());
			hits = TestStores.countLabelMatches(store.dataset(), "tour" + (WRITES - 1));
		}
		long grown = StoreSize.of(directory).tdb2();
		long once = sizeWrittenOnce(concepts(WRITES - 1));

		int status = StoreCompactionCommand.run(StoreCompactionCommand.OPTION, "--simimo.store.directory=" + directory);

		assertThat(status).isZero();
		// TDB2 preallocates its memory-mapped index files, so even one write takes
		// megabytes:
		// the compacted store must give back nearly all it grew by over a store written
		// once.
		long compacted = StoreSize.of(directory).tdb2();
		assertThat(grown).isGreaterThan(once);
		assertThat(grown - compacted).isGreaterThan((grown - once) * 8 / 10);
		try (EmbeddedStore store = TestStores.open(directory)) {
			assertThat(TestStores.countQuads(store.dataset())).isEqualTo(quads);
			assertThat(TestStores.countLabelMatches(store.dataset(), "tour" + (WRITES - 1))).isEqualTo(hits)
				.isEqualTo(200);
			assertThat(store.verifyTextIndex(new QueryRegistry(), TestExecutors.GRAPH_NAMES).rebuilt()).isFalse();
		}
	}

	@Test
	void theSizeOfAStoreOnDiskIsPositive() {
		Path directory = TestStoreDirectories.fresh("size");
		try (EmbeddedStore store = TestStores.open(directory)) {
			StoreSize size = StoreSize.of(store.directory());
			assertThat(size.tdb2()).isPositive();
			assertThat(size.lucene()).isPositive();
		}
	}

	private static long sizeWrittenOnce(Graph content) {
		Path directory = TestStoreDirectories.fresh("compaction-once");
		try (EmbeddedStore store = TestStores.open(directory)) {
			TestStores.writer(store.dataset()).write("once", (write) -> write.replaceGraph(GRAPH, content));
		}
		return StoreSize.of(directory).tdb2();
	}

	private static Graph concepts(int round) {
		Model model = ModelFactory.createDefaultModel();
		for (int concept = 0; concept < 200; concept++) {
			model.createResource("https://w3id.org/simimo/concepts/compaction-" + round + "-" + concept)
				.addProperty(SKOS.prefLabel, model.createLiteral("Concept " + concept + " tour" + round, "fr"));
		}
		return model.getGraph();
	}

}
