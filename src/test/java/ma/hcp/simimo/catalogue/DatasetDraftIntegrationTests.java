package ma.hcp.simimo.catalogue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a dataset as a draft over real HTTP (decision 0021): a contributor of ANAPEC
 * edits an ANAPEC dataset and the draft lands in the private store only, so that the
 * public page, search, autocomplete, /sparql (text index included), the linked data and
 * the DCAT export keep the published title; a crafted request on another producer's
 * dataset is refused and writes nothing; unknown ids, oversized bodies, shapes
 * violations, a missing CSRF token and an expired session each give their answer and
 * write nothing. The application is shared with other test classes, so each dataset here
 * has one role: the refused requests aim at datasets that no test edits.
 */
class DatasetDraftIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a contributor's long password";

	private static final String BASE = "https://w3id.org/simimo/datasets/";

	/** Edited by the ANAPEC contributor. */
	private static final String EDITED = "anapec-moroccan-workers-placed-abroad";

	private static final String OLD_TITLE = "Travailleurs marocains placés à l'étranger par l'ANAPEC";

	/** Never saved by anyone: every refused request aims here. */
	private static final String UNTOUCHED = "anapec-foreign-workers-activity-certificate";

	/**
	 * Another producer's (MIEPEEC), never saved either (PermissionMatrixIntegrationTests
	 * saves DGSN's).
	 */
	private static final String DGSN = "miepeec-vocational-training-immigrants";

	private static final String NEW_TITLE = "Zqdraftword travailleurs placés";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Test
	void aContributorOfAnapecSavesADraftThatNoPublicPathShows() {
		CookieSession contributor = contributor("zq-anapec-one", "anapec");
		HttpResponse<String> form = contributor.get("/datasets/" + EDITED + "/edit");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(form.body()).contains("value=\"Travailleurs marocains placés à l&#39;étranger par l&#39;ANAPEC\"")
			.contains("id=\"titleAr\" name=\"titleAr\" lang=\"ar\" dir=\"rtl\"")
			.contains("placement à l&#39;étranger");

		HttpResponse<String> saved = contributor.submitForm("/datasets/" + EDITED + "/edit",
				"/datasets/" + EDITED + "/edit", edit(NEW_TITLE, "2003", "2020"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		assertThat(saved.headers().firstValue("Location").orElseThrow())
			.endsWith("/datasets/" + EDITED + "/draft?saved");
		HttpResponse<String> draft = contributor.get("/datasets/" + EDITED + "/draft");
		assertThat(draft.statusCode()).isEqualTo(200);
		assertThat(draft.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(draft.body()).contains(NEW_TITLE).contains("draft-banner").contains("Brouillon");
		assertThat(this.drafts.draftOf(BASE + EDITED)).isPresent();
		// The form now starts from the draft, whole: what the form does not show stays.
		assertThat(contributor.get("/datasets/" + EDITED + "/edit").body()).contains(NEW_TITLE)
			.contains("value=\"2003\"");
		assertThat(this.drafts.description(this.drafts.draftOf(BASE + EDITED).orElseThrow()).toString())
			.contains("hasQualityAnnotation")
			.contains("administrative-register");

		HttpResponse<String> page = contributor.get("/datasets/" + EDITED);
		assertThat(page.body()).contains("draft-in-progress").contains("/datasets/" + EDITED + "/draft");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");

		HttpResponse<String> anonymous = this.http.get("/datasets/" + EDITED, "text/html");
		assertThat(anonymous.body()).contains("Travailleurs marocains placés à l&#39;étranger par l&#39;ANAPEC")
			.doesNotContain(NEW_TITLE)
			.doesNotContain("draft-in-progress")
			.doesNotContain("edit-record")
			.doesNotContain("/edit\"");
		assertNowhereInPublic("Zqdraftword");
	}

	@Test
	void aCraftedRequestOnAnotherProducersDatasetIsRefusedAndWritesNothing() {
		CookieSession contributor = contributor("zq-anapec-two", "anapec");
		assertThat(contributor.get("/datasets/" + DGSN + "/edit").statusCode()).isEqualTo(403);
		// The token of a form it may open, sent to a dataset it may not edit.
		HttpResponse<String> crafted = contributor.submitForm("/datasets/" + EDITED + "/edit",
				"/datasets/" + DGSN + "/edit", edit("Zqpirate", "", ""));
		assertThat(crafted.statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(BASE + DGSN)).isEmpty();
		assertThat(contributor.get("/datasets/" + DGSN).body()).doesNotContain("edit-record");
		assertThat(contributor.get("/datasets/" + DGSN + "/draft").statusCode()).isEqualTo(403);
	}

	@Test
	void aCoordinatorEditsAnyProducersDataset() {
		this.accounts.create("zq-coordinator-one", "", PASSWORD, Set.of(Role.COORDINATOR), Set.of());
		CookieSession coordinator = CookieSession.signedIn(this.http, "zq-coordinator-one", PASSWORD);
		HttpResponse<String> saved = coordinator.submitForm("/datasets/cnss-foreign-employees/edit",
				"/datasets/cnss-foreign-employees/edit", edit("Zqcoordinated salariés étrangers", "", ""));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		assertThat(coordinator.get("/datasets/cnss-foreign-employees/draft").body())
			.contains("Zqcoordinated salariés étrangers");
		assertThat(coordinator.get("/drafts").body()).contains("/datasets/cnss-foreign-employees/draft");
	}

	@Test
	void aMemberIsRefusedAndAReaderIsSentToSignIn() {
		this.accounts.create("zq-member-one", "", PASSWORD, Set.of(), Set.of());
		CookieSession member = CookieSession.signedIn(this.http, "zq-member-one", PASSWORD);
		assertThat(member.get("/datasets/" + UNTOUCHED + "/edit").statusCode()).isEqualTo(403);
		assertThat(member.submitForm("/datasets", "/datasets/" + UNTOUCHED + "/edit", edit("Zqmember", "", ""))
			.statusCode()).isEqualTo(403);
		assertThat(member.get("/drafts").statusCode()).isEqualTo(403);
		assertThat(member.get("/datasets/" + UNTOUCHED).body()).doesNotContain("edit-record");

		HttpResponse<String> anonymous = this.http.get("/datasets/" + UNTOUCHED + "/edit", "text/html");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		HttpResponse<String> anonymousPost = this.http.submitForm("/sign-in", "/datasets/" + UNTOUCHED + "/edit",
				edit("Zqanonymous", "", ""));
		assertThat(anonymousPost.statusCode()).isEqualTo(302);
		assertThat(anonymousPost.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		assertThat(this.http.get("/drafts", "text/html").statusCode()).isEqualTo(302);
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	@Test
	void anUnknownDatasetIsNotFound() {
		CookieSession contributor = contributor("zq-anapec-three", "anapec");
		assertThat(contributor.get("/datasets/no-such-dataset/edit").statusCode()).isEqualTo(404);
		assertThat(contributor
			.submitForm("/datasets/" + EDITED + "/edit", "/datasets/no-such-dataset/edit", edit("Zqghost", "", ""))
			.statusCode()).isEqualTo(404);
		// An IRI no record and no draft has (decision 0025: a new dataset not yet
		// published
		// is hidden the same way from whoever may not read it).
		assertThat(contributor.get("/datasets/no-such-dataset/draft").statusCode()).isEqualTo(404);
	}

	@Test
	void anOversizedFormIsRefusedWith413() {
		CookieSession contributor = contributor("zq-anapec-four", "anapec");
		String huge = "x".repeat(1_100_000);
		HttpResponse<String> refused = contributor.submitForm("/datasets/" + UNTOUCHED + "/edit",
				"/datasets/" + UNTOUCHED + "/edit", edit(huge, "", ""));
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	@Test
	void aTooLongTitleIsAFormErrorNamingTheField() {
		CookieSession contributor = contributor("zq-anapec-five", "anapec");
		HttpResponse<String> refused = contributor.submitForm("/datasets/" + UNTOUCHED + "/edit",
				"/datasets/" + UNTOUCHED + "/edit?lang=en", edit("y".repeat(301), "2018", "20x9"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("At most 300 characters")
			.contains("Neither a year (2018) nor a date (2018-06-01).")
			.contains("20x9");
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	@Test
	void aShapesViolationIsShownFieldByFieldInEachLanguageAndWritesNothing() {
		CookieSession contributor = contributor("zq-anapec-six", "anapec");
		String form = "titleFr=&titleEn=&titleAr=&descriptionFr=Zqkept+description&accessRights="
				+ HttpTestClient.encode("https://example.org/not-a-right");
		HttpResponse<String> french = contributor.submitForm("/datasets/" + UNTOUCHED + "/edit",
				"/datasets/" + UNTOUCHED + "/edit?lang=fr", form);
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).contains("data-field=\"title\"")
			.contains("Un jeu de données a au moins un titre.")
			.contains("data-field=\"accessRights\"")
			.contains("https://example.org/not-a-right")
			.contains("« https://example.org/not-a-right » n&#39;en est pas")
			.contains("Zqkept description");
		HttpResponse<String> english = contributor.submitForm("/datasets/" + UNTOUCHED + "/edit",
				"/datasets/" + UNTOUCHED + "/edit?lang=en", form);
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("A dataset has at least one title.")
			.contains("Access rights come from the EU access-right vocabulary");
		HttpResponse<String> arabic = contributor.submitForm("/datasets/" + UNTOUCHED + "/edit",
				"/datasets/" + UNTOUCHED + "/edit?lang=ar", form);
		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body()).contains("لمجموعة البيانات عنوان واحد على الأقل")
			.contains("تؤخذ حقوق الوصول من مفردات حقوق الوصول");
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	@Test
	void aMissingCsrfTokenShowsTheFormAgainWithTheInputAndWritesNothing() {
		CookieSession contributor = contributor("zq-anapec-seven", "anapec");
		HttpResponse<String> refused = contributor.post("/datasets/" + UNTOUCHED + "/edit?lang=en",
				edit("Zqtyped title", "", ""));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired or the form is no longer valid")
			.contains("value=\"Zqtyped title\"")
			.contains("name=\"_csrf\"");
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	@Test
	void anExpiredSessionShowsTheFormAgainWithTheInputAndWritesNothing() {
		CookieSession contributor = contributor("zq-anapec-eight", "anapec");
		HttpResponse<String> form = contributor.get("/datasets/" + UNTOUCHED + "/edit");
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(form.body());
		assertThat(token.find()).isTrue();
		// The server forgets the session (as after a timeout) while the browser keeps its
		// cookies: the session's and the CSRF token's, which stays valid.
		java.util.Map<String, String> cookies = new java.util.HashMap<>(contributor.cookies());
		contributor.post("/sign-out", "_csrf=" + HttpTestClient.encode(token.group(1)));
		contributor.cookies().clear();
		contributor.cookies().putAll(cookies);
		HttpResponse<String> refused = contributor.send(this.http.request("/datasets/" + UNTOUCHED + "/edit")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers
				.ofString(edit("Zqexpired title", "", "") + "&_csrf=" + HttpTestClient.encode(token.group(1)))));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Votre session a expiré").contains("value=\"Zqexpired title\"");
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	@Test
	void scriptInATitleIsStoredAsTextAndShownEscaped() {
		CookieSession contributor = contributor("zq-anapec-nine", "anapec");
		String id = "anapec-migrants-regularised-projects";
		HttpResponse<String> saved = contributor.submitForm("/datasets/" + id + "/edit", "/datasets/" + id + "/edit",
				edit("<script>alert('zq')</script> Projets", "", ""));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String draft = contributor.get("/datasets/" + id + "/draft").body();
		assertThat(draft).contains("&lt;script&gt;alert(&#39;zq&#39;)&lt;/script&gt; Projets")
			.doesNotContain("<script>alert");
		assertThat(contributor.get("/datasets/" + id + "/edit").body())
			.contains("value=\"&lt;script&gt;alert(&#39;zq&#39;)&lt;/script&gt; Projets\"");
	}

	@Test
	void theProducerPageMarksTheDatasetsTheViewerMayEdit() {
		CookieSession contributor = contributor("zq-anapec-ten", "anapec");
		assertThat(contributor.get("/producers/anapec").body()).contains("class=\"editable\"")
			.contains("/datasets/" + EDITED + "/edit");
		assertThat(contributor.get("/producers/miepeec").body()).doesNotContain("class=\"editable\"");
		assertThat(this.http.get("/producers/anapec", "text/html").body()).doesNotContain("class=\"editable\"");
	}

	private CookieSession contributor(String userName, String producer) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, "", PASSWORD, Set.of(Role.CONTRIBUTOR),
					Set.of("https://w3id.org/simimo/producers/" + producer));
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

	static String edit(String titleFr, String start, String end) {
		return "titleFr=" + HttpTestClient.encode(titleFr) + "&titleEn=Moroccan+workers&titleAr="
				+ "&descriptionFr=Une+description&descriptionEn=A+description&descriptionAr="
				+ "&keywordsFr=placement&keywordsEn=placement&keywordsAr=&coverageStart=" + start + "&coverageEnd="
				+ end + "&accessRights="
				+ HttpTestClient.encode("http://publications.europa.eu/resource/authority/access-right/PUBLIC")
				+ "&stockOrFlow=" + HttpTestClient.encode("https://w3id.org/simimo/concepts/stock-flow/flow");
	}

	/** Looks for {@code word} in every public path a reader has. */
	private void assertNowhereInPublic(String word) {
		assertThat(this.http.sparqlFinds(word)).isFalse();
		for (String path : List.of("/api/search?q=" + word, "/api/suggest?q=" + word.substring(0, 6) + "&lang=fr")) {
			HttpResponse<String> response = this.http.get(path, "application/json");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).doesNotContain("travailleurs placés").doesNotContain(EDITED);
		}
		HttpResponse<String> search = this.http.get("/search?q=" + word, "text/html");
		assertThat(search.body()).doesNotContain("class=\"hit\" data-type");
		assertThat(this.http.get("/search?q=placement", "text/html").body()).doesNotContain(word);
		for (String[] rdf : List.of(new String[] { "/datasets/" + EDITED, "text/turtle" },
				new String[] { "/catalogue", "text/turtle" }, new String[] { "/sparql?default", "application/n-quads" },
				new String[] { "/datasets/" + EDITED + "?format=jsonld", null })) {
			HttpResponse<String> response = this.http.get(rdf[0], rdf[1]);
			assertThat(response.statusCode()).as(rdf[0]).isEqualTo(200);
			assertThat(response.body()).as(rdf[0]).doesNotContain(word);
		}
		assertThat(this.http.get("/datasets/" + EDITED, "text/turtle").body()).contains(OLD_TITLE);
		assertThat(this.http.get("/api/datasets/" + EDITED, "application/json").body()).doesNotContain(word)
			.contains("ANAPEC");
	}

}
