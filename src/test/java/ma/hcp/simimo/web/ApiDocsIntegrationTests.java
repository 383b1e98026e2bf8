package ma.hcp.simimo.web;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API is described in OpenAPI at /api-docs, every page's JSON form included. */
class ApiDocsIntegrationTests extends RunningApplication {

	@Test
	void describesEveryJsonEndpointInOpenApi() {
		HttpResponse<String> docs = this.http.get("/api-docs", "application/json");

		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\"")
			.contains("/api/datasets/{id}")
			.contains("/api/concepts/{scheme}/{concept}")
			.contains("/api/producers/{id}")
			.contains("/api/schemes/{id}");
	}

	@Test
	void listsEverySearchParameterOfTheSearchApiWithItsDescription() {
		JsonNode search = JsonMapper.shared()
			.readTree(this.http.get("/api-docs", "application/json").body())
			.at("/paths/~1api~1search/get/parameters");

		Map<String, String> parameters = new LinkedHashMap<>();
		search.forEach((parameter) -> {
			assertThat(parameter.at("/in").asString()).as(parameter.toString()).isEqualTo("query");
			parameters.put(parameter.at("/name").asString(), parameter.at("/description").asString());
		});
		assertThat(parameters).containsOnlyKeys("q", "sort", "page", "size", "lang", "yearFrom", "yearTo", "type",
				"producer", "sourceType", "family", "period", "accessRights", "scheme", "divergence");
		assertThat(parameters).allSatisfy((name, description) -> assertThat(description).as(name).isNotBlank());
		assertThat(parameters.get("producer")).contains("may repeat");
	}

	@Test
	void servesEachJsonFormOnTheSeedContent() {
		assertThat(this.http.get("/api/datasets/enmi-2018-2019", "application/json").body()).contains("\"title\"")
			.contains("Enquête nationale sur la migration internationale 2018-2019");
		assertThat(this.http.get("/api/concepts/hcp-rgph/legal-population", "application/json").body())
			.contains("\"comparisons\"")
			.contains("P12M")
			.contains("\"sourceFile\":\"vocabularies/hcp-rgph.ttl\"");
		assertThat(this.http.get("/api/classifications/isco-08", "application/json").statusCode()).isEqualTo(200);
		HttpResponse<String> missing = this.http.get("/api/datasets/nothing", "application/json");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(missing.body()).contains("\"status\":404").contains("https://w3id.org/simimo/datasets/nothing");
		HttpResponse<String> badSort = this.http.get("/api/datasets?sort=colour", "application/json");
		assertThat(badSort.statusCode()).isEqualTo(400);
		assertThat(badSort.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(badSort.body()).contains("\"status\":400").contains("colour");
	}

}
