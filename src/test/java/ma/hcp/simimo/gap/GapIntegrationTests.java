package ma.hcp.simimo.gap;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.TableExports;
import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap analyses over the seed content, on the embedded TDB2 store, through real HTTP.
 */
class GapIntegrationTests extends RunningApplication {

	@Test
	void theMatrixShowsTheCensusSixAgainstTwelveMonthsWithItsEvidence() {
		HttpResponse<String> json = this.http.get(
				"/api/gaps/divergences?producer=" + "https%3A%2F%2Fw3id.org%2Fsimimo%2Fproducers%2Fhcp&lang=en",
				"application/json");

		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"label\":{\"text\":\"Legal population\"")
			.contains("6 months (P6M)")
			.contains("12 months (P12M)")
			.contains("https://w3id.org/simimo/divergences/rgph-legal-population-residence-duration-un-1998");
	}

	@Test
	void theStocksOfTheCensusThePermitsAndTheConsularRegistersAreNotComparedWithFlowDefinitions() {
		HttpResponse<String> flows = this.http.query("""
				PREFIX simimo: <https://w3id.org/simimo/def#>
				SELECT ?divergence WHERE {
				  VALUES ?stock {
				    <https://w3id.org/simimo/concepts/hcp-rgph/legal-population>
				    <https://w3id.org/simimo/concepts/dgsn-residence/foreign-resident>
				    <https://w3id.org/simimo/concepts/maecamre-consular/registered-mre>
				  }
				  VALUES ?flow {
				    <https://w3id.org/simimo/concepts/un-1998/long-term-migrant>
				    <https://w3id.org/simimo/concepts/un-1998/long-term-emigrant>
				    <https://w3id.org/simimo/concepts/un-1998/long-term-immigrant>
				    <https://w3id.org/simimo/concepts/un-1998/short-term-migrant>
				  }
				  ?divergence simimo:nationalConcept ?stock ; simimo:standardConcept ?flow .
				}
				""", "text/csv");

		assertThat(flows.body().lines().toList()).containsExactly("divergence");
	}

	@Test
	void theConsistencyReportRunsEveryRuleOnTheStore() {
		HttpResponse<String> page = this.http.get("/gaps/consistency?lang=fr", "text/html");
		HttpResponse<String> json = this.http.get("/api/gaps/consistency", "application/json");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Concept national sans équivalent international");
		assertThat(json.body()).contains("\"name\":\"05-detectedDivergenceNotRecorded\"")
			.contains("https://w3id.org/simimo/concepts/anapec-intermediation/migrant-regularised-project");
	}

	@Test
	void everyAnalysisExportsAsXlsx() {
		for (String path : new String[] { "/gaps/divergences", "/gaps/consistency", "/gaps/indicators", "/gaps/periods",
				"/gaps/classifications", "/gaps/scores", "/gaps/actions" }) {
			HttpResponse<String> export = this.http.get(path + "?format=xlsx", null);
			assertThat(export.statusCode()).as(path).isEqualTo(200);
			assertThat(export.headers().firstValue("Content-Type").orElse("")).as(path)
				.isEqualTo(TableExports.XLSX.toString());
		}
	}

	@Test
	void theClassificationsPageShowsAnapecsOwnOccupationCategoriesWithoutCorrespondence() {
		HttpResponse<String> json = this.http.get("/api/gaps/classifications?lang=en", "application/json");

		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"label\":{\"text\":\"ANAPEC register occupation categories\"")
			.contains("\"category\":\"national\"")
			.contains("https://w3id.org/simimo/correspondences/nma-2010-isic-rev4")
			.contains("\"associations\":109");
	}

	@Test
	void everyProducerWithDatasetsOrConceptsHasAScoreStoredAsDqvMeasurements() {
		HttpResponse<String> json = this.http.get("/api/gaps/scores", "application/json");
		HttpResponse<String> stored = this.http.query("""
				PREFIX dqv: <http://www.w3.org/ns/dqv#>
				SELECT (COUNT(DISTINCT ?subject) AS ?subjects) (COUNT(?measurement) AS ?measurements)
				WHERE { ?measurement dqv:computedOn ?subject }
				""", "text/csv");

		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("https://w3id.org/simimo/producers/hcp")
			.contains("https://w3id.org/simimo/producers/anapec")
			.contains("\"kind\":\"fill\"");
		// Nine producers publish datasets or national concepts, plus the catalogue; three
		// metrics each.
		assertThat(stored.body().lines().toList()).containsExactly("subjects,measurements", "10,30");
	}

}
