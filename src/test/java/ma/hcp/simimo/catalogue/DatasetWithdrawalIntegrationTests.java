package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.PublishingApplication;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Withdrawal of a published dataset over real HTTP (decision 0027): who may withdraw and
 * the refusals that write nothing (no comment, a draft in progress, an unknown dataset);
 * then, for an anonymous reader, the dataset's IRI answers 410 Gone with its title and
 * the date in French, English and Arabic, and 410 to RDF clients, at its own path and at
 * /resource; search, /sparql (triples and text:query), the producer's page, the DCAT-AP
 * catalogue and the inventory gap page's count no longer have it; the history page still
 * works, and a revert of its last version, submitted and published, brings it back. In
 * the publishing tests' own application.
 */
@PublishingApplication
class DatasetWithdrawalIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a withdrawer's long password";

	private static final String ID = "maecamre-consular-registrations";

	private static final String PATH = "/datasets/" + ID;

	private static final String IRI = "https://w3id.org/simimo" + PATH;

	private static final String FRENCH_TITLE = "immatriculés auprès des missions diplomatiques";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	RecordHistory history;

	@Test
	void aWithdrawnDatasetAnswers410EverywhereReadersLookAndARevertPublishesItAgain() {
		CookieSession coordinator = account("zq-withdraw-coordinator", Role.COORDINATOR, null);
		CookieSession owner = account("zq-withdraw-maec", Role.CONTRIBUTOR, "maecamre");
		// What readers have before, so that each "no longer" below means something.
		assertThat(this.http.get(PATH, "text/html").statusCode()).isEqualTo(200);
		assertThat(this.http.search("immatriculés consulaires")).contains(ID);
		assertThat(this.http.get("/producers/maecamre", "text/html").body()).contains(PATH);
		assertThat(this.http.get("/catalogue", "text/turtle").body()).contains(ID);
		int inventoried = inventoriedDatasets();
		assertThat(textQueryFinds()).isTrue();

		// Refusals, each writing nothing.
		int changes = this.history.of(IRI).size();
		assertThat(owner.submitForm("/", PATH + "/withdraw", "comment=x").statusCode()).isEqualTo(403);
		assertThat(this.http.submitForm("/sign-in", PATH + "/withdraw", "comment=x").statusCode()).isEqualTo(302);
		assertThat(coordinator.submitForm("/", "/datasets/no-such-dataset/withdraw", "comment=x").statusCode())
			.isEqualTo(404);
		HttpResponse<String> uncommented = coordinator.submitForm("/", PATH + "/withdraw?lang=en", "comment=+");
		assertThat(uncommented.statusCode()).isEqualTo(400);
		assertThat(uncommented.body()).contains("the comment is required. Nothing was withdrawn.");
		assertThat(coordinator.submitForm("/", PATH + "/withdraw", "comment=" + "x".repeat(2001)).statusCode())
			.isEqualTo(400);
		RecordDrafts.Draft draft = this.drafts.save(IRI, coordinatorIri(), this.drafts.published(IRI));
		HttpResponse<String> drafted = coordinator.submitForm("/", PATH + "/withdraw?lang=en", "comment=x");
		assertThat(drafted.statusCode()).isEqualTo(409);
		assertThat(drafted.body()).contains("A draft of this record is in progress");
		this.drafts.discard(draft);
		assertThat(this.history.of(IRI)).hasSize(changes);
		assertThat(this.http.get(PATH, "text/html").statusCode()).isEqualTo(200);
		assertThat(coordinator.get(PATH + "/history").body()).contains("history-withdraw");

		HttpResponse<String> withdrawn = coordinator.submitForm(PATH + "/history", PATH + "/withdraw",
				"comment=" + HttpTestClient.encode("Doublon de la fiche des inscriptions consulaires"));

		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(303);
		assertThat(withdrawn.headers().firstValue("Location").orElseThrow()).endsWith(PATH + "/history?withdrawn");
		RecordHistory.Change change = this.history.of(IRI).get(0);
		assertThat(change.to()).isEqualTo(WorkflowState.WITHDRAWN);
		assertThat(change.comment()).contains("Doublon de la fiche des inscriptions consulaires");
		// The reader's answers: 410 with the title and the date, in each language.
		HttpResponse<String> french = this.http.get(PATH, "text/html");
		assertThat(french.statusCode()).isEqualTo(410);
		assertThat(french.body()).contains(FRENCH_TITLE).contains("Retirée de la publication le");
		HttpResponse<String> english = this.http.get(PATH + "?lang=en", "text/html");
		assertThat(english.statusCode()).isEqualTo(410);
		assertThat(english.body()).contains("Moroccans residing abroad registered")
			.contains("Withdrawn from publication on");
		HttpResponse<String> arabic = this.http.get(PATH + "?lang=ar", "text/html");
		assertThat(arabic.statusCode()).isEqualTo(410);
		assertThat(arabic.body()).contains("المغاربة المقيمون بالخارج").contains("سُحب من النشر في");
		for (String accept : new String[] { "text/turtle", "application/ld+json", "application/rdf+xml" }) {
			assertThat(this.http.get(PATH, accept).statusCode()).as(accept).isEqualTo(410);
		}
		assertThat(this.http.get(PATH + "?format=nt", "*/*").statusCode()).isEqualTo(410);
		assertThat(this.http.get("/resource?uri=" + HttpTestClient.encode(IRI), "text/turtle").statusCode())
			.isEqualTo(410);
		assertThat(this.http.get("/resource?uri=" + HttpTestClient.encode(IRI), "text/html").statusCode())
			.isEqualTo(410);
		HttpResponse<String> api = this.http.get("/api" + PATH + "?lang=en", "application/json");
		assertThat(api.statusCode()).isEqualTo(410);
		assertThat(api.body()).contains("was withdrawn from publication on");
		// Nowhere else either.
		assertThat(this.http.search("immatriculés consulaires")).doesNotContain(ID);
		assertThat(this.http.get("/producers/maecamre", "text/html").body()).doesNotContain(PATH);
		assertThat(this.http.get("/catalogue", "text/turtle").body()).doesNotContain(ID);
		assertThat(inventoriedDatasets()).isEqualTo(inventoried - 1);
		assertThat(textQueryFinds()).isFalse();
		assertThat(this.http.query("SELECT ?p WHERE { <" + IRI + "> ?p ?o }", "text/csv").body().strip())
			.as("only the owner statement, which the permission checks read, is left")
			.isEqualTo("p\r\nhttps://w3id.org/simimo/def#owner");
		// The history stays, with the withdrawal and a way back.
		String page = coordinator.get(PATH + "/history?withdrawn&lang=en").body();
		assertThat(page).contains("Withdrawn: its address now answers 410")
			.contains("Withdrawn by zq-withdraw-coordinator")
			.contains("history-revert")
			.doesNotContain("history-withdraw");
		assertThat(coordinator.submitForm("/", PATH + "/withdraw", "comment=x").statusCode()).isEqualTo(409);

		HttpResponse<String> reverted = coordinator.submitForm(PATH + "/history", PATH + "/revert", "version=0");
		assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(303);
		assertThat(coordinator.submitForm(PATH + "/draft", PATH + "/submit", "comment=").statusCode()).isEqualTo(303);
		HttpResponse<String> published = coordinator.submitForm(PATH + "/draft", PATH + "/publish",
				"comment=" + HttpTestClient.encode("Republié"));

		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
		assertThat(this.http.get(PATH, "text/html").statusCode()).isEqualTo(200);
		assertThat(this.http.get(PATH, "text/html").body()).contains(FRENCH_TITLE);
		assertThat(this.http.get(PATH, "text/turtle").statusCode()).isEqualTo(200);
		assertThat(this.http.search("immatriculés consulaires")).contains(ID);
		assertThat(textQueryFinds()).isTrue();
		assertThat(coordinator.get(PATH + "/history").body()).doesNotContain("record-withdrawn-notice");
	}

	/** The datasets the inventory gap page counts over the whole catalogue. */
	private int inventoriedDatasets() {
		String json = this.http.get("/api/gaps/inventory", "application/json").body();
		java.util.regex.Matcher total = java.util.regex.Pattern
			.compile("\"total\".*?\"datasets\"\\s*:\\s*(\\d+)", java.util.regex.Pattern.DOTALL)
			.matcher(json);
		assertThat(total.find()).as(json).isTrue();
		return Integer.parseInt(total.group(1));
	}

	/** Whether /sparql's text index finds the dataset by words of its title. */
	private boolean textQueryFinds() {
		HttpResponse<String> found = this.http.query("""
				PREFIX text: <http://jena.apache.org/text#>
				PREFIX dct:  <http://purl.org/dc/terms/>
				SELECT ?s WHERE { (?s ?score) text:query (dct:title "immatriculés") }""", "text/csv");
		assertThat(found.statusCode()).isEqualTo(200);
		return found.body().contains(IRI);
	}

	private String coordinatorIri() {
		return this.accounts.byUserName("zq-withdraw-coordinator").orElseThrow().iri();
	}

	private CookieSession account(String userName, Role role, String producer) {
		return CookieSession.signedInAs(this.http, this.accounts, userName, PASSWORD, role, producer);
	}

}
