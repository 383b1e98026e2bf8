package ma.hcp.simimo.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningFixtureApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web application on another origin (YASGUI, a harvester's page) may query /sparql and
 * read the linked data, without credentials; nothing that writes answers it with CORS
 * headers.
 */
class CrossOriginIntegrationTests extends RunningFixtureApplication {

	private static final String ORIGIN = "https://yasgui.example.org";

	@Test
	void preflightOfAQueryPostFromAnotherOriginPasses() {
		HttpResponse<String> preflight = this.http.send(this.http.request("/sparql")
			.header("Origin", ORIGIN)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type, accept")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST")
			.contains("GET");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
			.contains("content-type");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void crossOriginQueriesByGetAndPostGetTheirResultsWithCorsHeaders() {
		HttpResponse<String> get = this.http
			.send(this.http.request("/sparql?query=" + HttpTestClient.encode("ASK { ?s ?p ?o }"))
				.header("Origin", ORIGIN)
				.header("Accept", "application/sparql-results+json")
				.GET());
		HttpResponse<String> post = this.http.send(this.http.request("/sparql")
			.header("Origin", ORIGIN)
			.header("Content-Type", "application/sparql-query")
			.header("Accept", "application/sparql-results+json")
			.POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")));

		for (HttpResponse<String> response : java.util.List.of(get, post)) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("true");
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
			assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
		}
	}

	@ParameterizedTest
	@CsvSource({ "/def", "/concepts/test/hostile", "/catalogue",
			"/resource?uri=https%3A%2F%2Fw3id.org%2Fsimimo%2Fdef%23Divergence" })
	void linkedDataIsReadableFromAnotherOrigin(String path) {
		HttpResponse<String> response = this.http
			.send(this.http.request(path).header("Origin", ORIGIN).header("Accept", "text/turtle").GET());
		HttpResponse<String> preflight = this.http.send(this.http.request(path)
			.header("Origin", ORIGIN)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "accept-language")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).doesNotContain("POST");
	}

	@Test
	void aWritePathGetsNoCorsHeaders() {
		HttpResponse<String> preflight = this.http.send(this.http.request("/glossary")
			.header("Origin", ORIGIN)
			.header("Access-Control-Request-Method", "POST")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		HttpResponse<String> save = this.http.send(this.http.request("/glossary")
			.header("Origin", ORIGIN)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("concepts=https%3A%2F%2Fw3id.org%2Fsimimo%2Fconcepts%2Ftest%2Fhostile")));

		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(save.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(save.statusCode()).isEqualTo(403);
	}

}
