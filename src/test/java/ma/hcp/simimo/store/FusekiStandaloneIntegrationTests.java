package ma.hcp.simimo.store;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out path: a plain Fuseki server built from fuseki-config/simimo.ttl serves
 * the store, and the application's own queries give the same answers through it as
 * in-process.
 */
class FusekiStandaloneIntegrationTests {

	private static FusekiServer fuseki;

	private static Dataset dataset;

	private static QueryRegistry registry;

	private static String endpoint;

	@BeforeAll
	static void startFusekiFromTheAssembler() {
		Path directory = TestStoreDirectories.fresh("fuseki");
		Model config = StoreAssembler.configuration(TestStores.ASSEMBLER, directory);
		fuseki = FusekiServer.create().port(0).loopback(true).parseConfig(config).build().start();
		dataset = DatasetFactory.wrap(fuseki.getDataAccessPointRegistry().get("/simimo").getDataService().getDataset());
		registry = new QueryRegistry();
		TestStores.loader(dataset).load(Path.of("."), List.of("ontology", "vocabularies"));
		endpoint = fuseki.datasetURL("/simimo") + "/sparql";
	}

	@AfterAll
	static void stopFuseki() {
		fuseki.stop();
		dataset.close();
	}

	static List<String> selectQueries() {
		return new QueryRegistry().namesIn("examples")
			.stream()
			.map((file) -> file.substring(0, file.length() - ".rq".length()))
			.toList();
	}

	@ParameterizedTest
	@MethodSource("selectQueries")
	void exampleQueryGivesTheSameRowsThroughFusekiAsInProcess(String name) {
		SparqlExecutor remote = new SparqlExecutor(registry, new RemoteQueryTarget(endpoint, Duration.ofSeconds(30)));
		SparqlExecutor local = new SparqlExecutor(registry, new EmbeddedQueryTarget(dataset));

		Set<String> throughFuseki = rows(remote, name);
		Set<String> inProcess = rows(local, name);

		assertThat(throughFuseki).isEqualTo(inProcess);
	}

	@Test
	void describeQueryGivesTheSameGraphThroughFusekiAsInProcess() {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("resource", ResourceFactory.createResource("https://w3id.org/simimo/def#Divergence"));
		SparqlExecutor remote = new SparqlExecutor(registry, new RemoteQueryTarget(endpoint, Duration.ofSeconds(30)));
		SparqlExecutor local = new SparqlExecutor(registry, new EmbeddedQueryTarget(dataset));

		Model throughFuseki = remote.construct("linkeddata/describeResource", bindings);

		assertThat(throughFuseki.size()).isGreaterThan(5);
		assertThat(throughFuseki.isIsomorphicWith(local.construct("linkeddata/describeResource", bindings))).isTrue();
	}

	@Test
	void applicationRunsAgainstTheRemoteEndpointInsteadOfItsEmbeddedStore() {
		Path unused = TestStoreDirectories.fresh("remote-unused");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class)
			.run("--server.port=0", "--simimo.store.endpoint=" + endpoint, "--simimo.store.directory=" + unused)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpTestClient http = new HttpTestClient(port);

			HttpResponse<String> turtle = http.get("/def", "text/turtle");
			assertThat(turtle.statusCode()).isEqualTo(200);
			assertThat(RDFParser.fromString(turtle.body(), Lang.TURTLE).toModel().size()).isGreaterThan(5);
			assertThat(http.get("/actuator/health", null).body()).contains("remote SPARQL endpoint");
			HttpResponse<String> protocol = http.get("/sparql?query=" + HttpTestClient.encode("ASK {}"), null);
			assertThat(protocol.statusCode()).isEqualTo(307);
			assertThat(protocol.headers().firstValue("Location").orElseThrow()).startsWith(endpoint);
			assertThat(unused.resolve("tdb2")).doesNotExist();
			HttpResponse<String> page = http.get("/sparql", "text/html");
			assertThat(page.body()).contains("data-endpoint=\"" + endpoint + "\"");
			assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("connect-src 'self' http://localhost:" + fuseki.getHttpPort());
		}
	}

	private static Set<String> rows(SparqlExecutor executor, String name) {
		return executor.select(name, new QuerySolutionMap(), FusekiStandaloneIntegrationTests::row)
			.stream()
			.collect(Collectors.toSet());
	}

	private static String row(QuerySolution solution) {
		List<String> names = new java.util.ArrayList<>();
		solution.varNames().forEachRemaining(names::add);
		return names.stream()
			.sorted()
			.filter((var) -> !solution.get(var).isAnon())
			.map((var) -> var + "=" + solution.get(var))
			.collect(Collectors.joining(";"));
	}

}
