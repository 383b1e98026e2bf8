package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review workflow of dataset drafts over real HTTP with real sign-in (decision 0027):
 * a contributor submits, the draft is read only to it and readers still see the published
 * dataset, a coordinator finds it in the queue under its producer and sends it back with
 * a comment the contributor then reads; take back, a coordinator's own save of a
 * submitted draft, and every refusal (permission, wrong state, unknown dataset, missing
 * or overlong comment, missing CSRF token), each of which writes nothing. The application
 * is shared with other test classes, so the datasets here are ones no other test edits,
 * and each test leaves its drafts in state draft or submitted as it says.
 */
class DatasetReviewIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a reviewer's long password";

	private static final String BASE = "https://w3id.org/simimo/datasets/";

	/** CNSS's: the journey. */
	private static final String JOURNEY = "cnss-foreign-pensioners";

	private static final String JOURNEY_TITLE = "Pensionnés étrangers de la CNSS";

	/**
	 * UNHCR's: a coordinator's save of a submitted draft, and the queue's second
	 * producer.
	 */
	private static final String UNHCR = "unhcr-refugees-asylum-seekers";

	/** The HCP's: the refusals. */
	private static final String REFUSALS = "forced-migration-survey-2021";

	/** The HCP's, never given a draft: the 409 of a dataset with none. */
	private static final String NO_DRAFT = "ene";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	RecordHistory history;

	@Test
	void aContributorSubmitsAndACoordinatorSendsItBackWithACommentTheContributorReads() {
		CookieSession contributor = account("zq-review-cnss", Role.CONTRIBUTOR, "cnss");
		CookieSession coordinator = account("zq-review-coordinator", Role.COORDINATOR, null);
		assertThat(save(contributor, JOURNEY, "Zqrevue pensionnés").statusCode()).isEqualTo(303);
		HttpResponse<String> draftPage = contributor.get("/datasets/" + JOURNEY + "/draft");
		assertThat(draftPage.body()).contains("data-state=\"draft\"")
			.contains("workflow-submit")
			.doesNotContain("workflow-sendback")
			.doesNotContain("workflow-publish");

		HttpResponse<String> submitted = contributor.submitForm("/datasets/" + JOURNEY + "/draft",
				"/datasets/" + JOURNEY + "/submit", "comment=" + HttpTestClient.encode("Titre à vérifier, merci"));

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
		assertThat(submitted.headers().firstValue("Location").orElseThrow())
			.endsWith("/datasets/" + JOURNEY + "/draft?submitted");
		assertThat(this.drafts.draftOf(BASE + JOURNEY).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
		String submittedPage = contributor.get("/datasets/" + JOURNEY + "/draft").body();
		assertThat(submittedPage).contains("data-state=\"submitted\"")
			.contains("Soumis à relecture")
			.contains("workflow-takeback")
			.doesNotContain("workflow-submit\"")
			.contains("Titre à vérifier, merci")
			.contains("zq-review-cnss");
		assertThat(contributor.get("/drafts").body()).contains("data-state=\"submitted\"");

		// Readers still see the published dataset, on its page and in search.
		assertThat(this.http.get("/datasets/" + JOURNEY, "text/html").body()).contains(JOURNEY_TITLE)
			.doesNotContain("Zqrevue");
		assertThat(this.http.get("/api/search?q=" + HttpTestClient.encode("pensionnés"), "application/json").body())
			.contains(JOURNEY_TITLE)
			.doesNotContain("Zqrevue");
		assertThat(this.http.get("/search?q=Zqrevue", "text/html").body()).doesNotContain("/datasets/" + JOURNEY);

		// The coordinator's queue, under CNSS, with the submit comment and who submitted.
		HttpResponse<String> queue = coordinator.get("/review");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		String cnss = section(queue.body(), "Caisse Nationale de Sécurité Sociale");
		assertThat(cnss).contains("Zqrevue pensionnés")
			.contains("/datasets/" + JOURNEY + "/draft")
			.contains("Titre à vérifier, merci")
			.contains("Soumis par zq-review-cnss")
			.contains("class=\"diff\"");
		// The diff against the published version: the published title removed, the new
		// one
		// added.
		String journey = entry(cnss, JOURNEY);
		String titleRow = journey.substring(journey.indexOf("data-property=\"http://purl.org/dc/terms/title\""));
		assertThat(titleRow.substring(0, titleRow.indexOf("</tr>"))).contains("diff-removed")
			.contains(JOURNEY_TITLE)
			.contains("Zqrevue pensionnés");
		assertThat(queue.body()).contains("class=\"review-link\"").containsPattern("Relecture \\(\\d+\\)");
		assertThat(coordinator.get("/datasets/" + JOURNEY + "/draft").body()).contains("workflow-sendback")
			.doesNotContain("workflow-submit\"");

		HttpResponse<String> sentBack = coordinator.submitForm("/review", "/datasets/" + JOURNEY + "/sendback",
				"comment=" + HttpTestClient.encode("Le titre doit dire « CNSS » en entier."));

		assertThat(sentBack.statusCode()).as(sentBack.body()).isEqualTo(303);
		assertThat(this.drafts.draftOf(BASE + JOURNEY).orElseThrow().state()).isEqualTo(WorkflowState.DRAFT);
		assertThat(coordinator.get("/review").body()).doesNotContain("/datasets/" + JOURNEY + "/draft");
		String backPage = contributor.get("/datasets/" + JOURNEY + "/draft?lang=en").body();
		assertThat(backPage).contains("data-state=\"draft\"")
			.contains("Le titre doit dire « CNSS » en entier.")
			.contains("zq-review-coordinator")
			.contains("Submitted for review → Draft")
			.contains("workflow-submit");
		assertThat(this.history.of(BASE + JOURNEY)).extracting(RecordHistory.Change::to)
			.containsExactly(WorkflowState.DRAFT, WorkflowState.SUBMITTED);
		// Sent back, the draft is the contributor's to edit again.
		assertThat(save(contributor, JOURNEY, "Zqrevue pensionnés de la CNSS").statusCode()).isEqualTo(303);
	}

	@Test
	void aNewDatasetIsQueuedUnderItsIntendedOwnerWithEverythingAdded() {
		CookieSession contributor = account("zq-review-cnss-new", Role.CONTRIBUTOR, "cnss");
		CookieSession coordinator = account("zq-review-coordinator-six", Role.COORDINATOR, null);
		HttpResponse<String> created = contributor.submitForm("/datasets/new", "/datasets/new", "producer=cnss&titleFr="
				+ HttpTestClient.encode("Zqnouveau jeu de la CNSS") + "&descriptionFr=Description");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
		String location = created.headers().firstValue("Location").orElseThrow();
		String id = location.substring("/datasets/".length(), location.indexOf("/draft"));
		assertThat(submit(contributor, id, "Nouveau").statusCode()).isEqualTo(303);

		String cnss = section(coordinator.get("/review").body(), "Caisse Nationale de Sécurité Sociale");
		String entry = entry(cnss, id);
		assertThat(entry).contains("Zqnouveau jeu de la CNSS").contains("class=\"new-record\"").contains("Nouveau");
		assertThat(entry).contains("diff-added").doesNotContain("<del>");
		// A reader does not learn that it exists.
		assertThat(this.http.get("/datasets/" + id, "text/html").statusCode()).isEqualTo(404);
	}

	@Test
	void aSubmittedDraftIsReadOnlyToItsContributorUntilTakenBack() {
		CookieSession contributor = account("zq-review-hcp", Role.CONTRIBUTOR, "hcp");
		assertThat(save(contributor, REFUSALS, "Zqlecture seule").statusCode()).isEqualTo(303);
		assertThat(submit(contributor, REFUSALS, "").statusCode()).isEqualTo(303);
		int revision = this.drafts.draftOf(BASE + REFUSALS).orElseThrow().revision();

		HttpResponse<String> form = contributor.get("/datasets/" + REFUSALS + "/edit?lang=en");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("workflow-read-only")
			.contains("This draft is submitted for review")
			.contains("<fieldset class=\"form-body\" disabled=\"disabled\">")
			.contains("action=\"/datasets/" + REFUSALS + "/takeback\"");
		HttpResponse<String> refused = contributor.submitForm("/datasets/" + REFUSALS + "/draft",
				"/datasets/" + REFUSALS + "/edit?lang=en", DatasetDraftIntegrationTests.edit("Zqforced", "", ""));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Nothing was saved: the draft is submitted for review.")
			.contains("value=\"Zqforced\"");
		assertThat(this.drafts.draftOf(BASE + REFUSALS).orElseThrow().revision()).isEqualTo(revision);

		HttpResponse<String> takenBack = contributor.submitForm("/datasets/" + REFUSALS + "/draft",
				"/datasets/" + REFUSALS + "/takeback", "x=1");
		assertThat(takenBack.statusCode()).as(takenBack.body()).isEqualTo(303);
		assertThat(this.drafts.draftOf(BASE + REFUSALS).orElseThrow().state()).isEqualTo(WorkflowState.DRAFT);
		assertThat(contributor.get("/datasets/" + REFUSALS + "/edit").body()).doesNotContain("workflow-read-only")
			.doesNotContain("disabled=\"disabled\"");
	}

	@Test
	void aCoordinatorsOwnSaveOfASubmittedDraftKeepsItInTheQueueAndIsRecorded() {
		CookieSession contributor = account("zq-review-unhcr", Role.CONTRIBUTOR, "unhcr");
		CookieSession coordinator = account("zq-review-coordinator-two", Role.COORDINATOR, null);
		assertThat(save(contributor, UNHCR, "Zqrevue réfugiés").statusCode()).isEqualTo(303);
		assertThat(submit(contributor, UNHCR, "Première version").statusCode()).isEqualTo(303);
		assertThat(coordinator.get("/datasets/" + UNHCR + "/edit").body()).doesNotContain("workflow-read-only");

		HttpResponse<String> saved = save(coordinator, UNHCR, "Zqrevue réfugiés corrigé");

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		RecordDrafts.Draft draft = this.drafts.draftOf(BASE + UNHCR).orElseThrow();
		assertThat(draft.state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(this.history.of(BASE + UNHCR)).first().satisfies((change) -> {
			assertThat(change.from()).isEqualTo(WorkflowState.SUBMITTED);
			assertThat(change.to()).isEqualTo(WorkflowState.SUBMITTED);
			assertThat(change.authorName()).contains("zq-review-coordinator-two");
		});
		// The queue groups by producer: UNHCR's draft is under UNHCR, with its title as
		// the coordinator left it.
		String queue = coordinator.get("/review").body();
		assertThat(section(queue, "Haut-Commissariat des Nations Unies pour les réfugiés"))
			.contains("Zqrevue réfugiés corrigé")
			.contains("Première version")
			.contains("Soumis par zq-review-unhcr");
	}

	@Test
	void eachStepIsRefusedToWhoeverMayNotTakeItAndWritesNothing() {
		CookieSession owner = account("zq-review-hcp-two", Role.CONTRIBUTOR, "hcp");
		CookieSession other = account("zq-review-anapec", Role.CONTRIBUTOR, "anapec");
		CookieSession member = account("zq-review-member", null, null);
		assertThat(save(owner, REFUSALS, "Zqrefus").statusCode()).isEqualTo(303);
		int changes = this.history.of(BASE + REFUSALS).size();

		// Another producer's contributor, a member: 403; a reader: the sign-in page.
		for (CookieSession refused : List.of(other, member)) {
			assertThat(refused.submitForm("/", "/datasets/" + REFUSALS + "/submit", "comment=Zq").statusCode())
				.isEqualTo(403);
			assertThat(refused.get("/review").statusCode()).isEqualTo(403);
		}
		HttpResponse<String> reader = this.http.submitForm("/sign-in", "/datasets/" + REFUSALS + "/submit", "x=1");
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(reader.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		assertThat(this.http.get("/review", "text/html").statusCode()).isEqualTo(302);
		assertThat(this.drafts.draftOf(BASE + REFUSALS).orElseThrow().state()).isEqualTo(WorkflowState.DRAFT);

		// Submitted by its contributor, who may not send it back: that is a
		// coordinator's.
		assertThat(submit(owner, REFUSALS, "").statusCode()).isEqualTo(303);
		assertThat(owner.submitForm("/", "/datasets/" + REFUSALS + "/sendback", "comment=Zq").statusCode())
			.isEqualTo(403);
		assertThat(owner.get("/review").statusCode()).isEqualTo(403);
		assertThat(other.submitForm("/", "/datasets/" + REFUSALS + "/takeback", "x=1").statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(BASE + REFUSALS).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(this.history.of(BASE + REFUSALS)).hasSize(changes + 1);

		// Without a CSRF token, even its own contributor is refused.
		assertThat(owner.post("/datasets/" + REFUSALS + "/takeback", "x=1").statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(BASE + REFUSALS).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(owner.submitForm("/", "/datasets/" + REFUSALS + "/takeback", "x=1").statusCode()).isEqualTo(303);
		assertThat(this.history.of(BASE + REFUSALS)).hasSize(changes + 2);
	}

	@Test
	void aStepFromTheWrongStateIsAConflictThatSaysTheState() {
		CookieSession owner = account("zq-review-hcp-three", Role.CONTRIBUTOR, "hcp");
		CookieSession coordinator = account("zq-review-coordinator-three", Role.COORDINATOR, null);
		assertThat(save(owner, REFUSALS, "Zqconflit").statusCode()).isEqualTo(303);
		int changes = this.history.of(BASE + REFUSALS).size();

		HttpResponse<String> takeBack = owner.submitForm("/", "/datasets/" + REFUSALS + "/takeback?lang=en", "x=1");
		assertThat(takeBack.statusCode()).isEqualTo(409);
		assertThat(takeBack.body()).contains("The draft is in state “Draft”; this needs state “Submitted for review”.");
		HttpResponse<String> sendBack = coordinator.submitForm("/", "/datasets/" + REFUSALS + "/sendback",
				"comment=Zq");
		assertThat(sendBack.statusCode()).isEqualTo(409);
		assertThat(sendBack.body()).contains("Le brouillon est à l&#39;état « Brouillon »");

		assertThat(submit(owner, REFUSALS, "").statusCode()).isEqualTo(303);
		HttpResponse<String> again = submit(owner, REFUSALS, "");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(this.history.of(BASE + REFUSALS)).hasSize(changes + 1);

		// A published dataset with no draft has nothing to submit; an unknown one is a
		// 404.
		HttpResponse<String> none = coordinator.submitForm("/", "/datasets/" + NO_DRAFT + "/submit?lang=ar", "x=1");
		assertThat(none.statusCode()).isEqualTo(409);
		assertThat(none.body()).contains("ليست لمجموعة البيانات هذه مسودة").contains("dir=\"rtl\"");
		assertThat(this.drafts.draftOf(BASE + NO_DRAFT)).isEmpty();
		assertThat(coordinator.submitForm("/", "/datasets/no-such-dataset/submit", "x=1").statusCode()).isEqualTo(404);
		assertThat(coordinator.submitForm("/", "/datasets/no-such-dataset/sendback", "comment=Zq").statusCode())
			.isEqualTo(404);
		assertThat(owner.submitForm("/", "/datasets/" + REFUSALS + "/takeback", "x=1").statusCode()).isEqualTo(303);
	}

	@Test
	void sendingBackWithoutACommentOrWithAnOverlongOneIsRefusedInTheReadersLanguage() {
		CookieSession owner = account("zq-review-hcp-four", Role.CONTRIBUTOR, "hcp");
		CookieSession coordinator = account("zq-review-coordinator-four", Role.COORDINATOR, null);
		assertThat(save(owner, REFUSALS, "Zqcommentaire").statusCode()).isEqualTo(303);
		assertThat(submit(owner, REFUSALS, "").statusCode()).isEqualTo(303);
		int changes = this.history.of(BASE + REFUSALS).size();

		HttpResponse<String> empty = coordinator.submitForm("/", "/datasets/" + REFUSALS + "/sendback?lang=en",
				"comment=+++");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("the comment is required").contains("workflow-sendback");
		HttpResponse<String> french = coordinator.submitForm("/", "/datasets/" + REFUSALS + "/sendback?lang=fr", "x=1");
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).contains("le commentaire est obligatoire");
		HttpResponse<String> arabic = coordinator.submitForm("/", "/datasets/" + REFUSALS + "/sendback?lang=ar", "x=1");
		assertThat(arabic.body()).contains("التعليق إلزامي");
		String overlong = "Zqlong " + "x".repeat(RecordHistory.COMMENT_LENGTH);
		HttpResponse<String> tooLong = coordinator.submitForm("/", "/datasets/" + REFUSALS + "/sendback?lang=en",
				"comment=" + HttpTestClient.encode(overlong));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("The comment has 2007 characters; at most 2000.")
			.contains(overlong.substring(0, 50));
		assertThat(this.drafts.draftOf(BASE + REFUSALS).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(this.history.of(BASE + REFUSALS)).hasSize(changes);
		assertThat(owner.submitForm("/", "/datasets/" + REFUSALS + "/takeback", "x=1").statusCode()).isEqualTo(303);
	}

	@Test
	void theHeaderCountsTheQueueForCoordinatorsOnly() {
		CookieSession coordinator = account("zq-review-coordinator-five", Role.COORDINATOR, null);
		CookieSession contributor = account("zq-review-hcp-five", Role.CONTRIBUTOR, "hcp");
		long submitted = this.drafts.all().stream().filter(RecordDrafts.Draft::submitted).count();
		assertThat(coordinator.get("/?lang=en").body()).contains("Review (" + submitted + ")");
		assertThat(contributor.get("/").body()).doesNotContain("review-link");
		assertThat(this.http.get("/", "text/html").body()).doesNotContain("review-link");
	}

	private HttpResponse<String> save(CookieSession session, String id, String title) {
		return session.submitForm("/datasets/" + id + "/edit", "/datasets/" + id + "/edit",
				DatasetDraftIntegrationTests.edit(title, "", ""));
	}

	private HttpResponse<String> submit(CookieSession session, String id, String comment) {
		return session.submitForm("/", "/datasets/" + id + "/submit", "comment=" + HttpTestClient.encode(comment));
	}

	/** The queue's section of the producer named {@code producer}. */
	private static String section(String page, String producer) {
		int heading = page.indexOf(producer + "</span></h2>");
		assertThat(heading).as("a section for " + producer).isPositive();
		int end = page.indexOf("<section class=\"review-producer\"", heading);
		return page.substring(heading, (end < 0) ? page.length() : end);
	}

	/** The queue's entry of dataset {@code id} in {@code section}. */
	private static String entry(String section, String id) {
		int start = section.indexOf("data-record=\"" + BASE + id + "\"");
		assertThat(start).as("an entry for " + id).isPositive();
		return section.substring(start, section.indexOf("</article>", start));
	}

	private CookieSession account(String userName, Role role, String producer) {
		return CookieSession.signedInAs(this.http, this.accounts, userName, PASSWORD, role, producer);
	}

}
