package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.ChildApplication;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application killed with {@code kill -9} leaves its {@code tdb2/tdb.lock} behind,
 * held by no one; the next start on the same store takes it and serves what the killed
 * one had committed. The killed application is a real child JVM; the restart runs in this
 * one, which had never locked that store, as a fresh process has not.
 */
class KilledApplicationRestartTests {

	private static final String DATASET = "https://w3id.org/simimo/datasets/killed-fixture";

	@Test
	void startsAgainOnTheStoreOfAnApplicationKilledWhileServing() throws IOException {
		Path root = TestStoreDirectories.fresh("killed").toAbsolutePath();
		Path content = Files.createDirectories(root.resolve("content"));
		Files.writeString(content.resolve("killed.ttl"), """
				@prefix dcat: <http://www.w3.org/ns/dcat#> .
				@prefix dct:  <http://purl.org/dc/terms/> .
				<%s> a dcat:Dataset ;
				    dct:title "Statistiques des sonneurs de cloches"@fr , "Bell-ringer statistics"@en .
				""".formatted(DATASET));
		String[] arguments = { "--simimo.store.directory=" + root.resolve("store"),
				"--simimo.store.content-root=" + root, "--simimo.store.content-directories=content" };
		try (ChildApplication first = ChildApplication.start(SimimoApplication.class, root.resolve("first.log"),
				arguments)) {
			first.awaitUp();
			assertThat(first.http().search("sonneurs")).contains(DATASET);
			assertThat(first.kill()).isEqualTo(137);
		}
		assertThat(root.resolve("store/tdb2/tdb.lock")).isRegularFile();

		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(SimimoApplication.class)
			.run(ChildApplication.onAnyPort(arguments))) {
			HttpTestClient http = new HttpTestClient(
					((WebServerApplicationContext) restarted).getWebServer().getPort());
			assertThat(http.get("/", "text/html").statusCode()).isEqualTo(200);
			assertThat(http.search("sonneurs")).contains(DATASET);
			assertThat(http.query("ASK { GRAPH ?g { <" + DATASET + "> ?p ?o } }", "application/sparql-results+json")
				.body()).contains("true");
		}
	}

}
