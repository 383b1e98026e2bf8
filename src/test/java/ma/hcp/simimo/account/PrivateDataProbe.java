package ma.hcp.simimo.account;

import java.net.http.HttpResponse;
import java.util.List;

import ma.hcp.simimo.HttpTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks for strings of the private store in what any reader can reach: every graph of
 * {@code /sparql} and its text index, the whole union as N-Quads, the service
 * description, the linked data of an IRI, search, the JSON search and autocomplete.
 */
final class PrivateDataProbe {

	private PrivateDataProbe() {
	}

	/**
	 * Fails unless no needle is found in any graph of the endpoint nor its text index.
	 */
	static void assertNotInSparql(HttpTestClient http, List<String> needles, List<String> words) {
		for (String needle : needles) {
			String literal = needle.replace("\\", "\\\\").replace("\"", "\\\"");
			String everywhere = """
					SELECT ?g ?s ?p ?o WHERE {
					  { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }
					  FILTER (CONTAINS(STR(?s), "%1$s") || CONTAINS(STR(?p), "%1$s") || CONTAINS(STR(?o), "%1$s")
					          || CONTAINS(STR(?g), "%1$s"))
					}""".formatted(literal);
			HttpResponse<String> results = http.query(everywhere, "text/csv");
			assertThat(results.statusCode()).isEqualTo(200);
			assertThat(results.body().strip()).as(needle).isEqualTo("g,s,p,o");
		}
		for (String word : words) {
			HttpResponse<String> text = http.query("""
					PREFIX text: <http://jena.apache.org/text#>
					SELECT ?s ?o WHERE { (?s ?score ?o) text:query "%s" }""".formatted(word), "text/csv");
			assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
			assertThat(text.body().strip()).as(word).isEqualTo("s,o");
		}
		assertAbsent(needles, "/sparql?default (the whole union)", http.get("/sparql?default", "application/n-quads"));
		assertAbsent(needles, "service description", http.get("/sparql", "text/turtle"));
	}

	/**
	 * {@link #assertNotInSparql}, and no needle in the linked data of any of them that is
	 * an IRI, nor in search, its JSON or autocomplete for any of {@code words}.
	 */
	static void assertNotInPublicPaths(HttpTestClient http, List<String> needles, List<String> words) {
		assertNotInSparql(http, needles, words);
		for (String needle : needles) {
			if (needle.startsWith("urn:") || needle.startsWith("http")) {
				HttpResponse<String> resource = http.get("/resource?uri=" + HttpTestClient.encode(needle),
						"text/turtle");
				assertThat(resource.statusCode()).as(needle).isIn(400, 404);
			}
		}
		for (String word : words) {
			HttpResponse<String> page = http.get("/search?q=" + HttpTestClient.encode(word), "text/html");
			assertThat(page.body()).as("search " + word).doesNotContain("class=\"hit\" data-type");
			assertAbsent(needles.stream().filter((needle) -> !needle.contains(word) && !word.contains(needle)).toList(),
					"search " + word, page);
			assertThat(http.search(word)).as("api search " + word).contains("\"total\":0");
			assertAbsent(needles, "suggest " + word,
					http.get("/api/suggest?q=" + HttpTestClient.encode(word.substring(0, 5)), "application/json"));
		}
	}

	static void assertAbsent(List<String> needles, String what, HttpResponse<String> response) {
		assertThat(response.statusCode()).as(what).isLessThan(500);
		for (String needle : needles) {
			assertThat(response.body()).as(what + " holds " + needle).doesNotContain(needle);
		}
	}

}
