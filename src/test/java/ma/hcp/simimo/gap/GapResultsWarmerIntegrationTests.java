package ma.hcp.simimo.gap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.store.ContentReloader;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix and the consistency report are computed in every language once the content
 * is loaded, before anyone asks, and again after a reload changes the content.
 */
class GapResultsWarmerIntegrationTests {

	private static final List<String> KEYS = List.of("matrix/fr", "matrix/en", "matrix/ar", "consistency/fr",
			"consistency/en", "consistency/ar");

	@Test
	void theAnalysesAreReadyBeforeTheFirstRequestAndAgainAfterAReload() throws IOException {
		Path root = TestStoreDirectories.fresh("gap-warmer");
		Path content = Files.createDirectories(root.resolve("content"));
		for (String fixture : List.of("rgph-6-vs-12-months.ttl", "criteria-and-severities.ttl")) {
			Files.copy(Path.of("src/test/resources/fixtures/gap", fixture), content.resolve(fixture));
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class).run(
				"--server.port=0", "--simimo.store.directory=" + root.resolve("store"),
				"--simimo.store.content-root=" + root, "--simimo.store.content-directories=content")) {
			GapResultsCache cache = app.getBean(GapResultsCache.class);
			assertThat(KEYS).allSatisfy((key) -> assertThat(cache.holds(key)).as(key).isTrue());

			Files.copy(Path.of("src/test/resources/fixtures/gap/matrix-extra.ttl"), content.resolve("extra.ttl"));
			app.getBean(ContentReloader.class).reload();

			assertThat(KEYS).allSatisfy((key) -> assertThat(cache.holds(key)).as(key).isTrue());
		}
	}

}
