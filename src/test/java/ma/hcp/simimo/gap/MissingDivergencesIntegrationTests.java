package ma.hcp.simimo.gap;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The divergences issue 15 listed as missing (refugees, the ENE's immigrants, the 2014
 * regularisation, voluntary returns) are in the matrix on the seed content, with the
 * severity and the status their evidence supports, and the overlaps between two national
 * sources are in the consistency report.
 */
class MissingDivergencesIntegrationTests extends RunningApplication {

	private static final String DIVERGENCES = "https://w3id.org/simimo/divergences/";

	@ParameterizedTest(name = "{0}: severity {1}, provisional {2}")
	@CsvSource({ "maecamre-recognised-refugee-legal-status-refugee-convention-1951, 1, false",
			"unhcr-registered-refugee-legal-status-irrs-2018, 0, false",
			"ene-immigrant-population-basis-icls-2018, 1, true",
			"regularisation-2014-legal-status-iom-regular-migration, 2, true",
			"interieur-voluntary-return-legal-status-iom-avrr, 1, true" })
	void theMatrixShowsTheDivergenceWithItsSeverityAndStatus(String divergence, int severity, boolean provisional) {
		HttpResponse<String> json = this.http.get("/api/gaps/divergences?lang=en", "application/json");
		assertThat(json.statusCode()).isEqualTo(200);

		List<Map<String, Object>> entries = JsonPath.parse(json.body())
			.read("$..entries[?(@.evidenceIri == '" + DIVERGENCES + divergence + "')]");

		assertThat(entries).hasSize(1);
		assertThat(entries.get(0)).containsEntry("severity", severity).containsEntry("provisional", provisional);
	}

	@Test
	void theConsistencyReportListsThePlacementsAbroadCountedByMiepeecAndAnapec() {
		HttpResponse<String> json = this.http.get("/api/gaps/consistency?lang=en", "application/json");

		List<String> concepts = JsonPath.parse(json.body())
			.read("$.rules[?(@.name == '06-relatedConceptsOfTwoSources')].findings[*].concept");

		assertThat(concepts).contains("https://w3id.org/simimo/concepts/anapec-intermediation/worker-placed-abroad",
				"https://w3id.org/simimo/concepts/regularisation-campaigns/regularised-migrant");
	}

}
