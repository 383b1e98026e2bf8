package ma.hcp.simimo.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts and stops the whole application several times on one store directory. The
 * content is the ontology and small fixtures: what is proven is the store's lifecycle,
 * which does not need the seed vocabularies.
 */
class StoreLifecycleIntegrationTests {

	private static final String CONTENT = "ontology";

	@Test
	void bootsFromAnEmptyDirectoryThenFromTheExistingOneWithoutDuplicatingAnything() {
		Path directory = TestStoreDirectories.fresh("lifecycle");
		long first;
		try (ConfigurableApplicationContext app = start(directory, CONTENT)) {
			first = triples(app);
			assertThat(first).isGreaterThan(100);
			assertThat(app.getBean(LoadedGraphRepository.class).loadedGraphs()).isNotEmpty();
		}
		assertThat(Files.exists(directory.resolve("tdb2"))).isTrue();
		assertThat(Files.exists(directory.resolve("lucene"))).isTrue();

		// Reopening in the same JVM also proves the first context released the TDB2 and
		// Lucene locks.
		try (ConfigurableApplicationContext app = start(directory, CONTENT)) {
			assertThat(triples(app)).isEqualTo(first);
		}
	}

	@Test
	void refusesToStartOnABrokenFileAndLeavesTheStoreAsItWas() {
		assertRefusedAndStoreUnchanged("broken", "src/test/resources/fixtures/store-broken", ContentLoadException.class,
				"src/test/resources/fixtures/store-broken/broken.ttl line 5");
	}

	@Test
	void refusesToStartOnContentThatBreaksTheShapesAndLeavesTheStoreAsItWas() {
		assertRefusedAndStoreUnchanged("invalid", "src/test/resources/fixtures/store-invalid",
				ContentValidationException.class,
				"src/test/resources/fixtures/store-invalid/concept-without-scheme.ttl: "
						+ "https://w3id.org/simimo/concepts/test/stray <http://www.w3.org/2004/02/skos/core#inScheme>: "
						+ "Un concept appartient à un schéma de concepts.");
	}

	/**
	 * Starts on the content, then with {@code extraDirectory} added, which must stop the
	 * start with the given cause and message; a third start on the content alone finds
	 * the store as the first left it.
	 */
	private static void assertRefusedAndStoreUnchanged(String name, String extraDirectory,
			Class<? extends Throwable> cause, String message) {
		Path directory = TestStoreDirectories.fresh(name);
		long before;
		try (ConfigurableApplicationContext app = start(directory, CONTENT)) {
			before = triples(app);
		}

		assertThatThrownBy(() -> start(directory, CONTENT + "," + extraDirectory)).hasRootCauseInstanceOf(cause)
			.rootCause()
			.hasMessageContaining(message);

		try (ConfigurableApplicationContext app = start(directory, CONTENT)) {
			assertThat(triples(app)).isEqualTo(before);
		}
	}

	@Test
	void dropsTheGraphOfAFileRemovedBetweenTwoStarts() {
		Path directory = TestStoreDirectories.fresh("dropped");
		long withFixture;
		long without;
		try (ConfigurableApplicationContext app = start(directory,
				CONTENT + ",src/test/resources/fixtures/linkeddata")) {
			withFixture = triples(app);
		}
		try (ConfigurableApplicationContext app = start(directory, CONTENT)) {
			without = triples(app);
			assertThat(app.getBean(LoadedGraphRepository.class).loadedGraphs())
				.noneMatch((graph) -> graph.sourceFile().contains("fixtures"));
		}
		assertThat(without).isLessThan(withFixture);
	}

	private static ConfigurableApplicationContext start(Path directory, String contentDirectories) {
		// Command-line arguments: builder properties are defaults that
		// application.properties overrides.
		return new SpringApplicationBuilder(SimimoApplication.class).run("--server.port=0",
				"--simimo.store.directory=" + directory, "--simimo.store.content-root=.",
				"--simimo.store.content-directories=" + contentDirectories);
	}

	private static long triples(ConfigurableApplicationContext app) {
		return app.getBean(SparqlExecutor.class)
			.select("store/countTriples", new org.apache.jena.query.QuerySolutionMap(),
					(row) -> row.getLiteral("triples").getLong())
			.get(0);
	}

}
