package ma.hcp.simimo.sparql;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.CounterSet;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningFixtureApplication;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public endpoint on the ontology and the linked-data fixtures, with the limits of
 * {@link RunningFixtureApplication}: 50 solutions, 2 seconds.
 */
class SparqlEndpointIntegrationTests extends RunningFixtureApplication {

	private static final String ONTOLOGY_CLASSES = """
			PREFIX owl: <http://www.w3.org/2002/07/owl#>
			PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
			SELECT ?class ?label WHERE { ?class a owl:Class ; rdfs:label ?label . FILTER(lang(?label) = "fr") }
			ORDER BY ?class""";

	private static final String CONSTRUCT_ONTOLOGY = """
			PREFIX owl: <http://www.w3.org/2002/07/owl#>
			PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
			CONSTRUCT { ?class rdfs:label ?label } WHERE { ?class a owl:Class ; rdfs:label ?label }""";

	// Four independent triple patterns over the whole store: too many combinations to
	// count in the time limit.
	private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

	@Autowired
	DataAccessPointRegistry sparqlAccessPoints;

	@ParameterizedTest
	@CsvSource({ "application/sparql-results+json, JSON", "application/sparql-results+xml, XML", "text/csv, CSV",
			"text/tab-separated-values, TSV" })
	void answersSelectInEachResultFormat(String accept, String langName) {
		HttpResponse<String> response = this.http.query(ONTOLOGY_CLASSES, accept);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
		Lang lang = switch (langName) {
			case "JSON" -> ResultSetLang.RS_JSON;
			case "XML" -> ResultSetLang.RS_XML;
			case "CSV" -> ResultSetLang.RS_CSV;
			default -> ResultSetLang.RS_TSV;
		};
		ResultSet results = ResultSetMgr.read(stream(response.body()), lang);
		int rows = 0;
		while (results.hasNext()) {
			results.next();
			rows++;
		}
		assertThat(rows).isGreaterThanOrEqualTo(5);
	}

	@ParameterizedTest
	@CsvSource({ "text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML" })
	void answersConstructAndDescribeInEachRdfFormat(String accept, String langName) {
		Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(langName);
		for (String query : new String[] { CONSTRUCT_ONTOLOGY, "DESCRIBE <https://w3id.org/simimo/def#Divergence>" }) {
			HttpResponse<String> response = this.http.query(query, accept);

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
			Model model = RDFParser.fromString(response.body(), lang).toModel();
			assertThat(model.size()).as(query).isGreaterThan(0);
		}
	}

	@Test
	void answersAQuerySentAsGetAndAsAQueryBody() {
		HttpResponse<String> get = this.http.get("/sparql?query=" + HttpTestClient.encode("ASK { ?s ?p ?o }"),
				"application/sparql-results+json");
		HttpResponse<String> body = this.http.post("/sparql", "application/sparql-query", "ASK { ?s ?p ?o }",
				"application/sparql-results+json");

		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.body()).contains("\"boolean\" : true");
		assertThat(body.statusCode()).isEqualTo(200);
		assertThat(body.body()).contains("\"boolean\" : true");
	}

	@Test
	void servesTheDefaultGraphAsTheUnionOfTheNamedGraphs() {
		HttpResponse<String> graphs = this.http.query(
				"SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }",
				"text/csv");
		HttpResponse<String> union = this.http.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");

		assertThat(union.body()).isEqualTo(graphs.body());
		// Graph Store Protocol reads: one named graph, and the union under Jena's
		// reserved name.
		HttpResponse<String> ontology = this.http.get(
				"/sparql?graph=" + HttpTestClient.encode("https://w3id.org/simimo/graphs/ontology/simimo"),
				"application/n-triples");
		assertThat(ontology.statusCode()).isEqualTo(200);
		assertThat(RDFParser.fromString(ontology.body(), Lang.NTRIPLES).toModel().size()).isGreaterThan(100);
		HttpResponse<String> all = this.http.get("/sparql?graph=urn:x-arq:UnionGraph", "application/n-triples");
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(RDFParser.fromString(all.body(), Lang.NTRIPLES).toModel().size())
			.isEqualTo(Long.parseLong(union.body().strip().split("\n")[1].strip()));
	}

	@Test
	void refusesEveryKindOfUpdateAndChangesNothing() {
		long before = tripleCount();
		String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }";

		assertThat(this.http.post("/sparql", "application/sparql-update", insert, null).statusCode()).isBetween(400,
				499);
		assertThat(this.http
			.post("/sparql", "application/x-www-form-urlencoded", "update=" + HttpTestClient.encode(insert), null)
			.statusCode()).isBetween(400, 499);
		assertThat(this.http.post("/sparql/update", "application/sparql-update", insert, null).statusCode())
			.isBetween(400, 499);
		assertThat(this.http
			.post("/sparql", "application/x-www-form-urlencoded", "update=" + HttpTestClient.encode("DROP ALL"), null)
			.statusCode()).isBetween(400, 499);
		assertThat(this.http.post("/sparql", "application/sparql-query", insert, null).statusCode()).isBetween(400,
				499);
		String turtle = "<http://example.org/s> <http://example.org/p> 1 .";
		assertThat(this.http.send("PUT", "/sparql?default", "text/turtle", turtle).statusCode()).isBetween(400, 499);
		assertThat(this.http
			.post("/sparql?graph=" + HttpTestClient.encode("http://example.org/g"), "text/turtle", turtle, null)
			.statusCode()).isBetween(400, 499);
		assertThat(this.http
			.send("DELETE", "/sparql?graph=" + HttpTestClient.encode("https://w3id.org/simimo/graphs/ontology/simimo"),
					"text/plain", "")
			.statusCode()).isBetween(400, 499);
		assertThat(this.http.send("PATCH", "/sparql", "application/rdf-patch", "A <http://a> <http://b> <http://c> .")
			.statusCode()).isBetween(400, 499);

		assertThat(tripleCount()).isEqualTo(before);
	}

	@Test
	void capsResultsAtTheConfiguredLimitAndSaysSo() {
		HttpResponse<String> response = this.http.query("SELECT * WHERE { ?s ?p ?o }", "text/csv");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().strip().split("\n")).hasSize(51);
		assertThat(response.headers().firstValue(ReadOnlyQueryProcessor.RESULT_LIMIT_HEADER)).hasValue("50");
	}

	@Test
	void cutsOffARunawayQueryWhileAnotherQueryStillAnswers() throws Exception {
		CounterSet counters = this.sparqlAccessPoints.get("/sparql").getDataService().getCounters();
		long received = counters.value(CounterName.Requests);
		CompletableFuture<HttpResponse<String>> runaway = CompletableFuture
			.supplyAsync(() -> this.http.query(RUNAWAY, "application/sparql-results+json"));
		// Ask only once Fuseki has taken the runaway in, however long that takes here.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> counters.value(CounterName.Requests) != received || runaway.isDone());

		HttpResponse<String> meanwhile = this.http.query("ASK { ?s ?p ?o }", "application/sparql-results+json");
		assertThat(meanwhile.statusCode()).isEqualTo(200);
		assertThat(runaway.isDone()).as("second query answered while the runaway still ran").isFalse();

		HttpResponse<String> cut = runaway.get(60, TimeUnit.SECONDS);
		assertThat(cut.statusCode()).isEqualTo(503);
		assertThat(cut.body()).startsWith("Requête interrompue : elle a dépassé la limite de 2000 ms");
	}

	@Test
	void refusesAnOversizedQueryBodyBeforeReadingIt() {
		String huge = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(300 * 1024);

		HttpResponse<String> response = this.http.post("/sparql", "application/sparql-query", huge, null);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("au-delà de la limite de 262144 octets");
	}

	@Test
	void refusesAnOversizedChunkedQueryBodyOnTheBytesRead() {
		// No Content-Length: the client streams the body in chunks, as one with 100 MB
		// would.
		byte[] huge = ("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = this.http.send(this.http.request("/sparql")
			.header("Content-Type", "application/sparql-query")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body())
			.isEqualTo("Requête refusée : son corps dépasse la limite de 262144 octets de ce point d'accès.\n");
	}

	@Test
	void refusesAnOversizedQueryInAChunkedFormBeforeParsingIt() {
		// A chunked form is read by Tomcat to its own limit (1 MB), past the endpoint's.
		byte[] form = ("query=" + HttpTestClient.encode("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(600 * 1024)))
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = this.http.send(this.http.request("/sparql")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body())
			.isEqualTo("Requête refusée : son corps dépasse la limite de 262144 octets de ce point d'accès.\n");
	}

	@Test
	void answersASmallChunkedQueryBody() {
		byte[] query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1".getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = this.http.send(this.http.request("/sparql")
			.header("Content-Type", "application/sparql-query")
			.header("Accept", "application/sparql-results+json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(query))));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"bindings\"");
	}

	@Test
	void reportsASyntaxErrorWithItsPosition() {
		HttpResponse<String> response = this.http.query("SELECT * WHERE { ?s ?p }", "application/sparql-results+json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("line 1");
	}

	@Test
	void servesTheQueryPageToBrowsers() {
		HttpResponse<String> page = this.http.get("/sparql", "text/html,application/xhtml+xml");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("yasgui.min.js").contains("/js/sparql-page-").doesNotContain("https://cdn");
		assertThat(page.body()).contains("class=\"example-query\"");
		assertThat(this.http.get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", null).statusCode())
			.isEqualTo(200);
	}

	private long tripleCount() {
		String csv = this.http.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv").body();
		return Long.parseLong(csv.strip().split("\n")[1].strip());
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
