package ma.hcp.simimo.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts.Draft;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out path: a plain Fuseki server built from fuseki-config/simimo.ttl serves
 * the store, the application's own queries give the same answers through it as
 * in-process, and the application in remote mode serves its pages, graph downloads and
 * queries from it, and refuses every write of the public content or of its drafts
 * (decision 0027, "Remote store").
 */
class FusekiStandaloneIntegrationTests {

	private static FusekiServer fuseki;

	private static Dataset dataset;

	private static QueryRegistry registry;

	private static String endpoint;

	private static Path unusedStore;

	private static ConfigurableApplicationContext application;

	private static HttpTestClient remoteApplication;

	/** A published dataset whose draft an earlier, embedded installation saved. */
	private static final String DRAFTED = "ene";

	private static final String DRAFTED_IRI = "https://w3id.org/simimo/datasets/" + DRAFTED;

	private static final String COORDINATOR = "zq-remote-coordinator";

	private static final String PASSWORD = "a remote coordinator's password";

	@BeforeAll
	static void startFusekiFromTheAssembler() {
		Path directory = TestStoreDirectories.fresh("fuseki");
		Model config = StoreAssembler.configuration(TestStores.ASSEMBLER, directory);
		fuseki = FusekiServer.create().port(0).loopback(true).parseConfig(config).build().start();
		dataset = DatasetFactory.wrap(fuseki.getDataAccessPointRegistry().get("/simimo").getDataService().getDataset());
		registry = new QueryRegistry();
		TestStores.loader(dataset).load(Path.of("."), List.of("ontology", "vocabularies"));
		endpoint = fuseki.datasetURL("/simimo") + "/sparql";
		unusedStore = TestStoreDirectories.fresh("remote-unused");
		saveADraftAsAnEmbeddedInstallationWould();
		application = new SpringApplicationBuilder(SimimoApplication.class).run("--server.port=0",
				"--simimo.store.endpoint=" + endpoint, "--simimo.store.directory=" + unusedStore,
				"--simimo.accounts.first-administrator.username=" + RunningApplication.ADMIN,
				"--simimo.accounts.first-administrator.password=" + RunningApplication.ADMIN_PASSWORD);
		remoteApplication = new HttpTestClient(((WebServerApplicationContext) application).getWebServer().getPort());
	}

	/**
	 * The private store of an installation that had the embedded store, and saved a draft
	 * there, before it was pointed at the remote endpoint.
	 */
	private static void saveADraftAsAnEmbeddedInstallationWould() {
		PrivateStore earlier = PrivateStore.open(unusedStore, registry);
		try {
			RecordDrafts drafts = new RecordDrafts(earlier, Optional.of(dataset), registry,
					new GraphNames("https://w3id.org/simimo/"), "ontology/shapes.ttl");
			drafts.save(DRAFTED_IRI, "urn:simimo:account:earlier", drafts.published(DRAFTED_IRI));
		}
		finally {
			earlier.close();
		}
	}

	@AfterAll
	static void stopFuseki() {
		application.close();
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
		HttpResponse<String> turtle = remoteApplication.get("/def", "text/turtle");
		assertThat(turtle.statusCode()).isEqualTo(200);
		assertThat(RDFParser.fromString(turtle.body(), Lang.TURTLE).toModel().size()).isGreaterThan(5);
		assertThat(remoteApplication.get("/actuator/health", null).body()).contains("remote SPARQL endpoint");
		HttpResponse<String> protocol = remoteApplication.get("/sparql?query=" + HttpTestClient.encode("ASK {}"), null);
		assertThat(protocol.statusCode()).isEqualTo(307);
		assertThat(protocol.headers().firstValue("Location").orElseThrow()).startsWith(endpoint);
		assertThat(unusedStore.resolve("tdb2")).doesNotExist();
		HttpResponse<String> page = remoteApplication.get("/sparql", "text/html");
		assertThat(page.body()).contains("data-endpoint=\"" + endpoint + "\"");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("connect-src 'self' http://localhost:" + fuseki.getHttpPort());
	}

	@Test
	void graphDownloadThroughTheRemoteModeApplicationGivesFusekisNamedGraph() {
		String ontology = "https://w3id.org/simimo/graphs/ontology/simimo";

		HttpResponse<String> download = following("/sparql?graph=" + HttpTestClient.encode(ontology), "text/turtle",
				null);

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
		Model expected = Txn.calculateRead(dataset,
				() -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(ontology)));
		assertThat(RDFParser.fromString(download.body(), Lang.TURTLE).toModel().isIsomorphicWith(expected)).isTrue();
	}

	@Test
	void defaultGraphDownloadThroughTheRemoteModeApplicationIsTheUnion() {
		HttpResponse<String> download = following("/sparql?default", "application/n-triples", null);

		assertThat(download.statusCode()).isEqualTo(200);
		long union = Txn.calculateRead(dataset, () -> dataset.getUnionModel().size());
		assertThat(RDFParser.fromString(download.body(), Lang.NTRIPLES).toModel().size()).isEqualTo(union);
	}

	@Test
	void queriesThroughTheRemoteModeApplicationAreAnsweredByFuseki() {
		String ask = "ASK { ?s a <http://www.w3.org/2002/07/owl#Class> }";
		HttpResponse<String> get = following("/sparql?query=" + HttpTestClient.encode(ask),
				"application/sparql-results+json", null);
		HttpResponse<String> post = following("/sparql", "application/sparql-results+json",
				"query=" + HttpTestClient.encode(ask));

		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.body()).contains("true");
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(post.body()).contains("true");
	}

	@Test
	void pagesAndTheServiceDescriptionWorkInRemoteMode() {
		assertThat(remoteApplication.get("/", "text/html").statusCode()).isEqualTo(200);
		assertThat(remoteApplication.get("/def", "text/html").statusCode()).isEqualTo(200);
		assertThat(remoteApplication.get("/catalogue", "text/html").statusCode()).isEqualTo(200);
		HttpResponse<String> description = remoteApplication.get("/sparql", "text/turtle");
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("sd:Service")
			.contains("https://w3id.org/simimo/graphs/ontology/simimo");
	}

	@Test
	void theStoreOperationsAreRefusedInRemoteModeAndThePrivateStoreIsStillCompacted() {
		CookieSession admin = CookieSession.signedIn(remoteApplication, RunningApplication.ADMIN,
				RunningApplication.ADMIN_PASSWORD);
		HttpResponse<String> page = admin.get("/admin/operations?lang=en");
		HttpResponse<String> compaction = admin.submitForm("/admin/operations?lang=en", "/admin/operations/compaction",
				"x=1");
		HttpResponse<String> textIndex = admin.submitForm("/admin/operations?lang=en", "/admin/operations/text-index",
				"x=1");
		HttpResponse<String> privateCompaction = admin.submitForm("/admin/operations",
				"/admin/operations/private-compaction", "x=1");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("remote SPARQL endpoint")
			.contains("is not possible here: the public store is a remote endpoint")
			.doesNotContain("action=\"/admin/operations/compaction\"")
			.contains("action=\"/admin/operations/private-compaction\"");
		assertThat(compaction.statusCode()).isEqualTo(409);
		assertThat(compaction.body()).contains(
				"&quot;Compact the public store&quot; is not possible here: the public store is a remote endpoint");
		assertThat(textIndex.statusCode()).isEqualTo(409);
		assertThat(privateCompaction.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/operations?lang=en").body()).contains("Private store compacted");
	}

	@Test
	void theFrontDoorRefusesUpdatesAndMalformedRequestsInRemoteModeToo() {
		HttpResponse<String> update = remoteApplication.post("/sparql", "application/sparql-update",
				"INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }", null);
		HttpResponse<String> plainText = remoteApplication.post("/sparql", "text/plain", "ASK {}", null);
		HttpResponse<String> badGraph = remoteApplication.get("/sparql?graph=" + HttpTestClient.encode("not an iri"),
				null);

		assertThat(update.statusCode()).isEqualTo(403);
		assertThat(plainText.statusCode()).isEqualTo(400);
		assertThat(plainText.body()).contains("text/plain");
		assertThat(badGraph.statusCode()).isEqualTo(400);
		assertThat(badGraph.body()).contains("not an iri");
	}

	@Test
	void theEditFormsSayThePublicStoreIsRemoteInsteadOfOfferingAFormThatWouldFail() {
		CookieSession coordinator = coordinator();

		HttpResponse<String> edit = coordinator.get("/datasets/" + DRAFTED + "/edit?lang=en");
		HttpResponse<String> created = coordinator.get("/datasets/new?lang=en");
		HttpResponse<String> french = coordinator.get("/datasets/" + DRAFTED + "/edit?lang=fr");
		HttpResponse<String> arabic = coordinator.get("/datasets/" + DRAFTED + "/edit?lang=ar");

		for (HttpResponse<String> page : List.of(edit, created)) {
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Public store read only")
				.contains("is a remote SPARQL endpoint (simimo.store.endpoint)")
				.contains("docs/deployment.md")
				.doesNotContain("class=\"dataset-edit\"")
				.doesNotContain("Nothing was saved");
		}
		// No form, so no draft revision to carry (decision 0027, concurrent edits):
		// neither
		// the hidden field nor the ETag of the form's version.
		assertThat(edit.body()).doesNotContain("name=\"revision\"");
		assertThat(edit.headers().firstValue("ETag")).isEmpty();
		assertThat(french.body()).contains("Magasin public en lecture seule").contains("simimo.store.endpoint");
		assertThat(arabic.body()).contains("المخزن العام للقراءة فقط").contains("dir=\"rtl\"");
		// The drafts stay readable: the list, and the draft's page.
		assertThat(coordinator.get("/drafts").body()).contains("/datasets/" + DRAFTED + "/draft");
		HttpResponse<String> draft = coordinator.get("/datasets/" + DRAFTED + "/draft?lang=en");
		assertThat(draft.statusCode()).isEqualTo(200);
		assertThat(draft.body()).contains("is a remote SPARQL endpoint (simimo.store.endpoint)")
			.doesNotContain("action=\"/datasets/" + DRAFTED + "/submit\"")
			.doesNotContain("href=\"/datasets/" + DRAFTED + "/discard\"");
	}

	@Test
	void theCoordinatorsEndpointAndARestrictionAreRefusedAndNeverSentToTheRemoteEndpoint() {
		CookieSession coordinator = coordinator();

		HttpResponse<String> query = coordinator
			.send(remoteApplication.request("/sparql/all?query=" + ma.hcp.simimo.HttpTestClient.encode("ASK {}"))
				.header("Accept-Language", "en")
				.GET());
		HttpResponse<String> restrict = coordinator.submitForm("/", "/datasets/" + DRAFTED + "/restrict?lang=en",
				"x=1");

		assertThat(query.statusCode()).isEqualTo(409);
		assertThat(query.body()).contains("/sparql/all is not available").contains("simimo.store.endpoint");
		assertThat(query.headers().firstValue("Location")).isEmpty();
		assertThat(restrict.statusCode()).isEqualTo(409);
		assertThat(restrict.body()).contains("Nothing was saved.");
		assertThat(application.getBean(RecordRestrictions.class).isRestricted(DRAFTED_IRI)).isFalse();
	}

	@Test
	void aCoordinatorsSaveSubmitNewDatasetAndDiscardAreRefusedAndNothingIsWritten() {
		CookieSession coordinator = coordinator();
		RecordDrafts drafts = application.getBean(RecordDrafts.class);
		Draft before = drafts.draftOf(DRAFTED_IRI).orElseThrow();

		String form = "titleFr=Zqremote+titre&titleEn=&titleAr=&descriptionFr=&descriptionEn=&descriptionAr="
				+ "&keywordsFr=&keywordsEn=&keywordsAr=&coverageStart=&coverageEnd=&accessRights=&stockOrFlow=";
		// A form loaded before the switch carries the draft's revision; a revision
		// missing
		// is not a 400 either: the remote store is refused before the revision is read.
		HttpResponse<String> save = coordinator.submitForm("/", "/datasets/" + DRAFTED + "/edit?lang=en",
				form + "&revision=" + before.revision());
		HttpResponse<String> saveWithoutRevision = coordinator.submitForm("/", "/datasets/" + DRAFTED + "/edit?lang=en",
				form);
		HttpResponse<String> submit = coordinator.submitForm("/", "/datasets/" + DRAFTED + "/submit?lang=en",
				"comment=Zqremote");
		HttpResponse<String> created = coordinator.submitForm("/", "/datasets/new?lang=en",
				"producer=hcp&titleFr=Zqremote+nouveau");
		HttpResponse<String> discard = coordinator.submitForm("/", "/datasets/" + DRAFTED + "/discard?lang=en", "x=1");

		for (HttpResponse<String> refused : List.of(save, saveWithoutRevision, submit, created, discard)) {
			assertThat(refused.statusCode()).isEqualTo(409);
			assertThat(refused.body()).contains("Public store read only")
				.contains("is a remote SPARQL endpoint (simimo.store.endpoint)")
				.contains("Nothing was saved.")
				.contains("docs/deployment.md");
		}
		assertThat(drafts.all()).containsExactly(before);
		assertThat(drafts.history().of(DRAFTED_IRI)).isEmpty();
	}

	@Test
	void aListedGlossaryIsRefusedWithARemoteStoreAndAPrivateOneIsStillSaved() {
		CookieSession coordinator = coordinator();
		String selection = "concepts="
				+ HttpTestClient.encode("https://w3id.org/simimo/concepts/un-1998/long-term-migrant") + "&langs=fr";

		HttpResponse<String> builder = coordinator.get("/glossary?lang=en&" + selection);
		HttpResponse<String> listed = coordinator.submitForm("/", "/glossary?lang=en",
				"title=Zqremote+listed&visibility=public&" + selection);
		HttpResponse<String> unlisted = coordinator.submitForm("/", "/glossary",
				"title=Zqremote+private&visibility=private&" + selection);

		assertThat(builder.body()).contains("A glossary cannot be public here")
			.contains("class=\"glossary-save\"")
			.containsPattern("value=\"public\"[^>]*disabled")
			.containsPattern("value=\"private\"[^>]*checked");
		assertThat(listed.statusCode()).isEqualTo(409);
		assertThat(listed.body()).contains("is a remote SPARQL endpoint (simimo.store.endpoint)")
			.contains("Nothing was saved.");
		assertThat(unlisted.statusCode()).as(unlisted.body()).isEqualTo(303);
		assertThat(coordinator.get("/glossary/mine").body()).contains("Zqremote private")
			.doesNotContain("Zqremote listed");
	}

	@Test
	void anAdministratorStillCreatesAccountsSinceTheyAreInThePrivateStore() {
		CookieSession admin = CookieSession.signedIn(remoteApplication, RunningApplication.ADMIN,
				RunningApplication.ADMIN_PASSWORD);

		HttpResponse<String> created = admin.submitForm("/admin/accounts", "/admin/accounts",
				"userName=zq-remote-member&name=&password=" + HttpTestClient.encode(PASSWORD) + "&roles=MEMBER");

		assertThat(created.statusCode()).as(created.body()).isIn(302, 303);
		assertThat(application.getBean(AccountRepository.class).byUserName("zq-remote-member")).isPresent();
	}

	private static CookieSession coordinator() {
		AccountRepository accounts = application.getBean(AccountRepository.class);
		if (accounts.byUserName(COORDINATOR).isEmpty()) {
			accounts.create(COORDINATOR, "", PASSWORD, Set.of(Role.COORDINATOR), Set.of());
		}
		return CookieSession.signedIn(remoteApplication, COORDINATOR, PASSWORD);
	}

	/**
	 * A client that follows the application's redirect to Fuseki, as SPARQL clients do.
	 */
	private static HttpResponse<String> following(String path, String accept, String form) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(remoteApplication.url(path)))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", accept);
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		}
		try {
			return HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NORMAL)
				.build()
				.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
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
