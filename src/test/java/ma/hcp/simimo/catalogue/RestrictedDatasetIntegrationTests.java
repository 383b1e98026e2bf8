package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.PublishingApplication;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordRestrictions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restricted datasets over real HTTP with real sign-in (decision 0027): once the
 * Interior's contributor restricts a dataset, no public path names it (its page and
 * linked data 404, search, facets, autocomplete, {@code /sparql} and its
 * {@code text:query}, the producer's page, the catalogue list and DCAT dumps, the gap
 * pages), while its contributors and the coordinators see its page marked restricted and
 * find it on {@code /sparql/all}, and a contributor of another producer gets 404. A
 * second dataset is restricted and published again. In the publishing application
 * context: restricting changes the seed content.
 */
@PublishingApplication
class RestrictedDatasetIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a restricting contributor's password";

	private static final String ID = "interieur-failed-irregular-migration-attempts";

	private static final String IRI = "https://w3id.org/simimo/datasets/" + ID;

	private static final String TITLE_EN = "Failed attempts at irregular immigration or emigration";

	/** Restricted, then published again. */
	private static final String ROUND_TRIP = "interieur-voluntary-return-vulnerable-migrants";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordRestrictions restrictions;

	@Autowired
	RecordDrafts drafts;

	private CookieSession owner;

	private CookieSession coordinator;

	@BeforeEach
	void restrictedByItsProducer() {
		this.owner = CookieSession.signedInAs(this.http, this.accounts, "zq-restrict-interieur", PASSWORD,
				Role.CONTRIBUTOR, "interieur");
		this.coordinator = CookieSession.signedInAs(this.http, this.accounts, "zq-restrict-coordinator", PASSWORD,
				Role.COORDINATOR, null);
		if (!this.restrictions.isRestricted(IRI)) {
			HttpResponse<String> restricted = this.owner.submitForm("/datasets/" + ID, "/datasets/" + ID + "/restrict",
					"comment=" + HttpTestClient.encode("Données sensibles"));
			assertThat(restricted.statusCode()).as(restricted.body()).isEqualTo(303);
			assertThat(restricted.headers().firstValue("Location").orElseThrow())
				.endsWith("/datasets/" + ID + "?restricted");
		}
	}

	@Test
	void readersGetNotFoundOnThePageAndTheApi() {
		assertThat(this.http.get("/datasets/" + ID, "text/html").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/api/datasets/" + ID, "application/json").statusCode()).isEqualTo(404);
		HttpResponse<String> signedInReader = CookieSession
			.signedInAs(this.http, this.accounts, "zq-restrict-member", PASSWORD, null, null)
			.get("/datasets/" + ID);
		assertThat(signedInReader.statusCode()).isEqualTo(404);
		assertThat(signedInReader.body()).doesNotContain(TITLE_EN).doesNotContain("record-restricted");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ttl", "jsonld", "rdf", "nt", "nq", "trig" })
	void theLinkedDataOfTheIriIsNotFoundInEveryFormat(String format) {
		HttpResponse<String> data = this.http.get("/datasets/" + ID + "?format=" + format, "*/*");
		HttpResponse<String> resource = this.http
			.get("/resource?uri=" + HttpTestClient.encode(IRI) + "&format=" + format, "*/*");

		assertThat(data.statusCode()).isEqualTo(404);
		assertThat(data.body()).doesNotContain(TITLE_EN);
		assertThat(resource.body()).doesNotContain(TITLE_EN);
		assertThat(resource.statusCode()).isIn(404, 303);
	}

	@Test
	void searchFacetsAndAutocompleteDoNotNameIt() {
		assertThat(
				this.http.get("/api/search?q=" + HttpTestClient.encode("failed attempts irregular"), "application/json")
					.body())
			.doesNotContain(ID);
		assertThat(this.http.get("/search?q=" + HttpTestClient.encode("tentatives avortées"), "text/html").body())
			.doesNotContain(ID);
		assertThat(
				this.http.get("/api/suggest?q=" + HttpTestClient.encode("Failed att") + "&lang=en", "application/json")
					.body())
			.doesNotContain(ID)
			.doesNotContain(TITLE_EN);
		// The producer facet counts the Interior's datasets readers can find, and no
		// more.
		HttpResponse<String> facets = this.http.get("/api/search?type=dataset&producer="
				+ HttpTestClient.encode("https://w3id.org/simimo/producers/interieur"), "application/json");
		assertThat(facets.body()).doesNotContain(ID);
		int published = this.http.query("""
				PREFIX dcat: <http://www.w3.org/ns/dcat#>
				PREFIX dct: <http://purl.org/dc/terms/>
				SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dcat:Dataset ;
				  dct:publisher <https://w3id.org/simimo/producers/interieur> }""", "text/csv")
			.body()
			.lines()
			.skip(1)
			.mapToInt(Integer::parseInt)
			.findFirst()
			.orElseThrow();
		assertThat(facets.body()).contains("\"total\":" + published);
	}

	@Test
	void sparqlTriplesAndTextQueryDoNotFindIt() {
		assertThat(names(ID)).isFalse();
		HttpResponse<String> subject = this.http.query("ASK { { <" + IRI + "> ?p ?o } UNION { ?s ?p <" + IRI
				+ "> } UNION { GRAPH ?g { <" + IRI + "> ?p ?o } } UNION { GRAPH ?g { ?s ?p <" + IRI + "> } } }",
				"text/csv");
		assertThat(subject.body()).contains("false");
		HttpResponse<String> text = this.http.query("""
				PREFIX text: <http://jena.apache.org/text#>
				SELECT ?s WHERE { ?s text:query ("attempts" 10000) FILTER (?s = <%s>) }""".formatted(IRI), "text/csv");
		assertThat(text.statusCode()).isEqualTo(200);
		assertThat(text.body().strip()).isEqualTo("s");
		assertThat(this.http.get("/sparql?default", "text/turtle").body()).doesNotContain(ID);
	}

	/**
	 * Whether a reader's /sparql has a graph, subject or object whose text contains
	 * {@code word}.
	 */
	private boolean names(String word) {
		HttpResponse<String> found = this.http.query("""
				ASK { GRAPH ?g { ?s ?p ?o }
				  FILTER (CONTAINS(STR(?g), "%1$s") || CONTAINS(STR(?s), "%1$s") || CONTAINS(STR(?o), "%1$s")) }"""
			.formatted(word), "text/csv");
		assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
		return found.body().contains("true");
	}

	@Test
	void theProducerPageCatalogueAndDcatDumpsDoNotNameIt() {
		for (String path : List.of("/producers/interieur", "/datasets", "/datasets?page=2", "/api/datasets",
				"/catalogue?format=ttl", "/catalogue?format=jsonld", "/catalogue?format=rdf", "/catalogue")) {
			HttpResponse<String> page = this.http.get(path, path.startsWith("/api") ? "application/json" : "text/html");
			assertThat(page.body()).as(path).doesNotContain(ID).doesNotContain(TITLE_EN);
		}
	}

	@Test
	void theGapPagesDoNotNameIt() {
		for (String gap : List.of("divergences", "consistency", "periods", "indicators", "classifications", "inventory",
				"scores", "actions")) {
			HttpResponse<String> page = this.http.get("/gaps/" + gap, "text/html");
			HttpResponse<String> json = this.http.get("/api/gaps/" + gap, "application/json");
			assertThat(page.statusCode()).as(gap).isEqualTo(200);
			assertThat(page.body()).as(gap).doesNotContain(ID).doesNotContain(TITLE_EN);
			assertThat(json.body()).as(gap).doesNotContain(ID).doesNotContain(TITLE_EN);
		}
	}

	@Test
	void itsContributorsAndTheCoordinatorsSeeItMarkedRestricted() {
		for (CookieSession allowed : List.of(this.owner, this.coordinator)) {
			HttpResponse<String> page = allowed.get("/datasets/" + ID + "?lang=en");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("record-restricted").contains(TITLE_EN).contains("unrestrict-form");
		}
		HttpResponse<String> all = this.coordinator.get(
				"/sparql/all?query=" + HttpTestClient.encode("SELECT ?g WHERE { GRAPH ?g { <" + IRI + "> ?p ?o } }"),
				"text/csv");
		assertThat(all.body()).contains("urn:simimo:restricted:" + IRI);
	}

	@Test
	void itsContributorsAndTheCoordinatorsFindItInSearchMarkedRestrictedAndOthersDoNot() {
		String search = "/api/search?lang=en&q=" + HttpTestClient.encode("failed attempts irregular");
		CookieSession other = CookieSession.signedInAs(this.http, this.accounts, "zq-restrict-anapec", PASSWORD,
				Role.CONTRIBUTOR, "anapec");

		for (CookieSession allowed : List.of(this.owner, this.coordinator)) {
			assertThat(allowed.get(search, "application/json").body()).contains("\"editorHits\"")
				.contains("\"iri\":\"" + IRI + "\",\"href\":\"/datasets/" + ID + "\"")
				.contains("\"mark\":\"restricted\"");
		}
		assertThat(other.get(search, "application/json").body()).doesNotContain(IRI);
	}

	@Test
	void itsContributorsAndTheCoordinatorsSeeItMarkedOnTheProducerPageTheListAndInAutocompleteAndOthersDoNot() {
		CookieSession other = CookieSession.signedInAs(this.http, this.accounts, "zq-restrict-anapec", PASSWORD,
				Role.CONTRIBUTOR, "anapec");
		String suggest = "/api/suggest?lang=en&q=" + HttpTestClient.encode("Failed att");

		for (CookieSession allowed : List.of(this.owner, this.coordinator)) {
			for (String path : List.of("/producers/interieur?lang=en", "/datasets?lang=en")) {
				assertThat(allowed.get(path).body()).as(path)
					.contains("class=\"editor-records\"")
					.contains("href=\"/datasets/" + ID + "\"")
					.contains(TITLE_EN)
					.contains("data-mark=\"restricted\"")
					.contains(">Restricted<");
			}
			assertThat(allowed.get(suggest, "application/json").body()).contains(TITLE_EN)
				.contains("\"href\":\"/datasets/" + ID + "\"")
				.contains("\"mark\":\"restricted\"");
		}
		for (String path : List.of("/producers/interieur?lang=en", "/datasets?lang=en", suggest)) {
			assertThat(other.get(path).body()).as(path).doesNotContain(ID).doesNotContain(TITLE_EN);
			assertThat(this.http.get(path, path.startsWith("/api") ? "application/json" : "text/html").body()).as(path)
				.doesNotContain(ID)
				.doesNotContain(TITLE_EN);
		}
	}

	@Test
	void aContributorOfAnotherProducerGetsNotFound() {
		CookieSession other = CookieSession.signedInAs(this.http, this.accounts, "zq-restrict-anapec", PASSWORD,
				Role.CONTRIBUTOR, "anapec");

		assertThat(other.get("/datasets/" + ID).statusCode()).isEqualTo(404);
		HttpResponse<String> unrestrict = other.submitForm("/", "/datasets/" + ID + "/unrestrict", "x=1");
		assertThat(unrestrict.statusCode()).isEqualTo(404);
		assertThat(this.restrictions.isRestricted(IRI)).isTrue();
	}

	@Test
	void restrictingItAgainOrWithATooLongCommentIsRefusedAndWritesNothing() {
		HttpResponse<String> again = this.owner.submitForm("/", "/datasets/" + ID + "/restrict", "x=1");
		HttpResponse<String> unknown = this.owner.submitForm("/", "/datasets/no-such-dataset/restrict", "x=1");
		HttpResponse<String> tooLong = this.coordinator.submitForm("/", "/datasets/" + ROUND_TRIP + "/restrict",
				"comment=" + "z".repeat(2001));
		HttpResponse<String> withoutToken = this.coordinator.post("/datasets/" + ROUND_TRIP + "/restrict", "x=1");

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("restriction-error");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(this.restrictions.isRestricted("https://w3id.org/simimo/datasets/" + ROUND_TRIP)).isFalse();
	}

	@Test
	void aDatasetWithADraftIsNotRestricted() {
		String path = "/datasets/interieur-smuggling-networks-dismantled";
		if (this.drafts.draftOf("https://w3id.org/simimo" + path).isEmpty()) {
			assertThat(
					this.owner
						.submitForm(path + "/edit", path + "/edit",
								"titleFr=" + HttpTestClient.encode("Zqbrouillon réseaux")
										+ "&descriptionFr=Description")
						.statusCode())
				.isEqualTo(303);
		}

		HttpResponse<String> refused = this.owner.submitForm("/", path + "/restrict", "x=1");

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(this.http.get(path, "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void aRestrictedDatasetIsPublishedAgainAsItWas() {
		String path = "/datasets/" + ROUND_TRIP;
		String before = this.http.get(path + "?format=nt", "*/*").body();

		HttpResponse<String> restricted = this.coordinator.submitForm(path, path + "/restrict", "x=1");
		assertThat(restricted.statusCode()).as(restricted.body()).isEqualTo(303);
		assertThat(this.http.get(path, "text/html").statusCode()).isEqualTo(404);
		assertThat(names(ROUND_TRIP)).isFalse();
		HttpResponse<String> unrestricted = this.coordinator.submitForm(path, path + "/unrestrict", "x=1");

		assertThat(unrestricted.statusCode()).as(unrestricted.body()).isEqualTo(303);
		assertThat(this.http.get(path, "text/html").statusCode()).isEqualTo(200);
		assertThat(names(ROUND_TRIP)).isTrue();
		assertThat(sortedLines(this.http.get(path + "?format=nt", "*/*").body())).isEqualTo(sortedLines(before));
		assertThat(this.http
			.get("/api/search?q=" + HttpTestClient.encode("voluntary return vulnerable"), "application/json")
			.body()).contains(ROUND_TRIP);
		assertThat(this.restrictions.isRestricted("https://w3id.org/simimo" + path)).isFalse();
	}

	private static List<String> sortedLines(String text) {
		return text.lines().map((line) -> line.replaceAll("_:\\S+", "_:b")).sorted().toList();
	}

}
