package ma.hcp.simimo.sparql;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningFixtureApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of the SPARQL protocol at /sparql, as standard clients meet them: a plain
 * GET, the Graph Store Protocol's default graph, the errors of a malformed request or an
 * update, and the endpoints declared by the assembler's fuseki:Service.
 */
class SparqlProtocolIntegrationTests extends RunningFixtureApplication {

	private static final String ONTOLOGY_GRAPH = "https://w3id.org/simimo/graphs/ontology/simimo";

	@Test
	void plainGetGivesTheServiceDescriptionToAnRdfClientNotTheStore() {
		// Jena's own reader, with its default Accept header.
		Model description = RDFParser.source(this.http.url("/sparql")).toModel();

		// Named at the configured public address, not the one the test reached.
		Resource service = description.createResource(PUBLIC_URL + "/sparql");
		assertThat(description.contains(service, RDF.type, sd("Service"))).isTrue();
		assertThat(description.contains(service, sdProperty("endpoint"), service)).isTrue();
		assertThat(description.contains(service, sdProperty("supportedLanguage"), sd("SPARQL11Query"))).isTrue();
		assertThat(description.contains(service, sdProperty("feature"), sd("UnionDefaultGraph"))).isTrue();
		assertThat(description.contains(service, sdProperty("resultFormat"),
				ResourceFactory.createResource(ServiceDescription.FORMATS + "SPARQL_Results_JSON")))
			.isTrue();
		assertThat(description.contains(null, sdProperty("name"), ResourceFactory.createResource(ONTOLOGY_GRAPH)))
			.isTrue();
		assertThat(description.size()).isLessThan(200);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "*/*|text/turtle", "text/turtle|text/turtle", "application/ld+json|application/ld+json",
					"application/rdf+xml|application/rdf+xml",
					"text/turtle;q=1.0, application/rdf+xml;q=0.9, */*;q=0.1|text/turtle",
					"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|text/html" })
	void plainGetNegotiatesBetweenTheQueryPageAndTheServiceDescription(String accept, String expected) {
		HttpResponse<String> response = this.http.get("/sparql", accept);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(expected);
		if (!expected.equals("text/html")) {
			assertThat(HttpTestClient.varies(response, "Accept")).isTrue();
			Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(expected);
			assertThat(RDFParser.fromString(response.body(), lang).toModel().size()).isGreaterThan(5);
		}
	}

	@Test
	void plainGetAskingOnlyForTypesNotOfferedGets406NamingWhatIsOffered() {
		HttpResponse<String> response = this.http
			.send(this.http.request("/sparql").header("Accept", "image/png").header("Accept-Language", "en").GET());

		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(HttpTestClient.varies(response, "Accept")).isTrue();
		assertThat(response.body()).contains("image/png").contains("text/turtle").contains("Service Description");
	}

	@Test
	void anUnknownGraphWithNonAsciiCharactersGets404WithItsWholeMessage() {
		String graph = "https://w3id.org/simimo/graphs/été—ع";

		HttpResponse<byte[]> response = this.http
			.sendForBytes(this.http.request("/sparql?graph=" + HttpTestClient.encode(graph))
				.header("Accept", "text/turtle")
				.GET());

		// Fuseki once counted the Content-Length in characters and sent fewer bytes, so
		// clients waited for the rest.
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
		assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(graph);
	}

	@Test
	void plainGetWithoutAcceptHeaderAndHeadGiveTheDescriptionOnly() {
		HttpResponse<String> noAccept = this.http.get("/sparql", null);
		HttpResponse<String> head = this.http.send(this.http.request("/sparql")
			.header("Accept", "text/turtle")
			.method("HEAD", HttpRequest.BodyPublishers.noBody()));

		assertThat(noAccept.statusCode()).isEqualTo(200);
		assertThat(noAccept.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
		assertThat(noAccept.body()).contains("sd:Service").doesNotContain("owl:Class");
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
		assertThat(head.body()).isEmpty();
	}

	@Test
	void graphStoreDefaultGraphIsTheUnionThatQueriesSee() {
		HttpResponse<String> count = this.http.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
		long union = Long.parseLong(count.body().strip().split("\n")[1].strip());

		HttpResponse<String> defaultGraph = this.http.get("/sparql?default", "application/n-triples");

		assertThat(defaultGraph.statusCode()).isEqualTo(200);
		assertThat(RDFParser.fromString(defaultGraph.body(), Lang.NTRIPLES).toModel().size()).isEqualTo(union);
		assertThat(union).isGreaterThan(100);
	}

	@Test
	void servesTheNamedEndpointsOfTheAssemblersService() {
		HttpResponse<String> query = this.http.get("/sparql/sparql?query=" + HttpTestClient.encode("ASK { ?s ?p ?o }"),
				"application/sparql-results+json");
		HttpResponse<String> graph = this.http.get("/sparql/get?graph=" + HttpTestClient.encode(ONTOLOGY_GRAPH),
				"text/turtle");
		HttpResponse<String> bareGraphStore = this.http.get("/sparql/get", "text/turtle");

		assertThat(query.statusCode()).isEqualTo(200);
		assertThat(query.body()).contains("true");
		assertThat(graph.statusCode()).isEqualTo(200);
		assertThat(RDFParser.fromString(graph.body(), Lang.TURTLE).toModel().size()).isGreaterThan(100);
		assertThat(bareGraphStore.body()).contains("sd:Service").doesNotContain("owl:Class");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"en|Unsupported content type text/plain: send the query as an application/sparql-query body",
			"fr|Type de contenu text/plain non pris en charge : envoyez la requête comme corps application/sparql-query",
			"ar|نوع المحتوى text/plain غير مدعوم" })
	void aQueryPostedAsPlainTextGets400NamingTheContentTypeInTheReadersLanguage(String language, String message) {
		HttpResponse<String> response = this.http.send(this.http.request("/sparql")
			.header("Content-Type", "text/plain")
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).startsWith(message);
	}

	@Test
	void aPostWithoutContentTypeGets400SayingSo() {
		HttpResponse<String> response = this.http.send(this.http.request("/sparql")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).startsWith("POST without a Content-Type");
	}

	@Test
	void aMissingQueryGets400NotTheStore() {
		HttpResponse<String> emptyForm = this.http.send(this.http.request("/sparql")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("format=json")));
		HttpResponse<String> emptyParameter = this.http
			.send(this.http.request("/sparql?query=").header("Accept-Language", "fr").GET());

		assertThat(emptyForm.statusCode()).isEqualTo(400);
		assertThat(emptyForm.body()).startsWith("No query: give it in the query parameter");
		assertThat(emptyParameter.statusCode()).isEqualTo(400);
		assertThat(emptyParameter.body()).startsWith("Aucune requête : donnez-la dans le paramètre query");
	}

	@Test
	void anUpdateGets403SayingTheEndpointIsReadOnly() {
		String insert = "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }";
		HttpResponse<String> body = this.http.send(this.http.request("/sparql")
			.header("Content-Type", "application/sparql-update")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(insert)));
		HttpResponse<String> form = this.http.send(this.http.request("/sparql")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "fr")
			.POST(HttpRequest.BodyPublishers.ofString("update=" + HttpTestClient.encode(insert))));
		HttpResponse<String> graphStorePost = this.http.send(this.http.request("/sparql?default")
			.header("Content-Type", "text/turtle")
			.header("Accept-Language", "ar")
			.POST(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 .")));

		assertThat(body.statusCode()).isEqualTo(403);
		assertThat(body.body()).startsWith("This endpoint is read only: it refuses SPARQL updates");
		assertThat(form.statusCode()).isEqualTo(403);
		assertThat(form.body()).startsWith("Ce point d'accès est en lecture seule");
		assertThat(graphStorePost.statusCode()).isEqualTo(403);
		assertThat(graphStorePost.body()).startsWith("نقطة الوصول هذه للقراءة فقط");
	}

	@ParameterizedTest
	@CsvSource({ "PUT", "DELETE", "PATCH" })
	void aGraphStoreWriteGets405SayingTheEndpointIsReadOnly(String method) {
		HttpResponse<String> response = this.http.send(this.http
			.request("/sparql?graph=" + HttpTestClient.encode(ONTOLOGY_GRAPH))
			.header("Content-Type", "text/turtle")
			.header("Accept-Language", "en")
			.method(method, HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 .")));

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue(SparqlProtocolFilter.ALLOWED_METHODS);
		assertThat(response.body()).startsWith("Method " + method + " refused: this endpoint is read only");
	}

	private static Resource sd(String name) {
		return ResourceFactory.createResource(ServiceDescription.SD + name);
	}

	private static org.apache.jena.rdf.model.Property sdProperty(String name) {
		return ResourceFactory.createProperty(ServiceDescription.SD + name);
	}

}
