package ma.hcp.simimo.concept;

import java.net.http.HttpResponse;
import java.util.Locale;

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
 * Classifications through the review workflow over real HTTP (decision 0027): a
 * classification's draft, with an item's label changed and an item added, is submitted,
 * taken back, sent back and published; while it is submitted readers see the published
 * labels (and a national one's form is read only to its contributor), and once published
 * readers see the new ones on the classification's page, on {@code /sparql} and in
 * {@code /api/search}. The history lists the versions with the items, and a revert to the
 * files' version, published through review, takes the added item away again. A large
 * classification's (NMA 2010) published item label is in public search at once, and its
 * revert takes it away. Every refusal writes nothing. In the publishing tests' own
 * application ({@link PublishingApplication}).
 */
@PublishingApplication
class ClassificationWorkflowIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a classification reviewer's long password";

	private static final String BASE = "https://w3id.org/simimo/classifications/";

	/**
	 * An international classification, nobody's (coordinators edit it): every step,
	 * published, then its history and revert. Small, so that its publication re-indexes
	 * few resources.
	 */
	private static final String JOURNEY = "icse-93";

	/**
	 * HCP's, of 21 sections and 88 branches: its publication re-indexes the scheme and
	 * every item, which took about a minute before queries/search/documentsUsing.rq
	 * started each path from the changed node (docs/benchmarks.md).
	 */
	private static final String LARGE = "nma-2010";

	/** ANAPEC's: the refusals. */
	private static final String REFUSALS = "anapec-occupations";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	RecordHistory history;

	@Autowired
	ClassificationDraftRepository forms;

	@Test
	void aClassificationGoesThroughEveryStepWithItsItemsAndARevertTakesTheAddedItemAway() {
		CookieSession author = account("zq-clw-author", Role.COORDINATOR, null);
		CookieSession contributor = account("zq-clw-hcp", Role.CONTRIBUTOR, "hcp");
		CookieSession coordinator = account("zq-clw-coordinator", Role.COORDINATOR, null);
		assertThat(author
			.submitForm(path(JOURNEY) + "/edit", path(JOURNEY) + "/edit",
					fields(JOURNEY, null) + itemLabel("Zqclasswf salariés") + newItem("ZQ1", "1", ""))
			.statusCode()).isEqualTo(303);
		assertThat(author.get(path(JOURNEY) + "/draft").body()).contains("data-state=\"draft\"")
			.contains("workflow-submit")
			.doesNotContain("workflow-publish");

		HttpResponse<String> submitted = author.submitForm(path(JOURNEY) + "/draft", path(JOURNEY) + "/submit",
				"comment=" + HttpTestClient.encode("Libellés à relire"));

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
		assertThat(submitted.headers().firstValue("Location").orElseThrow())
			.endsWith(path(JOURNEY) + "/draft?submitted");
		assertThat(state(JOURNEY)).isEqualTo(WorkflowState.SUBMITTED);
		// Readers still see the published labels everywhere.
		assertThat(this.http.get(path(JOURNEY), "text/html").body()).contains("Salariés").doesNotContain("Zqclasswf");
		assertThat(this.http.sparqlFinds("Zqclasswf")).isFalse();
		// The queue, with the diff of the item's label.
		String queue = coordinator.get("/review").body();
		assertThat(queue).contains(path(JOURNEY) + "/draft").contains("Zqclasswf salariés").contains("diff-removed");

		assertThat(author.submitForm("/", path(JOURNEY) + "/takeback", "x=1").statusCode()).isEqualTo(303);
		assertThat(state(JOURNEY)).isEqualTo(WorkflowState.DRAFT);
		assertThat(submit(author, JOURNEY).statusCode()).isEqualTo(303);
		assertThat(coordinator
			.submitForm("/review", path(JOURNEY) + "/sendback", "comment=" + HttpTestClient.encode("Zq à revoir"))
			.statusCode()).isEqualTo(303);
		assertThat(state(JOURNEY)).isEqualTo(WorkflowState.DRAFT);
		assertThat(author.get(path(JOURNEY) + "/draft").body()).contains("Zq à revoir");
		assertThat(submit(author, JOURNEY).statusCode()).isEqualTo(303);
		assertThat(coordinator.get(path(JOURNEY) + "/draft").body()).contains("workflow-publish");

		HttpResponse<String> published = coordinator.submitForm(path(JOURNEY) + "/draft", path(JOURNEY) + "/publish",
				"comment=" + HttpTestClient.encode("Publié après relecture"));

		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
		assertThat(published.headers().firstValue("Location").orElseThrow()).endsWith(path(JOURNEY) + "?published");
		assertThat(coordinator.get(path(JOURNEY) + "?published&lang=fr").body()).contains("Publié : les lecteurs")
			.contains(path(JOURNEY) + "/history");
		// An anonymous reader, at once: the page, /sparql and its text index, search.
		assertThat(this.http.get(path(JOURNEY), "text/html").body()).contains("Zqclasswf salariés")
			.contains("Zqclasswf poste")
			.doesNotContain("Salariés");
		assertThat(this.http.sparqlFinds("Zqclasswf")).isTrue();
		assertThat(this.http.search("Zqclasswf")).contains(path(JOURNEY) + "/ZQ1").contains(path(JOURNEY) + "/1\"");
		assertThat(this.http.get(path(JOURNEY) + "/ZQ1", "text/turtle").body()).contains("Zqclasswf poste");
		assertThat(this.drafts.draftOf(BASE + JOURNEY)).isEmpty();
		RecordHistory.Change change = this.history.of(BASE + JOURNEY).get(0);
		assertThat(change.to()).isEqualTo(WorkflowState.PUBLISHED);
		assertThat(change.changeState()).contains(Vocab.SIMIMO + "applied");
		assertThat(author.get(path(JOURNEY) + "/edit").body()).contains("Zqclasswf poste");

		HttpResponse<String> page = coordinator.get(path(JOURNEY) + "/history?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Version 1")
			.contains("Version 0, loaded from the content files")
			.contains("Zqclasswf salariés")
			.contains("Back to the classification")
			.contains("history-revert");
		assertThat(contributor.get(path(JOURNEY) + "/history").statusCode()).isEqualTo(403);
		assertThat(this.http.get(path(JOURNEY) + "/history", "text/html").statusCode()).isEqualTo(302);

		HttpResponse<String> reverted = coordinator.submitForm(path(JOURNEY) + "/history", path(JOURNEY) + "/revert",
				"version=0");

		assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(303);
		assertThat(reverted.headers().firstValue("Location").orElseThrow()).endsWith(path(JOURNEY) + "/draft?reverted");
		assertThat(submit(coordinator, JOURNEY).statusCode()).isEqualTo(303);
		assertThat(coordinator.submitForm("/", path(JOURNEY) + "/publish", "x=1").statusCode()).isEqualTo(303);
		assertThat(this.http.get(path(JOURNEY), "text/html").body()).contains("Salariés").doesNotContain("Zqclasswf");
		assertThat(this.http.sparqlFinds("Zqclasswf")).isFalse();
		assertThat(this.http.get(path(JOURNEY) + "/ZQ1", "text/html").statusCode()).isEqualTo(404);
		assertThat(coordinator.get(path(JOURNEY) + "/history?lang=en").body()).contains("Version 2");
	}

	@Test
	void aLargeClassificationsPublishedItemLabelIsInPublicSearchAtOnceAndGoesWithTheRevert() {
		CookieSession coordinator = account("zq-clw-nma", Role.COORDINATOR, null);
		assertThat(coordinator
			.submitForm(path(LARGE) + "/edit", path(LARGE) + "/edit",
					fields(LARGE, null) + itemLabel(LARGE, "01", "Zqnmapub culture et élevage"))
			.statusCode()).isEqualTo(303);
		assertThat(submit(coordinator, LARGE).statusCode()).isEqualTo(303);

		HttpResponse<String> published = coordinator.submitForm("/", path(LARGE) + "/publish", "x=1");

		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
		assertThat(this.http.search("Zqnmapub")).contains(path(LARGE) + "/01\"");
		assertThat(this.http.get(path(LARGE), "text/html").body()).contains("Zqnmapub culture et élevage");

		assertThat(coordinator.submitForm(path(LARGE) + "/history", path(LARGE) + "/revert", "version=0").statusCode())
			.isEqualTo(303);
		assertThat(submit(coordinator, LARGE).statusCode()).isEqualTo(303);
		assertThat(coordinator.submitForm("/", path(LARGE) + "/publish", "x=1").statusCode()).isEqualTo(303);
		assertThat(this.http.search("Zqnmapub")).doesNotContain(path(LARGE));
		assertThat(this.http.get(path(LARGE), "text/html").body()).doesNotContain("Zqnmapub");
	}

	@Test
	void everyRefusalOfAClassificationStepWritesNothing() {
		CookieSession owner = account("zq-clw-anapec", Role.CONTRIBUTOR, "anapec");
		CookieSession other = account("zq-clw-cnss", Role.CONTRIBUTOR, "cnss");
		CookieSession coordinator = account("zq-clw-coordinator-two", Role.COORDINATOR, null);
		// No draft: a conflict that says so.
		HttpResponse<String> noDraft = owner.submitForm("/", path(REFUSALS) + "/submit?lang=en", "comment=");
		assertThat(noDraft.statusCode()).isEqualTo(409);
		assertThat(noDraft.body()).contains("This classification has no draft");
		assertThat(owner
			.submitForm(path(REFUSALS) + "/edit", path(REFUSALS) + "/edit", fields(REFUSALS, "Zqrefus classement"))
			.statusCode()).isEqualTo(303);
		// Not submitted: publishing is a conflict naming the state.
		HttpResponse<String> notSubmitted = coordinator.submitForm("/", path(REFUSALS) + "/publish?lang=en", "x=1");
		assertThat(notSubmitted.statusCode()).isEqualTo(409);
		assertThat(notSubmitted.body())
			.contains("The draft is in state “Draft”; this needs state “Submitted for review”.");
		int changes = this.history.of(BASE + REFUSALS).size();
		// Another producer's contributor, a reader, no CSRF token, an unknown
		// classification, an overlong comment.
		assertThat(other.submitForm("/", path(REFUSALS) + "/submit", "comment=").statusCode()).isEqualTo(403);
		HttpResponse<String> reader = this.http.submitForm("/sign-in", path(REFUSALS) + "/submit", "comment=");
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(reader.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		assertThat(owner.post(path(REFUSALS) + "/submit", "comment=").statusCode()).isEqualTo(403);
		assertThat(owner.submitForm("/", "/classifications/no-such-classification/submit", "comment=").statusCode())
			.isEqualTo(404);
		String overlong = "Zqlong " + "x".repeat(RecordHistory.COMMENT_LENGTH);
		HttpResponse<String> tooLong = owner.submitForm("/", path(REFUSALS) + "/submit?lang=en",
				"comment=" + HttpTestClient.encode(overlong));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("The comment has 2007 characters").contains("workflow-submit");
		assertThat(state(REFUSALS)).isEqualTo(WorkflowState.DRAFT);
		assertThat(this.history.of(BASE + REFUSALS)).hasSize(changes);

		assertThat(submit(owner, REFUSALS).statusCode()).isEqualTo(303);
		changes = this.history.of(BASE + REFUSALS).size();
		// Read only to its contributor, who may take it back; a save writes nothing.
		String form = owner.get(path(REFUSALS) + "/edit").body();
		assertThat(form).contains("workflow-read-only").contains("disabled").contains(path(REFUSALS) + "/takeback");
		int revision = this.drafts.draftOf(BASE + REFUSALS).orElseThrow().revision();
		HttpResponse<String> refusedSave = owner.submitForm(path(REFUSALS) + "/edit", path(REFUSALS) + "/edit",
				fields(REFUSALS, "Zqrefus lu seul") + "&revision=" + revision);
		assertThat(refusedSave.statusCode()).isEqualTo(409);
		assertThat(refusedSave.body()).contains("workflow-read-only").contains("Zqrefus lu seul");
		assertThat(this.drafts.draftOf(BASE + REFUSALS).orElseThrow().revision()).isEqualTo(revision);
		// Its contributor may neither send it back nor publish it, nor revert it.
		assertThat(owner.submitForm("/", path(REFUSALS) + "/sendback", "comment=Zq").statusCode()).isEqualTo(403);
		assertThat(owner.submitForm("/", path(REFUSALS) + "/publish", "x=1").statusCode()).isEqualTo(403);
		assertThat(owner.submitForm("/", path(REFUSALS) + "/revert", "version=0").statusCode()).isEqualTo(403);
		// A revert while the classification has a draft, and of a version it does not
		// have.
		assertThat(coordinator.submitForm("/", path(REFUSALS) + "/revert", "version=9").statusCode()).isEqualTo(400);
		assertThat(state(REFUSALS)).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(this.history.of(BASE + REFUSALS)).hasSize(changes);
		assertThat(this.http.sparqlFinds("Zqrefus")).isFalse();
		// A coordinator's own save of the submitted draft keeps it submitted.
		assertThat(
				coordinator
					.submitForm(path(REFUSALS) + "/edit", path(REFUSALS) + "/edit",
							"titleFr=Zqrefus+relu&revision="
									+ this.drafts.draftOf(BASE + REFUSALS).orElseThrow().revision())
					.statusCode())
			.isEqualTo(303);
		assertThat(state(REFUSALS)).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(coordinator.submitForm("/", path(REFUSALS) + "/sendback", "comment=Zq").statusCode()).isEqualTo(303);
	}

	private static String path(String id) {
		return "/classifications/" + id;
	}

	private WorkflowState state(String id) {
		return this.drafts.draftOf(BASE + id).orElseThrow().state();
	}

	private HttpResponse<String> submit(CookieSession session, String id) {
		return session.submitForm("/", path(id) + "/submit", "comment=");
	}

	/**
	 * The classification's own fields as its form shows them (its item labels, kept when
	 * not sent, left out), with the French title {@code titleFr} when given.
	 */
	private String fields(String id, String titleFr) {
		String body = FormBodies.of(this.forms.view(BASE + id, Locale.FRENCH).form())
			.replaceAll("(^|&)(itemLabels|newNotation|newLevel|newParent|newLabelFr|newLabelEn|newLabelAr)=[^&]*", "");
		return (titleFr == null) ? body : FormBodies.with(body, "titleFr", titleFr);
	}

	/** Group 1's French label. */
	private static String itemLabel(String label) {
		return itemLabel(JOURNEY, "1", label);
	}

	/** The French label of item {@code notation} of classification {@code id}. */
	private static String itemLabel(String id, String notation, String label) {
		return "&" + HttpTestClient.encode(ClassificationEdit.itemField("fr", BASE + id + "/" + notation)) + "="
				+ HttpTestClient.encode(label);
	}

	private static String newItem(String notation, String level, String parent) {
		return "&newNotation=" + HttpTestClient.encode(notation) + "&newLevel=" + level + "&newParent="
				+ HttpTestClient.encode(parent) + "&newLabelFr=" + HttpTestClient.encode("Zqclasswf poste ajouté")
				+ "&newLabelEn=" + HttpTestClient.encode("Zqclasswf added item");
	}

	private CookieSession account(String userName, Role role, String producer) {
		return CookieSession.signedInAs(this.http, this.accounts, userName, PASSWORD, role, producer);
	}

}
