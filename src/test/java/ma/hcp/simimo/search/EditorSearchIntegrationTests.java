package ma.hcp.simimo.search;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.PrivateRecordViews;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search for signed-in editors (decision 0027) over real HTTP with real sign-in: a
 * contributor of ANAPEC who saves a draft title finds it in {@code /api/search} and
 * {@code /search}, marked draft and linking to the draft page; readers, whose answers
 * stay the same bytes, and a contributor of another producer do not; a coordinator does;
 * after the discard nobody does. The draft is discarded after each test.
 */
class EditorSearchIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "an editor's long password";

	private static final String DATASET = "/datasets/anapec-registered-regular-migrants-refugees";

	private static final String WORD = "Zqbrouillonrecherche";

	@Autowired
	AccountRepository accounts;

	@Autowired
	PrivateRecordViews views;

	@Autowired
	IndexSourceRepository source;

	@Autowired
	SearchIndex published;

	@Autowired
	ContentVersion version;

	@Autowired
	LinkedDataPaths paths;

	private CookieSession anapec;

	private String readersDatasetsBefore;

	@BeforeEach
	void aDraftTitleOfAnAnapecDataset() {
		this.anapec = CookieSession.signedInAs(this.http, this.accounts, "zq-search-anapec", PASSWORD, Role.CONTRIBUTOR,
				"anapec");
		this.readersDatasetsBefore = this.http.get("/api/search?type=dataset", "application/json").body();
		HttpResponse<String> saved = this.anapec.submitForm(DATASET + "/edit", DATASET + "/edit",
				"titleFr=" + HttpTestClient.encode(WORD + " inscrits") + "&descriptionFr=Description");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
	}

	@AfterEach
	void discardTheDraft() {
		this.anapec.discardDraftIfAny(DATASET);
	}

	@Test
	void theAuthorFindsTheDraftTitleMarkedInTheApiAndThePage() {
		HttpResponse<String> api = this.anapec.get("/api/search?q=" + WORD, "application/json");
		HttpResponse<String> page = this.anapec.get("/search?q=" + WORD);

		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains("\"editorHits\"")
			.contains("\"label\":\"" + WORD + " inscrits\"")
			.contains("\"mark\":\"draft\"")
			.contains("\"href\":\"" + DATASET + "/draft\"")
			.contains("\"total\":0");
		assertThat(page.body()).contains("class=\"editor-hits\"")
			.contains("href=\"" + DATASET + "/draft\"")
			.contains(WORD)
			.contains(">Brouillon<");
	}

	@Test
	void readersDoNotFindItAndTheirAnswersAreTheSameBytes() {
		HttpResponse<String> api = this.http.get("/api/search?q=" + WORD, "application/json");
		HttpResponse<String> page = this.http.get("/search?q=" + WORD, "text/html");

		assertThat(api.body()).doesNotContain(WORD + " inscrits").doesNotContain("editorHits").contains("\"total\":0");
		assertThat(page.body()).doesNotContain("editor-hits").doesNotContain(WORD + " inscrits");
		assertThat(this.http.get("/api/search?type=dataset", "application/json").body())
			.isEqualTo(this.readersDatasetsBefore);
	}

	@Test
	void aContributorOfAnotherProducerDoesNotFindItAndACoordinatorDoes() {
		CookieSession other = CookieSession.signedInAs(this.http, this.accounts, "zq-search-miepeec", PASSWORD,
				Role.CONTRIBUTOR, "miepeec");
		CookieSession coordinator = CookieSession.signedInAs(this.http, this.accounts, "zq-search-coordinator",
				PASSWORD, Role.COORDINATOR, null);

		assertThat(other.get("/api/search?q=" + WORD, "application/json").body()).doesNotContain("editorHits")
			.doesNotContain(WORD + " inscrits");
		assertThat(coordinator.get("/api/search?q=" + WORD, "application/json").body()).contains("\"mark\":\"draft\"")
			.contains(WORD + " inscrits");
	}

	@Test
	void afterTheDiscardNobodyFindsIt() {
		CookieSession coordinator = CookieSession.signedInAs(this.http, this.accounts, "zq-search-coordinator",
				PASSWORD, Role.COORDINATOR, null);
		assertThat(coordinator.get("/api/search?q=" + WORD, "application/json").body()).contains(WORD + " inscrits");

		HttpResponse<String> discarded = this.anapec.submitForm(DATASET + "/discard", DATASET + "/discard", "x=1");

		assertThat(discarded.statusCode()).isEqualTo(303);
		assertThat(this.anapec.get("/api/search?q=" + WORD, "application/json").body())
			.doesNotContain(WORD + " inscrits")
			.doesNotContain("editorHits");
		assertThat(coordinator.get("/api/search?q=" + WORD, "application/json").body())
			.doesNotContain(WORD + " inscrits");
		assertThat(this.anapec.get("/search?q=" + WORD).body()).doesNotContain("editor-hits");
	}

	@Test
	void thePrivateIndexKeepsItsDocumentsAcrossARestart(@TempDir Path directory) {
		PrivateSearchIndex first = new PrivateSearchIndex(directory, this.views, this.source, this.published,
				this.version, this.paths);
		first.current();
		first.destroy();

		PrivateSearchIndex reopened = new PrivateSearchIndex(directory, this.views, this.source, this.published,
				this.version, this.paths);
		try {
			int held = reopened.asCommitted()
				.search((searcher) -> count(searcher, "https://w3id.org/simimo" + DATASET));
			assertThat(held).isEqualTo(1);
			assertThat(reopened.markOf("https://w3id.org/simimo" + DATASET)).isEqualTo("draft");
		}
		finally {
			reopened.destroy();
		}
	}

	private static int count(SearchIndex.FacetedSearcher searcher, String iri) {
		try {
			return searcher.count(new TermQuery(new Term(SearchFields.IRI, iri)));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
