package ma.hcp.simimo.gap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * The scores are stored as DQV measurements in their own graph, queryable on /sparql, and
 * a content change replaces them rather than adding a second set.
 */
class HarmonizationMeasurementsIntegrationTests {

	private static final String HCP_SCORE = """
			PREFIX dqv: <http://www.w3.org/ns/dqv#>
			SELECT ?value WHERE {
			  GRAPH <https://w3id.org/simimo/graphs/computed/harmonization-scores> {
			    ?measurement dqv:computedOn <https://w3id.org/simimo/producers/hcp> ;
			                 dqv:isMeasurementOf <https://w3id.org/simimo/metrics/harmonization-score> ;
			                 dqv:value ?value .
			  }
			}
			""";

	@Test
	void theScoresAreQueryableOnSparqlAndAReloadReplacesThem() throws IOException {
		Path root = TestStoreDirectories.fresh("harmonization-measurements");
		Path content = Files.createDirectories(root.resolve("content"));
		for (String fixture : List.of("rgph-6-vs-12-months.ttl", "criteria-and-severities.ttl", "matrix-extra.ttl",
				"scores-extra.ttl")) {
			Files.copy(Path.of("src/test/resources/fixtures/gap", fixture), content.resolve(fixture));
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class).run(
				"--server.port=0", "--simimo.store.directory=" + root.resolve("store"),
				"--simimo.store.content-root=" + root, "--simimo.store.content-directories=content")) {
			HttpTestClient http = new HttpTestClient(((WebServerApplicationContext) app).getWebServer().getPort());
			assertThat(values(http)).containsExactly("51.8");

			Files.writeString(content.resolve("definition.ttl"), """
					@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
					<https://w3id.org/simimo/concepts/hcp-rgph/legal-population>
					    skos:definition "Population résidant habituellement depuis au moins six mois."@fr .
					""");
			app.getBean(ContentReloader.class).reload();

			// 6 + 1 of 11 fields: H = 100 (0.6 x 0.5 + 0.4 x 7/11) = 55.5, one value
			// only.
			assertThat(values(http)).containsExactly("55.5");
			String stored = http.query("""
					PREFIX dqv: <http://www.w3.org/ns/dqv#>
					SELECT (COUNT(*) AS ?n) WHERE { ?m a dqv:QualityMeasurement }
					""", "text/csv").body();
			// HCP, ANAPEC and the catalogue, three metrics each.
			assertThat(stored.lines().toList()).containsExactly("n", "9");
		}
	}

	private static List<String> values(HttpTestClient http) {
		return http.query(HCP_SCORE, "text/csv").body().lines().skip(1).toList();
	}

}
