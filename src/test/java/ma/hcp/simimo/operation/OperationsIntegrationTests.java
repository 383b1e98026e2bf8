package ma.hcp.simimo.operation;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.EmbeddedStore;
import ma.hcp.simimo.store.PrivateStore;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.StoreCompaction;
import ma.hcp.simimo.store.StoreInspection;
import ma.hcp.simimo.store.StoreOperation;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The administrators' operations page over real HTTP on the seed catalogue: the health
 * details for an administrator in each language and for nobody else; each operation doing
 * its work on the running application (the text index repaired, both stores compacted
 * online with every quad kept and the application still answering); one operation at a
 * time; and no operation run without the form's token.
 */
class OperationsIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "an operator's long password";

	private static final String TEXT_COUNT = "PREFIX text: <http://jena.apache.org/text#>\n"
			+ "PREFIX simimo: <https://w3id.org/simimo/def#>\n"
			+ "SELECT (COUNT(?s) AS ?n) WHERE { (?s ?score) text:query (simimo:anyText \"migration\" 100000) }";

	@Autowired
	AccountRepository accounts;

	@Autowired
	SparqlExecutor store;

	@Autowired
	EmbeddedStore embedded;

	@Autowired
	PrivateStore privateStore;

	@Autowired
	StoreInspection inspection;

	@Autowired
	OperationRunner runner;

	@Test
	void listsTheLoadedContentFilesForAnAdministratorAndNoLongerOnTheHomePage() {
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		String operations = admin.get("/admin/operations?lang=en").body();
		assertThat(operations).contains("<table class=\"loaded-graphs\">").contains("vocabularies/");
		assertThat(this.http.get("/?lang=en", "text/html").body()).doesNotContain("loaded-graphs")
			.doesNotContain("vocabularies/");
	}

	@Test
	void showsTheStoresHealthDetailsToAnAdministratorInEachLanguage() {
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		long triples = this.store
			.select("store/countTriples", new QuerySolutionMap(), (row) -> row.getLiteral("triples").getLong())
			.get(0);

		HttpResponse<String> english = admin.get("/admin/operations?lang=en");
		HttpResponse<String> french = admin.get("/admin/operations?lang=fr");
		HttpResponse<String> arabic = admin.get("/admin/operations?lang=ar");

		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("Public store")
			.contains("Text index (jena-text)")
			.contains("Search index")
			.contains("Private store")
			.contains("Last content load")
			.contains("dir=\"ltr\">" + triples + "<")
			.contains("TDB2 generation (Data-NNNN)")
			.contains("Agrees with the store")
			.contains("Rebuild the search index")
			.contains("Compact the public store")
			.contains("action=\"/admin/operations/compaction\"")
			.contains("name=\"_csrf\"");
		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(french.body()).contains("Magasin public").contains("Compacter le magasin public");
		assertThat(arabic.statusCode()).isEqualTo(200);
		assertThat(arabic.body()).contains("dir=\"rtl\"").contains("المخزن العام");
		// Counts and versions only: nothing the private store holds.
		assertThat(english.body()).doesNotContain("{bcrypt}").doesNotContain("urn:simimo:account:");
	}

	@Test
	void refusesACoordinatorAndAMemberAndSendsAReaderToSignIn() {
		int generation = this.privateStore.status().generation();
		for (Set<Role> roles : List.of(Set.of(Role.COORDINATOR), Set.<Role>of())) {
			String name = "operator-" + (roles.isEmpty() ? "member" : "coordinator");
			if (this.accounts.byUserName(name).isEmpty()) {
				this.accounts.create(name, "", PASSWORD, roles, Set.of());
			}
			CookieSession other = CookieSession.signedIn(this.http, name, PASSWORD);
			assertThat(other.get("/admin/operations").statusCode()).isEqualTo(403);
			assertThat(other.submitForm("/", "/admin/operations/private-compaction", "x=1").statusCode())
				.isEqualTo(403);
		}
		CookieSession reader = new CookieSession(this.http);
		HttpResponse<String> page = reader.get("/admin/operations");
		HttpResponse<String> post = reader.submitForm("/sign-in", "/admin/operations/private-compaction", "x=1");

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		assertThat(post.statusCode()).isEqualTo(302);
		assertThat(post.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		assertThat(this.privateStore.status().generation()).isEqualTo(generation);
	}

	@Test
	void theTextIndexCheckRebuildsAnIndexThatLostItsDocuments() throws Exception {
		TextIndexLucene index = luceneIndex(this.embedded.dataset().asDatasetGraph());
		index.getIndexWriter().deleteAll();
		index.getIndexWriter().commit();
		assertThat(this.inspection.textIndex().orElseThrow().agreesWithStore()).isFalse();
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> ran = admin.submitForm("/admin/operations", "/admin/operations/text-index", "x=1");

		assertThat(ran.statusCode()).isEqualTo(302);
		assertThat(ran.headers().firstValue("Location")).hasValue("/admin/operations#text-index");
		assertThat(this.inspection.textIndex().orElseThrow().agreesWithStore()).isTrue();
		assertThat(count(this.http.query(TEXT_COUNT, "application/sparql-results+json").body())).isPositive();
		assertThat(admin.get("/admin/operations?lang=en").body())
			.contains("Text index rebuilt from the store: " + this.inspection.textIndex().orElseThrow().documents()
					+ " documents.")
			.contains("Last run: by admin");

		HttpResponse<String> again = admin.submitForm("/admin/operations", "/admin/operations/text-index", "x=1");
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/operations?lang=en").body()).contains("Text index agrees with the store");
	}

	@Test
	void compactsThePublicStoreOnlineKeepingEveryQuadAndTheApplicationAnswers() {
		Path tdb2 = this.embedded.directory().resolve("tdb2");
		int generation = StoreCompaction.generation(tdb2);
		long quads = quads();
		long texts = count(this.http.query(TEXT_COUNT, "application/sparql-results+json").body());
		String hits = this.http.get("/api/search?q=migrant", "application/json").body();
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> ran = admin.submitForm("/admin/operations", "/admin/operations/compaction", "x=1");

		assertThat(ran.statusCode()).isEqualTo(302);
		assertThat(StoreCompaction.generation(tdb2)).isEqualTo(generation + 1);
		assertThat(Files.exists(tdb2.resolve("Data-%04d".formatted(generation)))).isFalse();
		assertThat(quads()).isEqualTo(quads);
		assertThat(count(this.http.query(TEXT_COUNT, "application/sparql-results+json").body())).isEqualTo(texts);
		assertThat(this.http.get("/api/search?q=migrant", "application/json").body()).isEqualTo(hits);
		assertThat(this.http.get("/datasets/enmi-2018-2019", "text/html").statusCode()).isEqualTo(200);
		assertThat(admin.get("/admin/operations?lang=en").body()).contains("Public store compacted: " + quads
				+ " quads kept, generation " + generation + " → " + (generation + 1));
		// Writes go to the new generation: a glossary saved now is there to read.
		HttpResponse<String> saved = admin.submitForm("/glossary?concepts="
				+ HttpTestClient.encode("https://w3id.org/simimo/concepts/un-1998/long-term-migrant") + "&langs=fr",
				"/glossary",
				"title=Apr%C3%A8s+compactage&visibility=public&concepts="
						+ HttpTestClient.encode("https://w3id.org/simimo/concepts/un-1998/long-term-migrant")
						+ "&langs=fr");
		assertThat(saved.statusCode()).isEqualTo(303);
		assertThat(this.http.get(saved.headers().firstValue("Location").orElseThrow(), "text/html").body())
			.contains("Après compactage");
	}

	@Test
	void compactsThePrivateStoreOnlineAndAccountsStillSignIn() {
		PrivateStore.Status before = this.privateStore.status();
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> ran = admin.submitForm("/admin/operations", "/admin/operations/private-compaction", "x=1");

		assertThat(ran.statusCode()).isEqualTo(302);
		PrivateStore.Status after = this.privateStore.status();
		assertThat(after.generation()).isEqualTo(before.generation() + 1);
		assertThat(after.quads()).isEqualTo(before.quads());
		assertThat(after.graphs()).isEqualTo(before.graphs());
		CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		this.accounts.create("after-compaction", "", PASSWORD, Set.of(), Set.of());
		CookieSession.signedIn(this.http, "after-compaction", PASSWORD);
		assertThat(admin.get("/admin/operations?lang=en").body()).contains("Private store compacted");
	}

	@Test
	void refusesASecondOperationWhileOneRunsAndRunsNothing() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		StoreOperation holding = new Holding(release);
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		Optional<OperationRunner.LastRun> lastBefore = this.runner.last("search-index");
		CompletableFuture<OperationRunner.LastRun> first = CompletableFuture
			.supplyAsync(() -> this.runner.run(holding, "other-admin"));
		await().atMost(java.time.Duration.ofMinutes(1)).until(() -> this.runner.running().isPresent());
		try {
			HttpResponse<String> second = admin.submitForm("/admin/operations?lang=en",
					"/admin/operations/search-index", "x=1");

			assertThat(second.statusCode()).isEqualTo(409);
			assertThat(second.body()).contains("Refused: another operation is running")
				.contains("started by other-admin");
			assertThat(this.runner.last("search-index")).isEqualTo(lastBefore);
		}
		finally {
			release.countDown();
		}
		assertThat(first.get(1, TimeUnit.MINUTES).succeeded()).isTrue();
		assertThat(admin.submitForm("/admin/operations", "/admin/operations/search-index", "x=1").statusCode())
			.isEqualTo(302);
	}

	@Test
	void refusesAnOperationWithoutTheFormsTokenAndRunsNothing() {
		int generation = this.privateStore.status().generation();
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> refused = admin.post("/admin/operations/private-compaction", "x=1");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.privateStore.status().generation()).isEqualTo(generation);
	}

	@Test
	void anUnknownOperationIsNotFound() {
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		assertThat(admin.submitForm("/admin/operations", "/admin/operations/format-disk", "x=1").statusCode())
			.isEqualTo(404);
	}

	private long quads() {
		return this.store
			.select("store/countTriples", new QuerySolutionMap(), (row) -> row.getLiteral("triples").getLong())
			.get(0);
	}

	private static long count(String json) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(json);
		assertThat(matcher.find()).as(json).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static TextIndexLucene luceneIndex(DatasetGraph dataset) {
		DatasetGraph current = dataset;
		while (!(current instanceof DatasetGraphText) && current instanceof DatasetGraphWrapper wrapper) {
			current = wrapper.getWrapped();
		}
		return (TextIndexLucene) ((DatasetGraphText) current).getTextIndex();
	}

	/** An operation that runs until the test lets it end. */
	private record Holding(CountDownLatch release) implements StoreOperation {

		@Override
		public String id() {
			return "test-holding";
		}

		@Override
		public int order() {
			return 0;
		}

		@Override
		public Optional<String> refusal() {
			return Optional.empty();
		}

		@Override
		public Outcome run() {
			try {
				this.release.await(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return Outcome.of("admin.operations.search-index.done", 0);
		}

	}

}
