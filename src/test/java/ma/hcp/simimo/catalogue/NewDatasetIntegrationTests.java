package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating a dataset as a draft and discarding drafts over real HTTP (decision 0025): the
 * new dataset's IRI is minted from its French title, its intended owner is kept in the
 * private drafts index and read by the permission checks, and no public path knows it; a
 * contributor of another producer, a member and a reader are refused; bad input is a form
 * error naming the field in the reader's language, with nothing written; discarding
 * removes the draft, and with it a dataset that was never published.
 */
class NewDatasetIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a contributor's long password";

	private static final String BASE = "https://w3id.org/simimo/datasets/";

	private static final String ANAPEC = "https://w3id.org/simimo/producers/anapec";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	DatasetDraftRepository datasetDrafts;

	@Test
	void aContributorCreatesADatasetOfItsProducerThatNoPublicPathShows() {
		CookieSession contributor = account("zn-anapec-one", Set.of(Role.CONTRIBUTOR), "anapec");
		assertThat(contributor.get("/producers/anapec").body()).contains("/datasets/new?producer=anapec");
		assertThat(contributor.get("/producers/dgsn").body()).doesNotContain("/datasets/new");
		HttpResponse<String> form = contributor.get("/datasets/new?producer=anapec");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(form.body()).contains("name=\"producer\"")
			.contains("value=\"anapec\"")
			.doesNotContain("value=\"dgsn\"");

		HttpResponse<String> saved = contributor.submitForm("/datasets/new", "/datasets/new",
				"producer=anapec&" + form("Znouveau Travailleurs saisonniers à l'étranger", "Une description"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String id = "anapec-znouveau-travailleurs-saisonniers-a-l-etranger";
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/datasets/" + id + "/draft?saved");
		Draft draft = this.drafts.draftOf(BASE + id).orElseThrow();
		assertThat(draft.owner()).contains(ANAPEC);
		assertThat(this.drafts.intendedOwner(BASE + id)).contains(ANAPEC);

		HttpResponse<String> page = contributor.get("/datasets/" + id + "/draft");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Znouveau Travailleurs saisonniers")
			.contains("draft-banner")
			.contains("Jamais publié");
		assertThat(contributor.get("/drafts").body()).contains("/datasets/" + id + "/draft")
			.contains("Znouveau Travailleurs saisonniers")
			.contains("/datasets/" + id + "/discard");
		// Saved again through the edit form: the next revision, the same intended owner.
		HttpResponse<String> again = contributor.submitForm("/datasets/" + id + "/edit", "/datasets/" + id + "/edit",
				form("Znouveau Travailleurs saisonniers, révisé", "Une description"));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(303);
		assertThat(this.drafts.draftOf(BASE + id).orElseThrow().revision()).isEqualTo(2);
		assertThat(this.drafts.draftOf(BASE + id).orElseThrow().owner()).contains(ANAPEC);

		CookieSession coordinator = account("zn-coordinator-one", Set.of(Role.COORDINATOR));
		assertThat(coordinator.get("/datasets/" + id + "/draft").statusCode()).isEqualTo(200);
		// To whoever may not read it, a new dataset is an IRI nobody used.
		CookieSession other = account("zn-dgsn-one", Set.of(Role.CONTRIBUTOR), "dgsn");
		CookieSession member = account("zn-member-one", Set.of());
		for (CookieSession refused : List.of(other, member)) {
			assertThat(refused.get("/datasets/" + id + "/draft").statusCode()).isEqualTo(404);
			assertThat(refused.get("/datasets/" + id + "/edit").statusCode()).isEqualTo(404);
			assertThat(refused.get("/datasets/" + id + "/discard").statusCode()).isEqualTo(404);
			assertThat(refused.get("/drafts").body()).doesNotContain(id);
		}
		assertThat(other.submitForm("/datasets/new", "/datasets/" + id + "/edit", form("Znpirate", "x")).statusCode())
			.isEqualTo(404);
		assertThat(this.drafts.draftOf(BASE + id).orElseThrow().revision()).isEqualTo(2);

		assertThat(this.http.get("/datasets/" + id, "text/html").statusCode()).isEqualTo(404);
		assertThat(contributor.get("/datasets/" + id).statusCode()).isEqualTo(404);
		assertThat(this.http.get("/datasets/" + id, "text/turtle").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/api/datasets/" + id, "application/json").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/datasets/" + id + "/draft", "text/html").statusCode()).isEqualTo(302);
		assertNowhereInPublic("Znouveau", id);
	}

	@Test
	void theIriIsASlugOfTheFrenchTitleWhateverWasTypedAndIsNeverTakenTwice() {
		CookieSession coordinator = account("zn-coordinator-two", Set.of(Role.COORDINATOR));
		String title = "<script>alert('zn')</script> Émigrés & « retours » ’2024’";
		HttpResponse<String> first = coordinator.submitForm("/datasets/new", "/datasets/new",
				"producer=dgsn&" + form(title, "Une description"));
		HttpResponse<String> second = coordinator.submitForm("/datasets/new", "/datasets/new",
				"producer=dgsn&" + form(title, "Une autre description"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(303);
		String id = "dgsn-script-alert-zn-script-emigres-retours-2024";
		assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/datasets/" + id + "/draft?saved");
		assertThat(second.headers().firstValue("Location").orElseThrow())
			.endsWith("/datasets/" + id + "-2/draft?saved");
		assertThat(this.drafts.intendedOwner(BASE + id + "-2")).contains("https://w3id.org/simimo/producers/dgsn");
		String page = coordinator.get("/datasets/" + id + "/draft").body();
		assertThat(page).contains("&lt;script&gt;alert(&#39;zn&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
		// A published dataset's IRI is taken too.
		assertThat(this.drafts.taken(BASE + "dgsn-foreigners-residence-permit")).isTrue();
	}

	@Test
	void aContributorCannotCreateForAnotherProducerByACraftedRequest() {
		CookieSession contributor = account("zn-anapec-two", Set.of(Role.CONTRIBUTOR), "anapec");
		int before = this.drafts.all().size();
		HttpResponse<String> crafted = contributor.submitForm("/datasets/new", "/datasets/new",
				"producer=dgsn&" + form("Znpirate DGSN", "Une description"));
		assertThat(crafted.statusCode()).isEqualTo(403);
		assertThat(this.drafts.all().size()).isEqualTo(before);
		assertThat(this.drafts.draftOf(BASE + "dgsn-znpirate-dgsn")).isEmpty();
	}

	@Test
	void aMemberIsRefusedAndAReaderIsSentToSignIn() {
		CookieSession member = account("zn-member-two", Set.of());
		assertThat(member.get("/datasets/new").statusCode()).isEqualTo(403);
		assertThat(member.submitForm("/", "/datasets/new", "producer=anapec&" + form("Znmember", "x")).statusCode())
			.isEqualTo(403);
		HttpResponse<String> reader = this.http.get("/datasets/new", "text/html");
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(reader.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		HttpResponse<String> readerPost = this.http.submitForm("/sign-in", "/datasets/new",
				"producer=anapec&" + form("Znreader", "x"));
		assertThat(readerPost.statusCode()).isEqualTo(302);
		assertThat(this.drafts.draftOf(BASE + "anapec-znmember")).isEmpty();
		assertThat(this.drafts.draftOf(BASE + "anapec-znreader")).isEmpty();
	}

	@Test
	void badInputIsAFormErrorNamingTheFieldInTheReadersLanguageAndWritesNothing() {
		CookieSession contributor = account("zn-anapec-three", Set.of(Role.CONTRIBUTOR), "anapec");
		int before = this.drafts.all().size();
		// No description in any language: the content shapes refuse it.
		HttpResponse<String> english = contributor.submitForm("/datasets/new", "/datasets/new?lang=en",
				"producer=anapec&" + form("Znsans description", ""));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("data-field=\"description\"")
			.contains("A dataset has a description (mandatory in DCAT-AP 3).")
			.contains("value=\"Znsans description\"");
		HttpResponse<String> french = contributor.submitForm("/datasets/new", "/datasets/new?lang=fr",
				"producer=anapec&" + form("", "Une description"));
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).contains("data-field=\"title\"")
			.contains("Un titre en français est obligatoire")
			.contains("Une description");
		HttpResponse<String> arabic = contributor.submitForm("/datasets/new", "/datasets/new?lang=ar",
				"producer=nowhere&" + form("Znnulle part", "Une description"));
		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body()).contains("data-field=\"producer\"").contains("nowhere").contains("dir=\"rtl\"");
		HttpResponse<String> oversized = contributor.submitForm("/datasets/new", "/datasets/new",
				"producer=anapec&" + form("x".repeat(1_100_000), "Une description"));
		assertThat(oversized.statusCode()).isEqualTo(413);
		assertThat(this.drafts.all().size()).isEqualTo(before);
	}

	@Test
	void aMissingCsrfTokenShowsTheNewFormAgainWithTheInputAndWritesNothing() {
		CookieSession contributor = account("zn-anapec-four", Set.of(Role.CONTRIBUTOR), "anapec");
		int before = this.drafts.all().size();
		HttpResponse<String> refused = contributor.post("/datasets/new?lang=en",
				"producer=anapec&" + form("Zntyped title", "Zntyped description"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired or the form is no longer valid")
			.contains("value=\"Zntyped title\"")
			.contains("Zntyped description")
			.contains("name=\"_csrf\"");
		assertThat(this.drafts.all().size()).isEqualTo(before);
	}

	@Test
	void discardingANewDatasetsDraftMakesItVanish() {
		CookieSession contributor = account("zn-anapec-five", Set.of(Role.CONTRIBUTOR), "anapec");
		HttpResponse<String> saved = contributor.submitForm("/datasets/new", "/datasets/new",
				"producer=anapec&" + form("Znéphémère", "Une description"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String id = "anapec-znephemere";
		HttpResponse<String> confirm = contributor.get("/datasets/" + id + "/discard");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("name=\"_csrf\"")
			.contains("action=\"/datasets/" + id + "/discard\"")
			.contains("jamais été publié");
		// The confirmation is a plain form: no script but the layout's header menu one.
		assertThat(confirm.body().replaceAll("<script src=\"/js/site-menu-[0-9a-f]+\\.js\" defer></script>", ""))
			.doesNotContain("<script");
		// Without the token nothing is discarded.
		assertThat(contributor.post("/datasets/" + id + "/discard", "x=1").statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(BASE + id)).isPresent();

		HttpResponse<String> discarded = contributor.submitForm("/datasets/" + id + "/discard",
				"/datasets/" + id + "/discard", "x=1");
		assertThat(discarded.statusCode()).isEqualTo(303);
		assertThat(discarded.headers().firstValue("Location").orElseThrow()).endsWith("/drafts?discarded");
		assertThat(this.drafts.draftOf(BASE + id)).isEmpty();
		assertThat(contributor.get("/drafts?discarded").body()).contains("Brouillon abandonné").doesNotContain(id);
		assertThat(contributor.get("/datasets/" + id + "/draft").statusCode()).isEqualTo(404);
		assertThat(contributor.get("/datasets/" + id + "/edit").statusCode()).isEqualTo(404);
		assertThat(contributor.get("/datasets/" + id + "/discard").statusCode()).isEqualTo(404);
		assertThat(this.drafts.taken(BASE + id)).isFalse();
	}

	@Test
	void aSeedDatasetIsPublishedAndANewDatasetsDraftIsNotEvenWhenItHasADraftToo() {
		CookieSession contributor = account("zn-anapec-seven", Set.of(Role.CONTRIBUTOR), "anapec");
		assertThat(contributor
			.submitForm("/datasets/new", "/datasets/new",
					"producer=anapec&" + form("Znjamais publié", "Une description"))
			.statusCode()).isEqualTo(303);
		String created = BASE + "anapec-znjamais-publie";
		assertThat(this.drafts.draftOf(created)).isPresent();
		assertThat(this.datasetDrafts.isPublished(created)).isFalse();
		assertThat(this.datasetDrafts.isPublished(BASE + "enmi-2018-2019")).isTrue();
		// Named in the public store, but not as a dataset.
		assertThat(this.datasetDrafts.isPublished(ANAPEC)).isFalse();
		assertThat(this.datasetDrafts.isPublished(BASE + "zn-no-such-dataset")).isFalse();
		assertThat(contributor.get("/datasets/anapec-znjamais-publie/draft?lang=en").body())
			.contains("Never published.");
	}

	@Test
	void discardingAPublishedDatasetsDraftKeepsThePublishedRecord() {
		// The Interior ministry's, which no other test edits.
		String id = "interieur-smuggling-networks-dismantled";
		CookieSession contributor = account("zn-coordinator-three", Set.of(Role.COORDINATOR));
		HttpResponse<String> edited = contributor.submitForm("/datasets/" + id + "/edit", "/datasets/" + id + "/edit",
				form("Znédité", "Une description"));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
		String published = this.http.get("/datasets/" + id, "text/turtle").body();

		CookieSession other = account("zn-anapec-six", Set.of(Role.CONTRIBUTOR), "anapec");
		assertThat(other.get("/datasets/" + id + "/discard").statusCode()).isEqualTo(403);
		assertThat(other.submitForm("/drafts", "/datasets/" + id + "/discard", "x=1").statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(BASE + id)).isPresent();
		assertThat(this.http.submitForm("/sign-in", "/datasets/" + id + "/discard", "x=1").statusCode()).isEqualTo(302);
		assertThat(this.drafts.draftOf(BASE + id)).isPresent();

		assertThat(contributor.get("/datasets/" + id + "/discard").body()).contains("La version publiée reste");
		assertThat(contributor.submitForm("/datasets/" + id + "/discard", "/datasets/" + id + "/discard", "x=1")
			.statusCode()).isEqualTo(303);
		assertThat(this.drafts.draftOf(BASE + id)).isEmpty();
		assertThat(contributor.get("/datasets/" + id).statusCode()).isEqualTo(200);
		assertThat(this.http.get("/datasets/" + id, "text/turtle").body()).isEqualTo(published);
		// No draft left: nothing to discard.
		assertThat(contributor.get("/datasets/" + id + "/discard").statusCode()).isEqualTo(404);
		assertThat(contributor.get("/datasets/no-such-dataset/discard").statusCode()).isEqualTo(404);
	}

	private CookieSession account(String userName, Set<Role> roles, String... producers) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, "", PASSWORD, roles,
					Set.of(producers)
						.stream()
						.map((p) -> "https://w3id.org/simimo/producers/" + p)
						.collect(java.util.stream.Collectors.toSet()));
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

	static String form(String titleFr, String descriptionFr) {
		return "titleFr=" + HttpTestClient.encode(titleFr) + "&titleEn=&titleAr=&descriptionFr="
				+ HttpTestClient.encode(descriptionFr) + "&descriptionEn=&descriptionAr="
				+ "&keywordsFr=saisonniers&keywordsEn=&keywordsAr=&coverageStart=2019&coverageEnd=2023&accessRights="
				+ HttpTestClient.encode("http://publications.europa.eu/resource/authority/access-right/PUBLIC")
				+ "&stockOrFlow=" + HttpTestClient.encode("https://w3id.org/simimo/concepts/stock-flow/flow");
	}

	/** Looks for the new dataset's title and IRI in every public path a reader has. */
	private void assertNowhereInPublic(String word, String id) {
		HttpResponse<String> everywhere = this.http.query("""
				SELECT ?g ?s ?p ?o WHERE {
				  { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }
				  FILTER (CONTAINS(STR(?o), "%s") || CONTAINS(STR(?s), "%s"))
				}""".formatted(word, id), "text/csv");
		assertThat(everywhere.statusCode()).isEqualTo(200);
		assertThat(everywhere.body().strip()).isEqualTo("g,s,p,o");
		HttpResponse<String> text = this.http.query("""
				PREFIX text: <http://jena.apache.org/text#>
				SELECT ?s ?o WHERE { (?s ?score ?o) text:query "%s" }""".formatted(word), "text/csv");
		assertThat(text.body().strip()).isEqualTo("s,o");
		assertThat(this.http.get("/api/search?q=" + word, "application/json").body()).contains("\"hits\":[]");
		for (String path : List.of("/api/suggest?q=" + word + "&lang=fr", "/api/datasets", "/datasets",
				"/producers/anapec", "/search?q=saisonniers")) {
			HttpResponse<String> response = this.http.get(path,
					path.startsWith("/api") ? "application/json" : "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).doesNotContain(id).doesNotContain("Travailleurs saisonniers à");
		}
		for (String path : List.of("/catalogue", "/sparql?default")) {
			assertThat(this.http.get(path, path.equals("/catalogue") ? "text/turtle" : "application/n-quads").body())
				.as(path)
				.doesNotContain(id);
		}
		assertThat(Optional
			.of(this.http.get("/resource?uri=" + HttpTestClient.encode(BASE + id), "text/html").statusCode()))
			.contains(404);
	}

}
