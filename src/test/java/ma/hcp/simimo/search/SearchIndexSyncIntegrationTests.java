package ma.hcp.simimo.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.store.ContentReloader;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows the store: a dataset loaded is findable as soon as the load returns,
 * a changed one is found by its new title only, a removed one is gone; and an index lost
 * while the store stays is rebuilt at the next start.
 */
class SearchIndexSyncIntegrationTests {

	private static final String DATASET = "https://w3id.org/simimo/datasets/sync-fixture";

	@Test
	void aDatasetLoadedChangedThenRemovedIsFoundThenRetitledThenGone() throws IOException {
		Path root = TestStoreDirectories.fresh("sync-content");
		Path content = Files.createDirectories(root.resolve("content"));
		Files.writeString(content.resolve("base.ttl"),
				dataset("https://w3id.org/simimo/datasets/base", "Statistique de base", "Baseline statistics"));
		try (ConfigurableApplicationContext app = start(root)) {
			HttpTestClient http = client(app);
			assertThat(http.search("xylophonistes")).doesNotContain(DATASET);

			Files.writeString(content.resolve("added.ttl"),
					dataset(DATASET, "Xylophonistes émigrés", "Emigrant xylophonists"));
			app.getBean(ContentReloader.class).reload();
			assertThat(http.search("xylophonistes")).contains(DATASET);
			assertThat(http.search("xylophonists")).contains(DATASET);

			Files.writeString(content.resolve("added.ttl"),
					dataset(DATASET, "Joueurs de vielle émigrés", "Emigrant hurdy-gurdy players"));
			app.getBean(ContentReloader.class).reload();
			assertThat(http.search("xylophonistes")).doesNotContain(DATASET);
			assertThat(http.search("vielle")).contains(DATASET);

			Files.delete(content.resolve("added.ttl"));
			app.getBean(ContentReloader.class).reload();
			assertThat(http.search("vielle")).doesNotContain(DATASET);
			assertThat(http.search("baseline")).contains("https://w3id.org/simimo/datasets/base");
		}
	}

	@Test
	void anIndexLostWhileTheStoreStaysIsRebuiltAtTheNextStart() throws IOException {
		Path root = TestStoreDirectories.fresh("sync-rebuild");
		Path content = Files.createDirectories(root.resolve("content"));
		Files.writeString(content.resolve("added.ttl"), dataset(DATASET, "Xylophonistes émigrés", "Xylophonists"));
		try (ConfigurableApplicationContext app = start(root)) {
			assertThat(client(app).search("xylophonistes")).contains(DATASET);
		}
		try (Stream<Path> files = Files.walk(root.resolve("store/search"))) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}

		try (ConfigurableApplicationContext app = start(root)) {
			assertThat(client(app).search("xylophonistes")).contains(DATASET);
		}
	}

	private static ConfigurableApplicationContext start(Path root) {
		return new SpringApplicationBuilder(SimimoApplication.class).run("--server.port=0",
				"--simimo.store.directory=" + root.resolve("store"), "--simimo.store.content-root=" + root,
				"--simimo.store.content-directories=content");
	}

	private static HttpTestClient client(ConfigurableApplicationContext app) {
		return new HttpTestClient(((WebServerApplicationContext) app).getWebServer().getPort());
	}

	static String dataset(String iri, String french, String english) {
		return """
				@prefix dcat: <http://www.w3.org/ns/dcat#> .
				@prefix dct:  <http://purl.org/dc/terms/> .
				<%s> a dcat:Dataset ;
				    dct:title "%s"@fr , "%s"@en .
				""".formatted(iri, french, english);
	}

}
