package ma.hcp.simimo.sparql;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /sparql/all} over real HTTP with real sign-in (decision 0027): a coordinator's
 * queries see a dataset's draft, which the anonymous {@code /sparql} does not;
 * contributors get 403 and readers the sign-in page; updates and the Graph Store Protocol
 * are refused; a POST needs the CSRF token; the private store's accounts, history and
 * settings are not in the view. The draft is of a dataset no other test edits.
 */
class CoordinatorSparqlIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a coordinator's long password";

	private static final String DATASET = "/datasets/miepeec-moroccan-workers-placed-abroad";

	private static final String DRAFT_WORD = "Zqvuecoordinateurs";

	private static final String FINDS_DRAFT = """
			SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (CONTAINS(STR(?o), "%s")) }""".formatted(DRAFT_WORD);

	@Autowired
	AccountRepository accounts;

	private CookieSession coordinator;

	@BeforeEach
	void draftOfTheDataset() {
		this.coordinator = CookieSession.signedInAs(this.http, this.accounts, "zq-sparql-all-coordinator", PASSWORD,
				Role.COORDINATOR, null);
		if (!this.coordinator.get(DATASET + "/draft").body().contains(DRAFT_WORD)) {
			HttpResponse<String> saved = this.coordinator.submitForm(DATASET + "/edit", DATASET + "/edit", "titleFr="
					+ HttpTestClient.encode(DRAFT_WORD + " placés à l’étranger") + "&descriptionFr=Description");
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		}
	}

	@Test
	void aCoordinatorSeesTheDraftOnSparqlAllAndReadersDoNotOnSparql() {
		HttpResponse<String> all = this.coordinator.get("/sparql/all?query=" + HttpTestClient.encode(FINDS_DRAFT),
				"text/csv");

		assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
		assertThat(all.body()).contains("urn:simimo:draft:");
		assertThat(this.http.sparqlFinds(DRAFT_WORD)).isFalse();
		HttpResponse<String> signedInOnPublic = this.coordinator.send(this.http.request("/sparql")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString("query=" + HttpTestClient.encode(FINDS_DRAFT))));
		assertThat(signedInOnPublic.statusCode()).isEqualTo(200);
		assertThat(signedInOnPublic.body().strip()).isEqualTo("g");
	}

	@Test
	void theDefaultGraphIsTheUnionOfPublishedAndDraftGraphs() {
		String query = """
				PREFIX dct: <http://purl.org/dc/terms/>
				SELECT ?title WHERE { <https://w3id.org/simimo%s> dct:title ?title FILTER (LANG(?title) = "fr") }"""
			.formatted(DATASET);

		HttpResponse<String> all = this.coordinator.get("/sparql/all?query=" + HttpTestClient.encode(query),
				"text/csv");

		assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
		assertThat(all.body()).contains(DRAFT_WORD).contains("Travailleurs marocains placés");
	}

	@Test
	void textQueryOnSparqlAllSearchesThePublishedIndexOnly() {
		String text = """
				PREFIX text: <http://jena.apache.org/text#>
				SELECT ?s WHERE { ?s text:query "%s" } ORDER BY ?s""";

		HttpResponse<String> all = this.coordinator
			.get("/sparql/all?query=" + HttpTestClient.encode(text.formatted("Travailleurs")), "text/csv");
		HttpResponse<String> draft = this.coordinator
			.get("/sparql/all?query=" + HttpTestClient.encode(text.formatted(DRAFT_WORD)), "text/csv");

		assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
		assertThat(all.body().lines().count()).isGreaterThan(1);
		assertThat(all.body()).isEqualTo(this.http.query(text.formatted("Travailleurs"), "text/csv").body());
		assertThat(draft.body().strip()).isEqualTo("s");
	}

	@Test
	void theViewHoldsNoAccountHistoryOrSettingsGraph() {
		String graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), \"urn:\")) }";

		HttpResponse<String> all = this.coordinator.get("/sparql/all?query=" + HttpTestClient.encode(graphs),
				"text/csv");

		assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
		assertThat(all.body().lines().skip(1).toList()).isNotEmpty()
			.allSatisfy((graph) -> assertThat(graph).matches("urn:simimo:(draft|restricted):.+"));
		assertThat(all.body()).doesNotContain("passwordHash").doesNotContain("urn:simimo:graph:");
	}

	@Test
	void aContributorIsRefusedAndAReaderIsSentToSignIn() {
		CookieSession contributor = CookieSession.signedInAs(this.http, this.accounts, "zq-sparql-all-contributor",
				PASSWORD, Role.CONTRIBUTOR, "miepeec");
		String path = "/sparql/all?query=" + HttpTestClient.encode(FINDS_DRAFT);

		HttpResponse<String> refused = contributor.get(path, "text/csv");
		HttpResponse<String> reader = new CookieSession(this.http).get(path, "text/csv");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("/sparql/all").doesNotContain(DRAFT_WORD);
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(reader.headers().firstValue("Location").orElseThrow()).startsWith("/sign-in");
	}

	@Test
	void aPostNeedsTheCsrfTokenAndAGetNone() {
		String form = "query=" + HttpTestClient.encode(FINDS_DRAFT);
		String token = this.coordinator.csrfToken("/");

		HttpResponse<String> withoutToken = postForm(form);
		HttpResponse<String> withToken = postForm(form + "&_csrf=" + HttpTestClient.encode(token));

		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
		assertThat(withToken.body()).contains("urn:simimo:draft:");
	}

	@Test
	void updatesAndGraphStoreRequestsAreRefused() {
		String token = HttpTestClient.encode(this.coordinator.csrfToken("/"));
		String update = HttpTestClient.encode("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"Zqpirate\" } }");

		HttpResponse<String> updateForm = postForm("update=" + update + "&_csrf=" + token);
		HttpResponse<String> updateGet = this.coordinator.get("/sparql/all?update=" + update, "text/plain");
		HttpResponse<String> graphStore = this.coordinator.get("/sparql/all?default", "text/turtle");

		assertThat(updateForm.statusCode()).isEqualTo(403);
		assertThat(updateGet.statusCode()).isEqualTo(403);
		assertThat(graphStore.statusCode()).isEqualTo(400);
		assertThat(graphStore.body()).contains("CONSTRUCT");
		HttpResponse<String> pirate = this.coordinator
			.get("/sparql/all?query=" + HttpTestClient.encode("ASK { GRAPH ?g { ?s ?p \"Zqpirate\" } }"), "text/csv");
		assertThat(pirate.body()).contains("false");
	}

	@Test
	void aCoordinatorsBrowserGetsTheQueryPageOfSparqlAll() {
		HttpResponse<String> page = this.coordinator.get("/sparql/all");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("coordinator-view")
			.contains("data-endpoint=\"/sparql/all\"")
			.contains("data-csrf-token=");
		assertThat(this.http.get("/sparql", "text/html").body()).doesNotContain("data-csrf-token");
	}

	private HttpResponse<String> postForm(String form) {
		return this.coordinator.send(this.http.request("/sparql/all")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

}
