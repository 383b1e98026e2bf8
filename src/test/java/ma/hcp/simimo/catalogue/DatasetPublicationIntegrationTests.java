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
import ma.hcp.simimo.store.StoreWriter;
import ma.hcp.simimo.store.Vocab;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication of a dataset's submitted draft over real HTTP (decision 0027): a
 * coordinator publishes, and at once the dataset's page, search and {@code /sparql} show
 * the new title to an anonymous reader and no longer the old one; the draft and its queue
 * entry are gone and the log has the applied change. Every refusal writes nothing: a
 * contributor, a reader, no CSRF token, an unknown dataset, a draft not submitted, an
 * overlong comment, and a published version that changed since the draft started. Its own
 * application context ({@link PublishingApplication}): publishing changes the seed
 * content the shared application's tests read.
 */
@PublishingApplication
class DatasetPublicationIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a publisher's long password";

	private static final String BASE = "https://w3id.org/simimo/datasets/";

	/** ANAPEC's: the publication. */
	private static final String PUBLISHED = "anapec-foreign-workers-activity-certificate";

	/** The HCP's: the refusals. */
	private static final String REFUSALS = "forced-migration-survey-2021";

	/** The CNSS's: a published version that changes under its draft. */
	private static final String MOVED = "cnss-foreign-employees";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	RecordHistory history;

	@Autowired
	StoreWriter writer;

	@Test
	void aCoordinatorPublishesAndReadersSeeTheNewTitleOnThePageInSearchAndOnSparqlAtOnce() {
		CookieSession contributor = account("zq-publish-anapec", Role.CONTRIBUTOR, "anapec");
		CookieSession coordinator = account("zq-publish-coordinator", Role.COORDINATOR, null);
		String oldTitle = "Attestations d";
		assertThat(this.http.get("/datasets/" + PUBLISHED, "text/html").body()).contains(oldTitle);
		assertThat(save(contributor, PUBLISHED, "Zqpublie certificats d'activité").statusCode()).isEqualTo(303);
		assertThat(contributor.get("/datasets/" + PUBLISHED + "/draft").body()).doesNotContain("workflow-publish");
		assertThat(submit(contributor, PUBLISHED).statusCode()).isEqualTo(303);
		assertThat(contributor.get("/datasets/" + PUBLISHED + "/draft").body()).doesNotContain("workflow-publish");
		assertThat(this.http.search("Zqpublie")).doesNotContain(PUBLISHED);
		assertThat(coordinator.get("/datasets/" + PUBLISHED + "/draft").body()).contains("workflow-publish");

		HttpResponse<String> published = coordinator.submitForm("/datasets/" + PUBLISHED + "/draft",
				"/datasets/" + PUBLISHED + "/publish", "comment=" + HttpTestClient.encode("Publié après relecture"));

		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
		assertThat(published.headers().firstValue("Location").orElseThrow())
			.endsWith("/datasets/" + PUBLISHED + "?published");
		assertThat(coordinator.get("/datasets/" + PUBLISHED + "?published").body()).contains("Publié : les lecteurs");
		// An anonymous reader, at once: the page, search, /sparql and its text index.
		String page = this.http.get("/datasets/" + PUBLISHED, "text/html").body();
		assertThat(page).contains("Zqpublie certificats").doesNotContain("draft-in-progress");
		assertThat(this.http.search("Zqpublie")).contains(PUBLISHED);
		assertThat(this.http.sparqlFinds("Zqpublie")).isTrue();
		assertThat(this.http.get("/datasets/" + PUBLISHED, "text/turtle").body()).contains("Zqpublie");
		// The draft, its queue entry and its "draft in progress" notice are gone.
		assertThat(this.drafts.draftOf(BASE + PUBLISHED)).isEmpty();
		assertThat(coordinator.get("/review").body()).doesNotContain("/datasets/" + PUBLISHED + "/draft");
		RecordHistory.Change change = this.history.of(BASE + PUBLISHED).get(0);
		assertThat(change.to()).isEqualTo(WorkflowState.PUBLISHED);
		assertThat(change.changeState()).contains(Vocab.SIMIMO + "applied");
		assertThat(change.comment()).contains("Publié après relecture");
		assertThat(change.writeSequence()).isPresent();
		// The ownership did not move: the contributor may edit the published record
		// again.
		assertThat(contributor.get("/datasets/" + PUBLISHED + "/edit").statusCode()).isEqualTo(200);
	}

	@Test
	void everyRefusalOfAPublicationWritesNothing() {
		CookieSession owner = account("zq-publish-hcp", Role.CONTRIBUTOR, "hcp");
		CookieSession coordinator = account("zq-publish-coordinator-two", Role.COORDINATOR, null);
		assertThat(save(owner, REFUSALS, "Zqrefus publication").statusCode()).isEqualTo(303);

		// Not submitted: a conflict that says the state.
		HttpResponse<String> notSubmitted = coordinator.submitForm("/", "/datasets/" + REFUSALS + "/publish?lang=en",
				"x=1");
		assertThat(notSubmitted.statusCode()).isEqualTo(409);
		assertThat(notSubmitted.body())
			.contains("The draft is in state “Draft”; this needs state “Submitted for review”.");

		assertThat(submit(owner, REFUSALS).statusCode()).isEqualTo(303);
		int changes = this.history.of(BASE + REFUSALS).size();
		// Its contributor may not publish; a reader is sent to sign in; no CSRF token.
		assertThat(owner.submitForm("/", "/datasets/" + REFUSALS + "/publish", "x=1").statusCode()).isEqualTo(403);
		HttpResponse<String> reader = this.http.submitForm("/sign-in", "/datasets/" + REFUSALS + "/publish", "x=1");
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(reader.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		assertThat(coordinator.post("/datasets/" + REFUSALS + "/publish", "x=1").statusCode()).isEqualTo(403);
		// An overlong comment, kept in the form.
		String overlong = "Zqlong " + "x".repeat(RecordHistory.COMMENT_LENGTH);
		HttpResponse<String> tooLong = coordinator.submitForm("/", "/datasets/" + REFUSALS + "/publish?lang=en",
				"comment=" + HttpTestClient.encode(overlong));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("The comment has 2007 characters").contains("workflow-publish");
		// Unknown dataset.
		assertThat(coordinator.submitForm("/", "/datasets/no-such-dataset/publish", "x=1").statusCode()).isEqualTo(404);

		assertThat(this.drafts.draftOf(BASE + REFUSALS).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(this.history.of(BASE + REFUSALS)).hasSize(changes);
		assertThat(this.http.search("Zqrefus")).doesNotContain(REFUSALS);
		assertThat(this.http.sparqlFinds("Zqrefus")).isFalse();
	}

	@Test
	void aPublishedVersionThatChangedUnderTheDraftIsRefusedWithAConflictInTheReadersLanguage() {
		CookieSession owner = account("zq-publish-cnss", Role.CONTRIBUTOR, "cnss");
		CookieSession coordinator = account("zq-publish-coordinator-three", Role.COORDINATOR, null);
		assertThat(save(owner, MOVED, "Zqdéplacé salariés").statusCode()).isEqualTo(303);
		assertThat(submit(owner, MOVED).statusCode()).isEqualTo(303);
		// Meanwhile, the published description changes (as a file reload would).
		this.writer.write("a keyword added under the draft",
				(write) -> write.update("publicationtest/addKeyword", keyword(BASE + MOVED)));

		HttpResponse<String> refused = coordinator.submitForm("/", "/datasets/" + MOVED + "/publish?lang=en",
				"comment=Zqcomment");

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("the published version changed since this draft started from it")
			.contains("Zqcomment");
		assertThat(this.drafts.draftOf(BASE + MOVED).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(this.http.sparqlFinds("Zqdéplacé")).isFalse();
		assertThat(coordinator.submitForm("/", "/datasets/" + MOVED + "/publish?lang=fr", "x=1").body())
			.contains("la version publiée a changé");
		assertThat(coordinator.submitForm("/", "/datasets/" + MOVED + "/publish?lang=ar", "x=1").body())
			.contains("تغيّرت النسخة المنشورة");
	}

	private static org.apache.jena.query.QuerySolutionMap keyword(String record) {
		org.apache.jena.query.QuerySolutionMap bindings = new org.apache.jena.query.QuerySolutionMap();
		bindings.add("record", org.apache.jena.rdf.model.ResourceFactory.createResource(record));
		bindings.add("graph", org.apache.jena.rdf.model.ResourceFactory
			.createResource("https://w3id.org/simimo/graphs/vocabularies/catalogue-datasets"));
		return bindings;
	}

	private HttpResponse<String> save(CookieSession session, String id, String title) {
		return session.submitForm("/datasets/" + id + "/edit", "/datasets/" + id + "/edit",
				DatasetDraftIntegrationTests.edit(title, "", ""));
	}

	private HttpResponse<String> submit(CookieSession session, String id) {
		return session.submitForm("/", "/datasets/" + id + "/submit", "comment=");
	}

	private CookieSession account(String userName, Role role, String producer) {
		return CookieSession.signedInAs(this.http, this.accounts, userName, PASSWORD, role, producer);
	}

}
