package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
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
 * Drafts on the pages editors use (decision 0027, issue 18) over real HTTP with real
 * sign-in: an ANAPEC contributor's draft title is listed, marked draft with its state and
 * linking to the draft page, on ANAPEC's producer page and on the dataset list (a new
 * concept's on its scheme page), and proposed by the autocomplete, to that contributor
 * and to a coordinator; readers, whose pages stay the same bytes, and a contributor of
 * another producer never get it. The draft is discarded after each test.
 */
class EditorPagesIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "an editor's long password";

	private static final String DATASET = "/datasets/anapec-registered-regular-migrants-refugees";

	private static final String PRODUCER = "/producers/anapec";

	private static final String WORD = "Zqbrouillonpages";

	private static final String TITLE = WORD + " inscrits";

	@Autowired
	AccountRepository accounts;

	private CookieSession anapec;

	private CookieSession coordinator;

	private String readersProducerPageBefore;

	private String readersDatasetListBefore;

	private String readersSuggestionsBefore;

	@BeforeEach
	void aDraftTitleOfAnAnapecDataset() {
		this.anapec = CookieSession.signedInAs(this.http, this.accounts, "zq-pages-anapec", PASSWORD, Role.CONTRIBUTOR,
				"anapec");
		this.coordinator = CookieSession.signedInAs(this.http, this.accounts, "zq-pages-coordinator", PASSWORD,
				Role.COORDINATOR, null);
		this.readersProducerPageBefore = this.http.get(PRODUCER, "text/html").body();
		this.readersDatasetListBefore = this.http.get("/datasets", "text/html").body();
		this.readersSuggestionsBefore = suggestions(this.http.get(suggest(), "application/json"));
		HttpResponse<String> saved = this.anapec.submitForm(DATASET + "/edit", DATASET + "/edit",
				"titleFr=" + HttpTestClient.encode(TITLE) + "&descriptionFr=Description");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
	}

	@AfterEach
	void discardTheDraft() {
		this.anapec.discardDraftIfAny(DATASET);
	}

	@Test
	void theOwnersContributorAndACoordinatorSeeTheDraftMarkedOnTheProducerPageAndTheDatasetList() {
		for (CookieSession allowed : List.of(this.anapec, this.coordinator)) {
			for (String path : List.of(PRODUCER, "/datasets")) {
				HttpResponse<String> page = allowed.get(path);
				assertThat(page.statusCode()).as(path).isEqualTo(200);
				assertThat(page.body()).as(path)
					.contains("class=\"editor-records\"")
					.contains("href=\"" + DATASET + "/draft\"")
					.contains(TITLE)
					.contains("data-mark=\"draft\"")
					.contains("data-state=\"draft\"")
					.contains(">Brouillon<")
					.contains(">En cours<");
				assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("private, no-store");
			}
		}
	}

	@Test
	void readersAndAContributorOfAnotherProducerSeeThePagesAsBefore() {
		CookieSession other = CookieSession.signedInAs(this.http, this.accounts, "zq-pages-miepeec", PASSWORD,
				Role.CONTRIBUTOR, "miepeec");

		HttpResponse<String> producer = this.http.get(PRODUCER, "text/html");
		HttpResponse<String> list = this.http.get("/datasets", "text/html");

		assertThat(producer.body()).isEqualTo(this.readersProducerPageBefore).doesNotContain(WORD);
		assertThat(list.body()).isEqualTo(this.readersDatasetListBefore).doesNotContain(WORD);
		for (String path : List.of(PRODUCER, "/datasets")) {
			assertThat(other.get(path).body()).as(path).doesNotContain(WORD).doesNotContain("editor-records");
		}
	}

	@Test
	void theMarksAndStatesAreInEnglishAndArabicToo() {
		assertThat(this.anapec.get(PRODUCER + "?lang=en").body()).contains(">Draft<").contains(">In progress<");
		assertThat(this.anapec.get("/datasets?lang=ar").body()).contains(">مسودة<").contains(">قيد التحرير<");
	}

	@Test
	void theListShowsASubmittedDraftAndOneSentBackByACoordinator() {
		HttpResponse<String> submitted = this.anapec.submitForm(DATASET + "/draft", DATASET + "/submit", "comment=");
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);

		assertThat(this.anapec.get(PRODUCER).body()).contains("data-state=\"submitted\"")
			.contains(">Soumis à relecture<");

		HttpResponse<String> sentBack = this.coordinator.submitForm("/review", DATASET + "/sendback",
				"comment=" + HttpTestClient.encode("Titre à revoir"));
		assertThat(sentBack.statusCode()).as(sentBack.body()).isEqualTo(303);

		assertThat(this.anapec.get(PRODUCER + "?lang=en").body()).contains("data-state=\"sentBack\"")
			.contains(">Sent back by a coordinator<");
	}

	@Test
	void theAutocompleteProposesTheDraftMarkedToItsContributorAndACoordinatorOnly() {
		CookieSession other = CookieSession.signedInAs(this.http, this.accounts, "zq-pages-miepeec", PASSWORD,
				Role.CONTRIBUTOR, "miepeec");

		for (CookieSession allowed : List.of(this.anapec, this.coordinator)) {
			HttpResponse<String> proposed = allowed.get(suggest(), "application/json");
			assertThat(proposed.statusCode()).isEqualTo(200);
			assertThat(proposed.body()).contains("\"label\":\"" + TITLE + "\"")
				.contains("\"href\":\"" + DATASET + "/draft\"")
				.contains("\"mark\":\"draft\"")
				.contains("\"markLabel\":\"Brouillon\"");
		}
		HttpResponse<String> readers = this.http.get(suggest(), "application/json");
		assertThat(readers.body()).doesNotContain(WORD).doesNotContain("\"mark\"");
		assertThat(suggestions(readers)).isEqualTo(this.readersSuggestionsBefore);
		assertThat(other.get(suggest(), "application/json").body()).doesNotContain(WORD).doesNotContain("\"mark\"");
	}

	@Test
	void aNewConceptsDraftIsListedOnItsSchemePageForItsContributorAndACoordinatorOnly() {
		String scheme = "/schemes/anapec-intermediation";
		String concept = "/concepts/anapec-intermediation/zqpagesnouveau";
		CookieSession other = CookieSession.signedInAs(this.http, this.accounts, "zq-pages-miepeec", PASSWORD,
				Role.CONTRIBUTOR, "miepeec");
		String readersBefore = this.http.get(scheme, "text/html").body();
		HttpResponse<String> saved = this.anapec.submitForm("/concepts/anapec-intermediation/new",
				"/concepts/anapec-intermediation/new", "prefLabelFr=Zqpagesnouveau");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		try {
			for (CookieSession allowed : List.of(this.anapec, this.coordinator)) {
				assertThat(allowed.get(scheme).body()).contains("class=\"editor-records\"")
					.contains("href=\"" + concept + "/draft\"")
					.contains("Zqpagesnouveau")
					.contains(">Brouillon<");
			}
			assertThat(other.get(scheme).body()).doesNotContain("Zqpagesnouveau").doesNotContain("editor-records");
			assertThat(this.http.get(scheme, "text/html").body()).isEqualTo(readersBefore)
				.doesNotContain("Zqpagesnouveau");
		}
		finally {
			this.anapec.submitForm(concept + "/discard", concept + "/discard", "x=1");
		}
	}

	private static String suggest() {
		return "/api/suggest?lang=fr&q=" + WORD.substring(0, 10);
	}

	private static String suggestions(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
