package ma.hcp.simimo.gap;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ma.hcp.simimo.kernel.TableExports;
import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action plan over the seed content (vocabularies/action-plan.ttl), on the embedded
 * TDB2 store, through real HTTP.
 */
class ActionPlanIntegrationTests extends RunningApplication {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ACTIONS = "https://w3id.org/simimo/actions/";

	@Test
	void listsTheSeededProposalsRankedWithTheGapsTheyAddress() {
		HttpResponse<String> response = this.http.get("/api/gaps/actions?lang=en", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode plan = JSON.readTree(response.body());
		JsonNode actions = plan.path("actions");
		assertThat(actions.size()).isGreaterThanOrEqualTo(4);
		List<Double> priorities = new ArrayList<>();
		List<String> addressed = new ArrayList<>();
		for (JsonNode ranked : actions) {
			JsonNode action = ranked.path("action");
			assertThat(action.path("iri").asString()).startsWith(ACTIONS);
			assertThat(action.path("label").path("text").asString()).startsWith("Proposal:");
			assertThat(action.path("proposal").asBoolean()).isTrue();
			assertThat(action.path("addresses").size()).isPositive();
			assertThat(action.path("actors").size()).isPositive();
			assertThat(action.path("deadline").asString()).isEmpty();
			assertThat(action.path("budgetEstimate").asString()).isEmpty();
			priorities.add(ranked.path("priority").asDouble());
			action.path("addresses").forEach((gap) -> addressed.add(gap.path("iri").asString()));
		}
		assertThat(priorities).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(addressed).contains(
				"https://w3id.org/simimo/divergences/rgph-legal-population-residence-duration-un-1998",
				"https://w3id.org/simimo/divergences/enmi-return-migrant-reference-period-un-1998",
				"https://w3id.org/simimo/divergences/ene-employed-person-reference-period-icls",
				"https://w3id.org/simimo/divergences/office-des-changes-mre-transfers-population-basis-bpm6",
				"https://w3id.org/simimo/indicators/sdg-10-7-2");
	}

	@Test
	void thePageRanksTheProposalsInEachLanguage() {
		HttpResponse<String> french = this.http.get("/gaps/actions?lang=fr", "text/html");
		HttpResponse<String> arabic = this.http.get("/gaps/actions?lang=ar&wTime=3", "text/html");

		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(french.body()).contains("Plan d&#39;action")
			.contains("Proposition : relier les transferts des MRE")
			.contains("non renseigné");
		assertThat(arabic.statusCode()).isEqualTo(200);
		assertThat(arabic.body()).contains("dir=\"rtl\"").contains("مقترح: ").contains("value=\"3\"");
	}

	@Test
	void theSavedQueryRunsOnTheEndpointAndIsAnExample() throws IOException {
		String query = Files.readString(Path.of("src/main/resources/queries/gap/actions/actions.rq"));

		HttpResponse<String> results = this.http.query(query, "text/csv");

		assertThat(results.statusCode()).isEqualTo(200);
		List<String> rows = results.body().strip().lines().toList();
		assertThat(rows.get(0)).startsWith("action,expectedResult,status");
		assertThat(rows.subList(1, rows.size())).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy((row) -> assertThat(row).startsWith(ACTIONS).contains("/action-statuses/"));
		assertThat(this.http.get("/sparql", "text/html").body()).contains("gap-actions-actions")
			.contains("gap-actions-actionParts");
	}

	@Test
	void theActionPlanExportsAsXlsx() {
		HttpResponse<String> export = this.http.get("/gaps/actions?format=xlsx", null);

		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElse("")).isEqualTo(TableExports.XLSX.toString());
	}

}
