package ma.hcp.simimo.concept;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.FormBodies;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.PublishingApplication;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.Vocab;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concepts through the review workflow over real HTTP (decision 0027): a national
 * concept's draft is submitted, taken back, sent back and published; while it is
 * submitted its contributor's form is read only and readers see the published label, and
 * once published readers see the new one on the page, on {@code /sparql} and in
 * {@code /api/search}. Every refusal writes nothing; the history lists the versions, and
 * a revert is published through review. A standard's concept is queued with no producer.
 * In the publishing tests' own application ({@link PublishingApplication}).
 */
@PublishingApplication
class ConceptWorkflowIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a concept reviewer's long password";

	private static final String BASE = "https://w3id.org/simimo/concepts/";

	/** The HCP's, measured by the ENMI dataset: every step, then published. */
	private static final String JOURNEY = "hcp-enmi/current-migrant";

	/** The HCP's: the refusals. */
	private static final String REFUSALS = "hcp-enmi/return-migrant";

	/** The HCP's: the history and the revert. */
	private static final String HISTORY = "hcp-rgph/foreigner";

	/** A standard's, nobody's. */
	private static final String STANDARD = "un-1998/foreign-population";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	RecordHistory history;

	@Autowired
	ConceptDraftRepository forms;

	@Test
	void aNationalConceptGoesThroughEveryStepAndReadersSeeItsNewLabelOnlyOncePublished() {
		CookieSession contributor = account("zq-cw-hcp", Role.CONTRIBUTOR, "hcp");
		CookieSession coordinator = account("zq-cw-coordinator", Role.COORDINATOR, null);
		assertThat(save(contributor, JOURNEY, "Zqconcept migrant actuel").statusCode()).isEqualTo(303);
		assertThat(contributor.get(path(JOURNEY) + "/draft").body()).contains("data-state=\"draft\"")
			.contains("workflow-submit")
			.doesNotContain("workflow-publish");

		HttpResponse<String> submitted = contributor.submitForm(path(JOURNEY) + "/draft", path(JOURNEY) + "/submit",
				"comment=" + HttpTestClient.encode("Libellé à relire"));

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
		assertThat(submitted.headers().firstValue("Location").orElseThrow())
			.endsWith(path(JOURNEY) + "/draft?submitted");
		assertThat(state(JOURNEY)).isEqualTo(WorkflowState.SUBMITTED);
		// Read only to its contributor, who may take it back.
		String form = contributor.get(path(JOURNEY) + "/edit").body();
		assertThat(form).contains("workflow-read-only").contains("disabled").contains(path(JOURNEY) + "/takeback");
		int revision = this.drafts.draftOf(BASE + JOURNEY).orElseThrow().revision();
		HttpResponse<String> refusedSave = save(contributor, JOURNEY, "Zqconcept refusé");
		assertThat(refusedSave.statusCode()).isEqualTo(409);
		assertThat(refusedSave.body()).contains("workflow-read-only").contains("Zqconcept refusé");
		assertThat(this.drafts.draftOf(BASE + JOURNEY).orElseThrow().revision()).isEqualTo(revision);
		// Readers still see the published label everywhere.
		assertThat(this.http.get(path(JOURNEY), "text/html").body()).contains("Migrant actuel")
			.doesNotContain("Zqconcept");
		assertThat(this.http.sparqlFinds("Zqconcept")).isFalse();
		assertThat(this.http.search("Zqconcept")).doesNotContain(JOURNEY).doesNotContain("datasets/enmi-2018-2019");
		// The queue, under the HCP, with the diff of the label.
		String queue = coordinator.get("/review").body();
		String hcp = queue.substring(queue.indexOf("Haut-Commissariat au Plan</span></h2>"));
		assertThat(hcp).contains(path(JOURNEY) + "/draft")
			.contains("Zqconcept migrant actuel")
			.contains("diff-removed");

		assertThat(contributor.submitForm("/", path(JOURNEY) + "/takeback", "x=1").statusCode()).isEqualTo(303);
		assertThat(state(JOURNEY)).isEqualTo(WorkflowState.DRAFT);
		assertThat(submit(contributor, JOURNEY).statusCode()).isEqualTo(303);
		HttpResponse<String> noComment = coordinator.submitForm("/", path(JOURNEY) + "/sendback?lang=en", "comment=");
		assertThat(noComment.statusCode()).isEqualTo(400);
		assertThat(noComment.body()).contains("the comment is required").contains("workflow-sendback");
		assertThat(coordinator
			.submitForm("/review", path(JOURNEY) + "/sendback", "comment=" + HttpTestClient.encode("Zq à revoir"))
			.statusCode()).isEqualTo(303);
		assertThat(state(JOURNEY)).isEqualTo(WorkflowState.DRAFT);
		assertThat(contributor.get(path(JOURNEY) + "/draft").body()).contains("Zq à revoir");
		assertThat(submit(contributor, JOURNEY).statusCode()).isEqualTo(303);
		assertThat(coordinator.get(path(JOURNEY) + "/draft").body()).contains("workflow-publish");

		HttpResponse<String> published = coordinator.submitForm(path(JOURNEY) + "/draft", path(JOURNEY) + "/publish",
				"comment=" + HttpTestClient.encode("Publié après relecture"));

		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
		assertThat(published.headers().firstValue("Location").orElseThrow()).endsWith(path(JOURNEY) + "?published");
		assertThat(coordinator.get(path(JOURNEY) + "?published&lang=fr").body()).contains("Publié : les lecteurs")
			.contains(path(JOURNEY) + "/history");
		// An anonymous reader, at once: the page, /sparql and its text index, search.
		assertThat(this.http.get(path(JOURNEY), "text/html").body()).contains("Zqconcept migrant actuel")
			.doesNotContain(path(JOURNEY) + "/history");
		assertThat(this.http.sparqlFinds("Zqconcept")).isTrue();
		assertThat(this.http.search("Zqconcept")).contains(JOURNEY);
		assertThat(this.http.get(path(JOURNEY), "text/turtle").body()).contains("Zqconcept migrant actuel");
		// The gap pages read the new label (their caches follow the content version), and
		// the dataset that measures the concept was indexed again with it.
		assertThat(this.http.get("/api/gaps/divergences?lang=fr", "application/json").body())
			.contains("Zqconcept migrant actuel");
		assertThat(this.http.search("Zqconcept")).contains("datasets/enmi-2018-2019");
		assertThat(this.drafts.draftOf(BASE + JOURNEY)).isEmpty();
		RecordHistory.Change change = this.history.of(BASE + JOURNEY).get(0);
		assertThat(change.to()).isEqualTo(WorkflowState.PUBLISHED);
		assertThat(change.changeState()).contains(Vocab.SIMIMO + "applied");
		// Its JSON form too; and its owner did not move.
		assertThat(this.http.get("/api" + path(JOURNEY), "application/json").body()).contains("Zqconcept");
		assertThat(contributor.get(path(JOURNEY) + "/edit").statusCode()).isEqualTo(200);
	}

	@Test
	void everyRefusalOfAConceptStepWritesNothing() {
		CookieSession owner = account("zq-cw-hcp-two", Role.CONTRIBUTOR, "hcp");
		CookieSession other = account("zq-cw-anapec", Role.CONTRIBUTOR, "anapec");
		CookieSession coordinator = account("zq-cw-coordinator-two", Role.COORDINATOR, null);
		// No draft: a conflict that says so.
		HttpResponse<String> noDraft = owner.submitForm("/", path(REFUSALS) + "/submit?lang=en", "comment=");
		assertThat(noDraft.statusCode()).isEqualTo(409);
		assertThat(noDraft.body()).contains("This concept has no draft");
		assertThat(save(owner, REFUSALS, "Zqrefus concept").statusCode()).isEqualTo(303);
		// Not submitted: publishing is a conflict naming the state.
		HttpResponse<String> notSubmitted = coordinator.submitForm("/", path(REFUSALS) + "/publish?lang=en", "x=1");
		assertThat(notSubmitted.statusCode()).isEqualTo(409);
		assertThat(notSubmitted.body())
			.contains("The draft is in state “Draft”; this needs state “Submitted for review”.");
		int changes = this.history.of(BASE + REFUSALS).size();
		// Another producer's contributor, a reader, no CSRF token, an unknown concept.
		assertThat(other.submitForm("/", path(REFUSALS) + "/submit", "comment=").statusCode()).isEqualTo(403);
		HttpResponse<String> reader = this.http.submitForm("/sign-in", path(REFUSALS) + "/submit", "comment=");
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(reader.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		assertThat(owner.post(path(REFUSALS) + "/submit", "comment=").statusCode()).isEqualTo(403);
		assertThat(owner.submitForm("/", "/concepts/hcp-enmi/no-such-concept/submit", "comment=").statusCode())
			.isEqualTo(404);
		// An overlong comment, kept in the form.
		String overlong = "Zqlong " + "x".repeat(RecordHistory.COMMENT_LENGTH);
		HttpResponse<String> tooLong = owner.submitForm("/", path(REFUSALS) + "/submit?lang=en",
				"comment=" + HttpTestClient.encode(overlong));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("The comment has 2007 characters").contains("workflow-submit");
		assertThat(state(REFUSALS)).isEqualTo(WorkflowState.DRAFT);
		assertThat(this.history.of(BASE + REFUSALS)).hasSize(changes);

		assertThat(submit(owner, REFUSALS).statusCode()).isEqualTo(303);
		changes = this.history.of(BASE + REFUSALS).size();
		// Its contributor may neither send it back nor publish it.
		assertThat(owner.submitForm("/", path(REFUSALS) + "/sendback", "comment=Zq").statusCode()).isEqualTo(403);
		assertThat(owner.submitForm("/", path(REFUSALS) + "/publish", "x=1").statusCode()).isEqualTo(403);
		assertThat(state(REFUSALS)).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(this.history.of(BASE + REFUSALS)).hasSize(changes);
		assertThat(this.http.sparqlFinds("Zqrefus")).isFalse();
		// A coordinator's own save of the submitted draft keeps it submitted.
		assertThat(save(coordinator, REFUSALS, "Zqrefus concept relu").statusCode()).isEqualTo(303);
		assertThat(state(REFUSALS)).isEqualTo(WorkflowState.SUBMITTED);
	}

	@Test
	void aStandardsConceptIsQueuedUnderNoProducer() {
		CookieSession coordinator = account("zq-cw-coordinator-three", Role.COORDINATOR, null);
		assertThat(save(coordinator, STANDARD, "Zqstandard population étrangère").statusCode()).isEqualTo(303);
		assertThat(submit(coordinator, STANDARD).statusCode()).isEqualTo(303);

		String queue = coordinator.get("/review").body();

		String none = queue.substring(queue.indexOf("Sans producteur responsable"));
		assertThat(none).contains(path(STANDARD) + "/draft").contains("Zqstandard population étrangère");
		assertThat(coordinator.submitForm("/review", path(STANDARD) + "/sendback", "comment=Zq").statusCode())
			.isEqualTo(303);
	}

	@Test
	void theHistoryListsTheConceptsVersionsAndARevertIsPublishedThroughReview() {
		CookieSession coordinator = account("zq-cw-historian", Role.COORDINATOR, null);
		CookieSession owner = account("zq-cw-hcp-three", Role.CONTRIBUTOR, "hcp");
		CookieSession other = account("zq-cw-cnss", Role.CONTRIBUTOR, "cnss");
		String original = "Étranger (recensement)";
		assertThat(save(coordinator, HISTORY, "Zqhistoire étranger").statusCode()).isEqualTo(303);
		assertThat(submit(coordinator, HISTORY).statusCode()).isEqualTo(303);
		assertThat(coordinator.submitForm("/", path(HISTORY) + "/publish", "comment=Zq").statusCode()).isEqualTo(303);

		HttpResponse<String> page = coordinator.get(path(HISTORY) + "/history?lang=en");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(page.body()).contains("Version 1")
			.contains("Version 0, loaded from the content files")
			.contains("Zqhistoire étranger")
			.contains("Back to the concept")
			.contains("history-revert");
		assertThat(owner.get(path(HISTORY) + "/history").statusCode()).isEqualTo(200);
		assertThat(owner.get(path(HISTORY) + "/history").body()).doesNotContain("history-revert");
		assertThat(other.get(path(HISTORY) + "/history").statusCode()).isEqualTo(403);
		assertThat(this.http.get(path(HISTORY) + "/history", "text/html").statusCode()).isEqualTo(302);
		assertThat(coordinator.get("/concepts/hcp-rgph/no-such-concept/history").statusCode()).isEqualTo(404);
		// Refusals: a contributor, a version the concept does not have, the current one.
		assertThat(owner.submitForm("/", path(HISTORY) + "/revert", "version=0").statusCode()).isEqualTo(403);
		assertThat(coordinator.submitForm("/", path(HISTORY) + "/revert", "version=9").statusCode()).isEqualTo(400);
		assertThat(coordinator.submitForm("/", path(HISTORY) + "/revert", "version=1").statusCode()).isEqualTo(400);
		assertThat(this.drafts.draftOf(BASE + HISTORY)).isEmpty();

		HttpResponse<String> reverted = coordinator.submitForm(path(HISTORY) + "/history", path(HISTORY) + "/revert",
				"version=0");

		assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(303);
		assertThat(reverted.headers().firstValue("Location").orElseThrow()).endsWith(path(HISTORY) + "/draft?reverted");
		assertThat(coordinator.get(path(HISTORY) + "/draft?reverted&lang=fr").body()).contains("draft-reverted")
			.contains(original);
		HttpResponse<String> again = coordinator.submitForm("/", path(HISTORY) + "/revert", "version=0");
		assertThat(again.statusCode()).isEqualTo(409);
		// Readers see version 1 until the revert is published.
		assertThat(this.http.get(path(HISTORY), "text/html").body()).contains("Zqhistoire étranger");
		assertThat(submit(coordinator, HISTORY).statusCode()).isEqualTo(303);
		assertThat(coordinator.submitForm("/", path(HISTORY) + "/publish", "x=1").statusCode()).isEqualTo(303);
		assertThat(this.http.get(path(HISTORY), "text/html").body()).contains(original).doesNotContain("Zqhistoire");
		assertThat(coordinator.get(path(HISTORY) + "/history?lang=en").body()).contains("Version 2");
	}

	private static String path(String id) {
		return "/concepts/" + id;
	}

	private WorkflowState state(String id) {
		return this.drafts.draftOf(BASE + id).orElseThrow().state();
	}

	/** Saves the concept's form as it stands, with {@code label} as its French label. */
	private HttpResponse<String> save(CookieSession session, String id, String label) {
		String form = FormBodies.with(FormBodies.of(this.forms.form(BASE + id)), "prefLabelFr", label);
		return session.submitForm(path(id) + "/edit", path(id) + "/edit", form);
	}

	private HttpResponse<String> submit(CookieSession session, String id) {
		return session.submitForm("/", path(id) + "/submit", "comment=");
	}

	private CookieSession account(String userName, Role role, String producer) {
		return CookieSession.signedInAs(this.http, this.accounts, userName, PASSWORD, role, producer);
	}

}
