package ma.hcp.simimo.store;

import java.nio.file.Path;

import org.apache.jena.query.QuerySolutionMap;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store compacted while the application runs opens again, in the same JVM, on the new
 * generation with every quad: the stopped application let go of the compacted database,
 * not of the one the compaction deleted.
 */
class LiveCompactionRestartTests {

	@Test
	void aStoreCompactedOnlineOpensAgainWithEveryQuad() {
		Path directory = TestStoreDirectories.fresh("live-compaction");
		long quads;
		try (ConfigurableApplicationContext app = start(directory)) {
			StoreOperation compaction = app.getBean("compactionOperation", StoreOperation.class);
			StoreOperation privateCompaction = app.getBean("privateCompactionOperation", StoreOperation.class);
			compaction.run();
			privateCompaction.run();
			quads = triples(app);
		}
		assertThat(StoreCompaction.generation(directory.resolve("tdb2"))).isEqualTo(2);
		try (ConfigurableApplicationContext app = start(directory)) {
			assertThat(triples(app)).isEqualTo(quads);
			assertThat(app.getBean(PrivateStore.class).status().generation()).isEqualTo(2);
		}
	}

	private static long triples(ConfigurableApplicationContext app) {
		return app.getBean(SparqlExecutor.class)
			.select("store/countTriples", new QuerySolutionMap(), (row) -> row.getLiteral("triples").getLong())
			.get(0);
	}

	private static ConfigurableApplicationContext start(Path directory) {
		return new SpringApplicationBuilder(SimimoApplication.class).run("--server.port=0",
				"--simimo.store.directory=" + directory);
	}

}
