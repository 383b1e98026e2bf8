package ma.hcp.simimo.period;

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
 * Reference periods through the review workflow over real HTTP (decision 0027): a
 * period's draft is submitted, taken back, sent back and published, its contributor's
 * form read only while it is submitted, readers seeing the published label until the
 * publication and the new one at once after it; every refusal writes nothing; the history
 * lists the versions and a revert is published through review. In the publishing tests'
 * own application ({@link PublishingApplication}).
 */
@PublishingApplication
class ReferencePeriodWorkflowIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a period reviewer's long password";

	private static final String BASE = "https://w3id.org/simimo/periods/";

	/** The HCP's: every step, then published. */
	private static final String JOURNEY = "enmi-return-window";

	/** The HCP's: the refusals. */
	private static final String REFUSALS = "ene-employment-recall";

	/** The HCP's: the history and the revert. */
	private static final String HISTORY = "ene-availability-period";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	RecordHistory history;

	@Autowired
	PeriodDraftRepository forms;

	@Test
	void aPeriodGoesThroughEveryStepAndReadersSeeItsNewLabelOnlyOncePublished() {
		CookieSession contributor = account("zq-pw-hcp", Role.CONTRIBUTOR, "hcp");
		CookieSession coordinator = account("zq-pw-coordinator", Role.COORDINATOR, null);
		assertThat(save(contributor, JOURNEY, "Zqpériode retours").statusCode()).isEqualTo(303);
		assertThat(contributor.get(path(JOURNEY) + "/draft").body()).contains("data-state=\"draft\"")
			.contains("workflow-submit");

		HttpResponse<String> submitted = contributor.submitForm(path(JOURNEY) + "/draft", path(JOURNEY) + "/submit",
				"comment=" + HttpTestClient.encode("Libellé à relire"));

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
		assertThat(submitted.headers().firstValue("Location").orElseThrow())
			.endsWith(path(JOURNEY) + "/draft?submitted");
		assertThat(state(JOURNEY)).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(contributor.get(path(JOURNEY) + "/edit").body()).contains("workflow-read-only")
			.contains(path(JOURNEY) + "/takeback");
		int revision = this.drafts.draftOf(BASE + JOURNEY).orElseThrow().revision();
		assertThat(save(contributor, JOURNEY, "Zqpériode refusée").statusCode()).isEqualTo(409);
		assertThat(this.drafts.draftOf(BASE + JOURNEY).orElseThrow().revision()).isEqualTo(revision);
		assertThat(this.http.get(path(JOURNEY), "text/html").body()).contains("ENMI : retours depuis")
			.doesNotContain("Zqpériode");
		assertThat(this.http.sparqlFinds("Zqpériode")).isFalse();
		String queue = coordinator.get("/review").body();
		assertThat(queue.substring(queue.indexOf("Haut-Commissariat au Plan</span></h2>")))
			.contains(path(JOURNEY) + "/draft")
			.contains("Zqpériode retours");

		assertThat(contributor.submitForm("/", path(JOURNEY) + "/takeback", "x=1").statusCode()).isEqualTo(303);
		assertThat(state(JOURNEY)).isEqualTo(WorkflowState.DRAFT);
		assertThat(submit(contributor, JOURNEY).statusCode()).isEqualTo(303);
		assertThat(coordinator.submitForm("/review", path(JOURNEY) + "/sendback", "comment=Zq+à+revoir").statusCode())
			.isEqualTo(303);
		assertThat(state(JOURNEY)).isEqualTo(WorkflowState.DRAFT);
		assertThat(submit(contributor, JOURNEY).statusCode()).isEqualTo(303);

		HttpResponse<String> published = coordinator.submitForm(path(JOURNEY) + "/draft", path(JOURNEY) + "/publish",
				"comment=Zq");

		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
		assertThat(published.headers().firstValue("Location").orElseThrow()).endsWith(path(JOURNEY) + "?published");
		assertThat(coordinator.get(path(JOURNEY) + "?published&lang=fr").body()).contains("Publié : les lecteurs")
			.contains(path(JOURNEY) + "/history");
		assertThat(this.http.get(path(JOURNEY), "text/html").body()).contains("Zqpériode retours")
			.doesNotContain(path(JOURNEY) + "/history");
		assertThat(this.http.sparqlFinds("Zqpériode")).isTrue();
		assertThat(this.drafts.draftOf(BASE + JOURNEY)).isEmpty();
		assertThat(this.history.of(BASE + JOURNEY).get(0).changeState()).contains(Vocab.SIMIMO + "applied");
	}

	@Test
	void everyRefusalOfAPeriodStepWritesNothing() {
		CookieSession owner = account("zq-pw-hcp-two", Role.CONTRIBUTOR, "hcp");
		CookieSession other = account("zq-pw-dgsn", Role.CONTRIBUTOR, "dgsn");
		CookieSession coordinator = account("zq-pw-coordinator-two", Role.COORDINATOR, null);
		HttpResponse<String> noDraft = owner.submitForm("/", path(REFUSALS) + "/submit?lang=en", "comment=");
		assertThat(noDraft.statusCode()).isEqualTo(409);
		assertThat(noDraft.body()).contains("This reference period has no draft");
		assertThat(save(owner, REFUSALS, "Zqrefus période").statusCode()).isEqualTo(303);
		assertThat(coordinator.submitForm("/", path(REFUSALS) + "/publish", "x=1").statusCode()).isEqualTo(409);
		int changes = this.history.of(BASE + REFUSALS).size();
		assertThat(other.submitForm("/", path(REFUSALS) + "/submit", "comment=").statusCode()).isEqualTo(403);
		assertThat(this.http.submitForm("/sign-in", path(REFUSALS) + "/submit", "comment=").statusCode())
			.isEqualTo(302);
		assertThat(owner.post(path(REFUSALS) + "/submit", "comment=").statusCode()).isEqualTo(403);
		assertThat(owner.submitForm("/", "/periods/no-such-period/submit", "comment=").statusCode()).isEqualTo(404);
		String overlong = "x".repeat(RecordHistory.COMMENT_LENGTH + 1);
		assertThat(owner.submitForm("/", path(REFUSALS) + "/submit", "comment=" + overlong).statusCode())
			.isEqualTo(400);
		assertThat(state(REFUSALS)).isEqualTo(WorkflowState.DRAFT);
		assertThat(submit(owner, REFUSALS).statusCode()).isEqualTo(303);
		assertThat(owner.submitForm("/", path(REFUSALS) + "/sendback", "comment=Zq").statusCode()).isEqualTo(403);
		assertThat(owner.submitForm("/", path(REFUSALS) + "/publish", "x=1").statusCode()).isEqualTo(403);
		assertThat(coordinator.submitForm("/", path(REFUSALS) + "/sendback", "comment=").statusCode()).isEqualTo(400);
		assertThat(state(REFUSALS)).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(this.history.of(BASE + REFUSALS)).hasSize(changes + 1);
		assertThat(this.http.sparqlFinds("Zqrefus")).isFalse();
	}

	@Test
	void theHistoryListsThePeriodsVersionsAndARevertIsPublishedThroughReview() {
		CookieSession coordinator = account("zq-pw-historian", Role.COORDINATOR, null);
		CookieSession owner = account("zq-pw-hcp-three", Role.CONTRIBUTOR, "hcp");
		CookieSession other = account("zq-pw-dgsn-two", Role.CONTRIBUTOR, "dgsn");
		assertThat(save(coordinator, HISTORY, "Zqhistoire disponibilité").statusCode()).isEqualTo(303);
		assertThat(submit(coordinator, HISTORY).statusCode()).isEqualTo(303);
		assertThat(coordinator.submitForm("/", path(HISTORY) + "/publish", "x=1").statusCode()).isEqualTo(303);

		HttpResponse<String> page = coordinator.get(path(HISTORY) + "/history?lang=en");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Version 1")
			.contains("Version 0, loaded from the content files")
			.contains("Zqhistoire disponibilité")
			.contains("Back to the reference period")
			.contains("history-revert");
		assertThat(owner.get(path(HISTORY) + "/history").statusCode()).isEqualTo(200);
		assertThat(other.get(path(HISTORY) + "/history").statusCode()).isEqualTo(403);
		assertThat(owner.submitForm("/", path(HISTORY) + "/revert", "version=0").statusCode()).isEqualTo(403);
		assertThat(coordinator.submitForm("/", path(HISTORY) + "/revert", "version=x").statusCode()).isEqualTo(400);
		assertThat(coordinator.get("/periods/no-such-period/history").statusCode()).isEqualTo(404);

		assertThat(coordinator.submitForm("/", path(HISTORY) + "/revert", "version=0").statusCode()).isEqualTo(303);
		assertThat(coordinator.submitForm("/", path(HISTORY) + "/revert", "version=0").statusCode()).isEqualTo(409);
		assertThat(submit(coordinator, HISTORY).statusCode()).isEqualTo(303);
		assertThat(coordinator.submitForm("/", path(HISTORY) + "/publish", "x=1").statusCode()).isEqualTo(303);

		assertThat(this.http.get(path(HISTORY), "text/html").body()).contains("ENE : période de référence de la")
			.doesNotContain("Zqhistoire");
		assertThat(coordinator.get(path(HISTORY) + "/history?lang=en").body()).contains("Version 2");
	}

	private static String path(String id) {
		return "/periods/" + id;
	}

	private WorkflowState state(String id) {
		return this.drafts.draftOf(BASE + id).orElseThrow().state();
	}

	/** Saves the period's form as it stands, with {@code label} as its French label. */
	private HttpResponse<String> save(CookieSession session, String id, String label) {
		String form = FormBodies.with(FormBodies.of(this.forms.form(BASE + id)), "labelFr", label);
		return session.submitForm(path(id) + "/edit", path(id) + "/edit", form);
	}

	private HttpResponse<String> submit(CookieSession session, String id) {
		return session.submitForm("/", path(id) + "/submit", "comment=");
	}

	private CookieSession account(String userName, Role role, String producer) {
		return CookieSession.signedInAs(this.http, this.accounts, userName, PASSWORD, role, producer);
	}

}
