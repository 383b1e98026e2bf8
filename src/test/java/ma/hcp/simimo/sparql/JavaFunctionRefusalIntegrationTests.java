package ma.hcp.simimo.sparql;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningFixtureApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ARQ loads any class on the classpath named by a {@code java:} function or property
 * function IRI; the public endpoint refuses such IRIs wherever they appear, before
 * evaluation, and keeps the registered function libraries.
 */
class JavaFunctionRefusalIntegrationTests extends RunningFixtureApplication {

	private static final String SQRT = "<java:org.apache.jena.sparql.function.library.sqrt>";

	private static final String SPLIT_IRI = "<java:org.apache.jena.sparql.pfunction.library.splitIRI>";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			BIND                    | SELECT ?x WHERE { BIND($F(4) AS ?x) }
			SELECT expression       | SELECT ($F(4) AS ?x) WHERE {}
			FILTER NOT EXISTS       | SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { BIND($F(4) AS ?y) } } LIMIT 1
			sub-query ORDER BY      | SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY $F(1) LIMIT 1 } }
			property function       | SELECT * WHERE { <http://example.org/a#b> $P (?namespace ?local) }
			property function, EXISTS | ASK { FILTER EXISTS { <http://example.org/a#b> $P (?namespace ?local) } }
			""")
	void refusesJavaFunctionIrisBeforeEvaluation(String position, String template) {
		String query = template.replace("$F", SQRT).replace("$P", SPLIT_IRI);

		HttpResponse<String> response = post(query, "en");

		assertThat(response.statusCode()).as(query).isEqualTo(400);
		assertThat(response.body()).as(query)
			.startsWith("Function <java:org.apache.jena.sparql.")
			.contains("refused: this endpoint does not call Java classes by name");
	}

	@Test
	void explainsTheRefusalInTheReadersLanguage() {
		HttpResponse<String> french = post("SELECT ?x WHERE { BIND(" + SQRT + "(4) AS ?x) }", "fr");

		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).startsWith("Fonction " + SQRT + " refusée");
	}

	@Test
	void keepsTheRegisteredFunctionLibraries() {
		HttpResponse<String> response = post(
				"PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> "
						+ "PREFIX afn: <http://jena.apache.org/ARQ/function#> "
						+ "SELECT (math:sqrt(4) AS ?root) (afn:localname(<http://example.org/a#b>) AS ?local) WHERE {}",
				"en");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"b\"");
	}

	private HttpResponse<String> post(String query, String language) {
		return this.http.send(this.http.request("/sparql")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/sparql-results+json")
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofString("query=" + HttpTestClient.encode(query))));
	}

}
