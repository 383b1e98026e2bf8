package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.TestStoreDirectories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jena-text index of a real store (TDB2 + Lucene, seed content) is rebuilt from the
 * store at start-up when its files are deleted, truncated, garbled or partly missing, or
 * when it is behind the store; afterwards label search finds what a healthy store finds.
 */
class TextIndexRecoveryTests {

	static final String LABEL_QUERY = "migra*";

	private static final String GRAPH = "https://w3id.org/simimo/graphs/computed/recovery-test";

	private static Path seed;

	private static long healthyHits;

	@BeforeAll
	static void seedStore() {
		seed = TestStoreDirectories.fresh("text-recovery-seed");
		try (EmbeddedStore store = TestStores.openSeeded(seed)) {
			healthyHits = TestStores.countLabelMatches(store.dataset(), LABEL_QUERY);
		}
	}

	@Test
	void aHealthyIndexIsVerifiedAndKept() {
		Path copy = copyOfSeed();
		try (EmbeddedStore store = open(copy)) {
			TextIndexRecovery.Outcome outcome = store.verifyTextIndex(new QueryRegistry(), TestExecutors.GRAPH_NAMES);
			assertThat(outcome.rebuilt()).isFalse();
			assertThat(outcome.documents()).isPositive();
			assertThat(TestStores.countLabelMatches(store.dataset(), LABEL_QUERY)).isEqualTo(healthyHits)
				.isGreaterThan(10);
		}
	}

	@Test
	void aDeletedIndexIsRebuiltFromTheStore() {
		Path copy = copyOfSeed();
		LuceneIndexCheck.discard(copy.resolve("lucene"));
		assertRebuiltAndHealthy(copy, "records no content version");
	}

	@Test
	void aTruncatedSegmentFileIsRebuiltFromTheStore() throws IOException {
		Path copy = copyOfSeed();
		try (RandomAccessFile file = new RandomAccessFile(
				TestStores.largestSegmentFile(copy.resolve("lucene")).toFile(), "rw")) {
			file.setLength(file.length() / 2);
		}
		assertRebuiltAndHealthy(copy, "was damaged");
	}

	@Test
	void aGarbledSegmentFileIsRebuiltFromTheStore() throws IOException {
		Path copy = copyOfSeed();
		try (RandomAccessFile file = new RandomAccessFile(
				TestStores.largestSegmentFile(copy.resolve("lucene")).toFile(), "rw")) {
			file.seek(file.length() / 2);
			file.write(new byte[] { 0x13, 0x37, 0x13, 0x37, 0x13, 0x37, 0x13, 0x37 });
		}
		assertRebuiltAndHealthy(copy, "was damaged");
	}

	@Test
	void anIndexMissingOneSegmentFileIsRebuiltFromTheStore() throws IOException {
		Path copy = copyOfSeed();
		Files.delete(TestStores.largestSegmentFile(copy.resolve("lucene")));
		assertRebuiltAndHealthy(copy, "was damaged");
	}

	@Test
	void anIndexBehindTheStoreIsRebuiltAndFindsWhatWasWrittenSince() throws IOException {
		Path copy = copyOfSeed();
		Path before = TestStoreDirectories.fresh("text-recovery-before");
		TestStores.copyTree(copy.resolve("lucene"), before.resolve("lucene"));
		try (EmbeddedStore store = open(copy)) {
			store.verifyTextIndex(new QueryRegistry(), TestExecutors.GRAPH_NAMES);
			TestStores.writer(store.dataset()).write("test", (write) -> write.replaceGraph(GRAPH, labelled()));
			assertThat(TestStores.countLabelMatches(store.dataset(), "xylophonistes")).isEqualTo(1);
		}
		LuceneIndexCheck.discard(copy.resolve("lucene"));
		TestStores.copyTree(before.resolve("lucene"), copy.resolve("lucene"));

		try (EmbeddedStore store = open(copy)) {
			TextIndexRecovery.Outcome outcome = store.verifyTextIndex(new QueryRegistry(), TestExecutors.GRAPH_NAMES);
			assertThat(outcome.rebuilt()).isTrue();
			assertThat(outcome.reason()).isEqualTo("is behind the store");
			assertThat(TestStores.countLabelMatches(store.dataset(), "xylophonistes")).isEqualTo(1);
			assertThat(TestStores.countLabelMatches(store.dataset(), LABEL_QUERY)).isEqualTo(healthyHits);
		}
	}

	@Test
	void aWriteRecordsTheNewVersionSoTheNextStartKeepsTheIndex() {
		Path copy = copyOfSeed();
		try (EmbeddedStore store = open(copy)) {
			store.verifyTextIndex(new QueryRegistry(), TestExecutors.GRAPH_NAMES);
			TestStores.writer(store.dataset()).write("test", (write) -> write.replaceGraph(GRAPH, labelled()));
		}
		try (EmbeddedStore store = open(copy)) {
			assertThat(store.verifyTextIndex(new QueryRegistry(), TestExecutors.GRAPH_NAMES).rebuilt()).isFalse();
		}
	}

	private static void assertRebuiltAndHealthy(Path copy, String reason) {
		try (EmbeddedStore store = open(copy)) {
			TextIndexRecovery.Outcome outcome = store.verifyTextIndex(new QueryRegistry(), TestExecutors.GRAPH_NAMES);
			assertThat(outcome.rebuilt()).isTrue();
			assertThat(outcome.reason()).startsWith(reason);
			assertThat(TestStores.countLabelMatches(store.dataset(), LABEL_QUERY)).isEqualTo(healthyHits);
		}
		try (EmbeddedStore store = open(copy)) {
			assertThat(store.verifyTextIndex(new QueryRegistry(), TestExecutors.GRAPH_NAMES).rebuilt()).isFalse();
		}
	}

	private static EmbeddedStore open(Path directory) {
		return TestStores.open(directory);
	}

	private static Graph labelled() {
		Model model = ModelFactory.createDefaultModel();
		model.createResource("https://w3id.org/simimo/concepts/recovery-test")
			.addProperty(SKOS.prefLabel, model.createLiteral("Xylophonistes émigrés", "fr"));
		return model.getGraph();
	}

	private static Path copyOfSeed() {
		Path copy = TestStoreDirectories.fresh("text-recovery");
		TestStores.copyTree(seed, copy);
		return copy;
	}

}
