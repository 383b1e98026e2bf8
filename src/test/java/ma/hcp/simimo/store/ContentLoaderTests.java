package ma.hcp.simimo.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentLoaderTests {

	private static final List<String> DIRECTORIES = List.of("ontology", "vocabularies");

	@TempDir
	Path root;

	private EmbeddedStore store;

	private ContentLoader loader;

	@BeforeEach
	void openStore() {
		this.store = TestStores.open(this.root.resolve("data"));
		this.loader = TestStores.loader(this.store.dataset());
		TestStores.putFixture("store/ontology-v1.ttl", this.root.resolve("ontology/test.ttl"));
		TestStores.putFixture("store/scheme.ttl", this.root.resolve("vocabularies/test-scheme.ttl"));
	}

	@AfterEach
	void closeStore() {
		this.store.close();
	}

	@Test
	void loadsEachFileIntoItsOwnNamedGraph() {
		LoadReport report = this.loader.load(this.root, DIRECTORIES);

		assertThat(report.loaded()).containsExactly("ontology/test.ttl", "vocabularies/test-scheme.ttl");
		Txn.executeRead(this.store.dataset(), () -> {
			assertThat(this.store.dataset().containsNamedModel("https://w3id.org/simimo/graphs/ontology/test"))
				.isTrue();
			assertThat(this.store.dataset()
				.getNamedModel("https://w3id.org/simimo/graphs/vocabularies/test-scheme")
				.size()).isEqualTo(6);
		});
	}

	@Test
	void secondLoadOfUnchangedFilesWritesNothingAndDuplicatesNothing() {
		this.loader.load(this.root, DIRECTORIES);
		long before = TestStores.countTriples(this.store.dataset());

		LoadReport second = this.loader.load(this.root, DIRECTORIES);

		assertThat(second.changedAnything()).isFalse();
		assertThat(second.unchanged()).hasSize(2);
		assertThat(TestStores.countTriples(this.store.dataset())).isEqualTo(before);
	}

	@Test
	void reloadsOnlyTheChangedFileAndKeepsTheTextIndexInStep() {
		this.loader.load(this.root, DIRECTORIES);
		assertThat(TestStores.countLabelMatches(this.store.dataset(), "Émigré")).isEqualTo(1);
		TestStores.putFixture("store/ontology-v2.ttl", this.root.resolve("ontology/test.ttl"));

		LoadReport report = this.loader.load(this.root, DIRECTORIES);

		assertThat(report.loaded()).containsExactly("ontology/test.ttl");
		assertThat(report.unchanged()).containsExactly("vocabularies/test-scheme.ttl");
		assertThat(TestStores.countLabelMatches(this.store.dataset(), "Expatrié")).isEqualTo(1);
		assertThat(TestStores.countLabelMatches(this.store.dataset(), "Émigré")).isZero();
	}

	@Test
	void dropsTheGraphOfARemovedFile() throws Exception {
		this.loader.load(this.root, DIRECTORIES);
		Files.delete(this.root.resolve("vocabularies/test-scheme.ttl"));

		LoadReport report = this.loader.load(this.root, DIRECTORIES);

		assertThat(report.dropped()).containsExactly("https://w3id.org/simimo/graphs/vocabularies/test-scheme");
		Txn.executeRead(this.store.dataset(),
				() -> assertThat(this.store.dataset()
					.asDatasetGraph()
					.containsGraph(NodeFactory.createURI("https://w3id.org/simimo/graphs/vocabularies/test-scheme")))
					.isFalse());
		assertThat(TestStores.countLabelMatches(this.store.dataset(), "Immigré")).isZero();
		assertThat(this.loader.load(this.root, DIRECTORIES).changedAnything()).isFalse();
	}

	@Test
	void rejectsABrokenFileNamingFileAndLineAndLeavesTheStoreAsItWas() {
		this.loader.load(this.root, DIRECTORIES);
		long before = TestStores.countTriples(this.store.dataset());
		TestStores.putFixture("store/ontology-v2.ttl", this.root.resolve("ontology/test.ttl"));
		TestStores.putFixture("store/broken.ttl", this.root.resolve("vocabularies/broken.ttl"));

		assertThatThrownBy(() -> this.loader.load(this.root, DIRECTORIES)).isInstanceOf(ContentLoadException.class)
			.hasMessageContaining("vocabularies/broken.ttl line 5")
			.hasMessageContaining("store is unchanged");

		// The valid change to ontology/test.ttl was not written either: one pass, one
		// transaction.
		assertThat(TestStores.countTriples(this.store.dataset())).isEqualTo(before);
		assertThat(TestStores.countLabelMatches(this.store.dataset(), "Émigré")).isEqualTo(1);
	}

	@Test
	void refusesAQuadsFileBecauseEachFileIsOneGraph() throws Exception {
		Files.writeString(this.root.resolve("vocabularies/data.trig"),
				"<http://a> { <http://s> <http://p> <http://o> }");

		assertThatThrownBy(() -> this.loader.load(this.root, DIRECTORIES)).isInstanceOf(ContentLoadException.class)
			.hasMessageContaining("vocabularies/data.trig");
	}

	@Test
	void refusesContentThatBreaksTheShapesNamingFileFocusNodePathAndMessageAndLeavesTheStoreAsItWas() throws Exception {
		withTheShapesAndOnlyTheScheme();
		LoadReport first = this.loader.load(this.root, DIRECTORIES);
		assertThat(first.shapes().performed()).isTrue();
		long before = TestStores.countTriples(this.store.dataset());
		TestStores.putFixture("store-invalid/concept-without-scheme.ttl", this.root.resolve("vocabularies/stray.ttl"));

		assertThatThrownBy(() -> this.loader.load(this.root, DIRECTORIES))
			.isInstanceOf(ContentValidationException.class)
			.hasMessageContaining("store is unchanged")
			.hasMessageContaining("vocabularies/stray.ttl: https://w3id.org/simimo/concepts/test/stray "
					+ "<http://www.w3.org/2004/02/skos/core#inScheme>: "
					+ "Un concept appartient à un schéma de concepts. / A concept belongs to a concept scheme.");

		assertThat(TestStores.countTriples(this.store.dataset())).isEqualTo(before);
		assertThat(TestStores.countLabelMatches(this.store.dataset(), "Égaré")).isZero();
	}

	@Test
	void loadsAChangeThatConformsOnceTheFilesAreTakenTogether() throws Exception {
		withTheShapesAndOnlyTheScheme();
		this.loader.load(this.root, DIRECTORIES);
		TestStores.putFixture("store/concept-in-scheme.ttl", this.root.resolve("vocabularies/stray.ttl"));

		LoadReport report = this.loader.load(this.root, DIRECTORIES);

		assertThat(report.loaded()).containsExactly("vocabularies/stray.ttl");
		assertThat(report.shapes().performed()).isTrue();
		assertThat(report.shapes().triples()).isGreaterThan(TestStores.countTriples(this.store.dataset()) / 2);
		assertThat(TestStores.countLabelMatches(this.store.dataset(), "Égaré")).isEqualTo(1);
	}

	/**
	 * The project's shapes among the content, and the scheme file alone beside them
	 * (ontology-v1.ttl's concept has no scheme).
	 */
	private void withTheShapesAndOnlyTheScheme() throws Exception {
		Files.delete(this.root.resolve("ontology/test.ttl"));
		Files.copy(Path.of("ontology/shapes.ttl"), this.root.resolve("ontology/shapes.ttl"));
	}

}
