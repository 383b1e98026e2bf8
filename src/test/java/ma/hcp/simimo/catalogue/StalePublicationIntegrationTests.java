package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The publish form carries the revision of the draft the coordinator read (decision
 * 0027): when a contributor takes the draft back, saves it and submits it again between
 * the coordinator opening the draft page and publishing, the publication is a 409 saying
 * so in French, English or Arabic, nothing is published, the draft is kept at its new
 * revision and the page shown again offers it; publishing from that page publishes the
 * version read. Its own application context ({@link PublishingApplication}): it publishes
 * at the end.
 */
@PublishingApplication
class StalePublicationIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a stale publisher's long password";

	/** MIEPEEC's; no other publishing test uses it. */
	private static final String ID = "miepeec-vocational-training-immigrants";

	private static final String DATASET = "https://w3id.org/simimo/datasets/" + ID;

	/** The revision field of the publish form (the CSRF field may come first). */
	private static final Pattern REVISION = Pattern
		.compile("class=\"workflow-publish\"(?:(?!</form>).)*?name=\"revision\" value=\"([0-9]+)\"", Pattern.DOTALL);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	RecordHistory history;

	@Test
	void aDraftSavedAfterTheCoordinatorOpenedItIsNotPublishedUnseen() {
		CookieSession contributor = CookieSession.signedInAs(this.http, this.accounts, "zq-stale-miepeec", PASSWORD,
				Role.CONTRIBUTOR, "miepeec");
		CookieSession coordinator = CookieSession.signedInAs(this.http, this.accounts, "zq-stale-coordinator", PASSWORD,
				Role.COORDINATOR, null);
		assertThat(save(contributor, "Zqstale première version").statusCode()).isEqualTo(303);
		assertThat(contributor.submitForm("/", "/datasets/" + ID + "/submit", "comment=").statusCode()).isEqualTo(303);

		// The coordinator opens the draft page: its publish form names the revision read.
		String opened = coordinator.get("/datasets/" + ID + "/draft?lang=fr").body();
		assertThat(opened).contains("Zqstale première version");
		int reviewed = revisionOf(opened);
		assertThat(reviewed).isEqualTo(this.drafts.draftOf(DATASET).orElseThrow().revision());
		String token = token(opened);

		// Meanwhile the contributor takes it back, saves another title and submits it.
		assertThat(contributor.submitForm("/", "/datasets/" + ID + "/takeback", "x=1").statusCode()).isEqualTo(303);
		assertThat(save(contributor, "Zqstale seconde version").statusCode()).isEqualTo(303);
		assertThat(contributor.submitForm("/", "/datasets/" + ID + "/submit", "comment=").statusCode()).isEqualTo(303);
		int changes = this.history.of(DATASET).size();

		HttpResponse<String> french = publish(coordinator, "fr", reviewed, token);
		assertThat(french.statusCode()).isEqualTo(409);
		assertThat(french.body()).contains("le brouillon a été enregistré de nouveau depuis que vous")
			.contains("Zqrelu")
			.contains("Zqstale seconde version");
		assertThat(publish(coordinator, "en", reviewed, token).body())
			.contains("Publication refused: the draft was saved again since you opened it.");
		assertThat(publish(coordinator, "ar", reviewed, token).body()).contains("حُفظت المسودة من جديد منذ أن فتحتها");
		assertThat(coordinator
			.post("/datasets/" + ID + "/publish?lang=en", "revision=r1&_csrf=" + HttpTestClient.encode(token))
			.statusCode()).isEqualTo(400);

		// Nothing published, the draft kept at its new revision, which the page offers.
		RecordDrafts.Draft kept = this.drafts.draftOf(DATASET).orElseThrow();
		assertThat(kept.state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(kept.revision()).isGreaterThan(reviewed);
		assertThat(revisionOf(french.body())).isEqualTo(kept.revision());
		assertThat(this.history.of(DATASET)).hasSize(changes);
		assertThat(this.http.search("Zqstale")).doesNotContain(DATASET);
		assertThat(this.http.sparqlFinds("Zqstale")).isFalse();
		assertThat(this.http.get("/datasets/" + ID, "text/html").body()).contains("Formation professionnelle");

		// Published from the page that shows the new version, it is that version.
		HttpResponse<String> published = coordinator.submitForm("/datasets/" + ID + "/draft",
				"/datasets/" + ID + "/publish", "comment=Zqrelu");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
		assertThat(this.http.get("/datasets/" + ID, "text/turtle").body()).contains("Zqstale seconde version")
			.doesNotContain("Zqstale première version");
	}

	private HttpResponse<String> publish(CookieSession coordinator, String language, int revision, String token) {
		return coordinator.post("/datasets/" + ID + "/publish?lang=" + language,
				"comment=Zqrelu&revision=" + revision + "&_csrf=" + HttpTestClient.encode(token));
	}

	private static HttpResponse<String> save(CookieSession session, String title) {
		return session.submitForm("/datasets/" + ID + "/edit", "/datasets/" + ID + "/edit",
				DatasetDraftIntegrationTests.edit(title, "", ""));
	}

	private static int revisionOf(String page) {
		Matcher revision = REVISION.matcher(page);
		assertThat(revision.find()).as("a publish form with a revision").isTrue();
		return Integer.parseInt(revision.group(1));
	}

	private static String token(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
