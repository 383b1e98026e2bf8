package ma.hcp.simimo.period;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.ResourceLinks;
import ma.hcp.simimo.store.Vocab;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating a reference period as a draft, editing a period's kind and dates, the period
 * page's notice, and discarding period drafts, over real HTTP (decision 0025, as built
 * for reference periods): the IRI is minted from the producer and the French label; the
 * producer is the draft's intended owner; no public path knows a new period; bad input is
 * a form error naming the field in the reader's language, with nothing written; the
 * published period's page shows the edit button and the "draft in progress" notice to
 * those permitted only; discarding removes the draft, and with it a period that was never
 * published. The application is shared: the ENMI's return window is this class's alone.
 */
class NewPeriodIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a contributor's long password";

	private static final String PERIODS = "https://w3id.org/simimo/periods/";

	private static final String HCP = "https://w3id.org/simimo/producers/hcp";

	private static final String KINDS = "https://w3id.org/simimo/concepts/period-kinds/";

	/** The HCP's period with a start date, which no other test class edits. */
	private static final String WINDOW = "enmi-return-window";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Test
	void aContributorCreatesAPeriodOfItsProducerThatNoPublicPathShows() {
		CookieSession contributor = account("zp-hcp-one", Set.of(Role.CONTRIBUTOR), "hcp");
		assertThat(contributor.get("/gaps/periods").body()).contains("href=\"/periods/new\"");
		assertThat(this.http.get("/gaps/periods", "text/html").body()).doesNotContain("/periods/new");
		HttpResponse<String> form = contributor.get("/periods/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		// One producer to choose: it is chosen; the kinds are the period-kinds scheme's.
		assertThat(form.body()).contains("<option value=\"hcp\" selected=\"selected\">")
			.doesNotContain("value=\"dgsn\"")
			.contains("value=\"" + KINDS + "observation-window\"")
			.contains("name=\"startDate\"");

		HttpResponse<String> saved = contributor.submitForm("/periods/new", "/periods/new", "producer=hcp&"
				+ form("Zpnouvelle fenêtre d'observation", "observation-window", "2019-01-01", "2020-12-31", ""));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String id = "hcp-zpnouvelle-fenetre-d-observation";
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/periods/" + id + "/draft?saved");
		Draft draft = this.drafts.draftOf(PERIODS + id).orElseThrow();
		assertThat(draft.owner()).contains(HCP);
		Resource period = this.drafts.description(draft).createResource(PERIODS + id);
		assertThat(ResourceLinks.object(period, Vocab.PERIOD_KIND).orElseThrow().getURI())
			.isEqualTo(KINDS + "observation-window");
		assertThat(period.getProperty(Vocab.START_DATE).getLiteral().getDatatypeURI())
			.isEqualTo("http://www.w3.org/2001/XMLSchema#date");

		HttpResponse<String> page = contributor.get("/periods/" + id + "/draft");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Zpnouvelle fenêtre")
			.contains("Jamais publié")
			.contains("2019-01-01")
			.contains("2020-12-31")
			.contains("href=\"/periods/" + id + "/discard\"");
		assertThat(contributor.get("/drafts").body()).contains("/periods/" + id + "/draft")
			.contains("Zpnouvelle fenêtre")
			.contains("/periods/" + id + "/discard");
		HttpResponse<String> again = contributor.submitForm("/periods/" + id + "/edit", "/periods/" + id + "/edit",
				form("Zpnouvelle fenêtre, révisée", "observation-window", "2019-01-01", "", ""));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(303);
		assertThat(this.drafts.draftOf(PERIODS + id).orElseThrow().revision()).isEqualTo(2);
		assertThat(this.drafts.draftOf(PERIODS + id).orElseThrow().owner()).contains(HCP);

		CookieSession other = account("zp-dgsn-one", Set.of(Role.CONTRIBUTOR), "dgsn");
		CookieSession member = account("zp-member-one", Set.of());
		for (CookieSession refused : List.of(other, member)) {
			assertThat(refused.get("/periods/" + id + "/draft").statusCode()).isEqualTo(404);
			assertThat(refused.get("/periods/" + id + "/edit").statusCode()).isEqualTo(404);
			assertThat(refused.get("/periods/" + id + "/discard").statusCode()).isEqualTo(404);
			assertThat(refused.get("/drafts").body()).doesNotContain(id);
		}
		assertThat(
				account("zp-coordinator-one", Set.of(Role.COORDINATOR)).get("/periods/" + id + "/draft").statusCode())
			.isEqualTo(200);

		assertThat(this.http.get("/periods/" + id, "text/html").statusCode()).isEqualTo(404);
		assertThat(contributor.get("/periods/" + id).statusCode()).isEqualTo(404);
		assertThat(this.http.get("/periods/" + id, "text/turtle").statusCode()).isEqualTo(404);
		assertThat(this.http.sparqlFinds("Zpnouvelle")).isFalse();
		assertThat(sparqlNames(PERIODS + id)).isFalse();
		assertThat(this.http.get("/api/search?q=Zpnouvelle", "application/json").body()).contains("\"total\":0");
		assertThat(this.http.get("/api/suggest?q=Zpnouvelle&lang=fr", "application/json").body()).doesNotContain(id);
		for (String[] path : List.of(new String[] { "/gaps/periods", "text/html" },
				new String[] { "/api/gaps/periods", "application/json" },
				new String[] { "/sparql?default", "application/n-quads" })) {
			assertThat(this.http.get(path[0], path[1]).body()).as(path[0]).doesNotContain(id).doesNotContain("Zpnouv");
		}
	}

	@Test
	void theIriIsASlugOfTheProducerAndTheFrenchLabelNeverTakenTwice() {
		CookieSession coordinator = account("zp-coordinator-two", Set.of(Role.COORDINATOR));
		HttpResponse<String> form = coordinator.get("/periods/new?producer=dgsn");
		assertThat(form.body()).contains("<option value=\"dgsn\" selected=\"selected\">").contains("value=\"anapec\"");
		String body = "producer=dgsn&" + form("Zpséjour <i>court</i>", "residence-duration-threshold", "", "", "3");
		HttpResponse<String> first = coordinator.submitForm("/periods/new", "/periods/new", body);
		HttpResponse<String> second = coordinator.submitForm("/periods/new", "/periods/new", body);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(303);
		assertThat(first.headers().firstValue("Location").orElseThrow())
			.endsWith("/periods/dgsn-zpsejour-i-court-i/draft?saved");
		assertThat(second.headers().firstValue("Location").orElseThrow())
			.endsWith("/periods/dgsn-zpsejour-i-court-i-2/draft?saved");
		assertThat(this.drafts.intendedOwner(PERIODS + "dgsn-zpsejour-i-court-i-2"))
			.contains("https://w3id.org/simimo/producers/dgsn");
		assertThat(coordinator.get("/periods/dgsn-zpsejour-i-court-i/draft").body())
			.contains("Zpséjour &lt;i&gt;court&lt;/i&gt;")
			.doesNotContain("<i>court");
		// A published period's IRI is taken.
		assertThat(this.drafts.taken(PERIODS + "law-02-03-residence-permit-threshold")).isTrue();
	}

	@Test
	void aCraftedRequestForAnotherProducerIsRefusedAndWritesNothing() {
		CookieSession contributor = account("zp-hcp-two", Set.of(Role.CONTRIBUTOR), "hcp");
		int before = this.drafts.all().size();
		HttpResponse<String> crafted = contributor.submitForm("/periods/new", "/periods/new",
				"producer=dgsn&" + form("Zppirate", "recall-period", "", "", "6"));
		assertThat(crafted.statusCode()).isEqualTo(403);
		CookieSession member = account("zp-member-two", Set.of());
		assertThat(member.get("/periods/new").statusCode()).isEqualTo(403);
		assertThat(
				member.submitForm("/", "/periods/new", "producer=hcp&" + form("Zpmember", "recall-period", "", "", "6"))
					.statusCode())
			.isEqualTo(403);
		HttpResponse<String> reader = this.http.get("/periods/new", "text/html");
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(reader.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		assertThat(this.drafts.all().size()).isEqualTo(before);
		assertThat(this.drafts.draftOf(PERIODS + "dgsn-zppirate")).isEmpty();
	}

	@Test
	void badInputIsAFormErrorNamingTheFieldInTheReadersLanguageAndWritesNothing() {
		CookieSession contributor = account("zp-hcp-three", Set.of(Role.CONTRIBUTOR), "hcp");
		int before = this.drafts.all().size();
		HttpResponse<String> french = contributor.submitForm("/periods/new", "/periods/new?lang=fr",
				"producer=hcp&" + form("Zpsans nature", "", "", "", "6"));
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).contains("data-field=\"kind\"")
			.contains("Choisissez la nature de la période")
			.contains("value=\"Zpsans nature\"");
		HttpResponse<String> english = contributor.submitForm("/periods/new", "/periods/new?lang=en",
				"producer=hcp&" + form("Zpbad date", "observation-window", "2019-02-30", "", ""));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("data-field=\"startDate\"")
			.contains("2019-02-30")
			.contains("A date YYYY-MM-DD that exists");
		HttpResponse<String> arabic = contributor.submitForm("/periods/new", "/periods/new?lang=ar",
				"producer=hcp&" + form("Zpfin avant", "observation-window", "2020-01-01", "2019-01-01", ""));
		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body()).contains("data-field=\"endDate\"").contains("2019-01-01").contains("dir=\"rtl\"");
		HttpResponse<String> noFrench = contributor.submitForm("/periods/new", "/periods/new?lang=en",
				"producer=hcp&" + form("", "recall-period", "", "", "6"));
		assertThat(noFrench.statusCode()).isEqualTo(400);
		assertThat(noFrench.body()).contains("data-field=\"label\"").contains("A French label is required");
		// Neither a duration nor dates: the content shapes refuse it.
		HttpResponse<String> shapes = contributor.submitForm("/periods/new", "/periods/new?lang=en",
				"producer=hcp&" + form("Zpni durée ni dates", "recall-period", "", "", ""));
		assertThat(shapes.statusCode()).isEqualTo(400);
		assertThat(shapes.body()).contains("data-field=\"duration\"");
		HttpResponse<String> unknownKind = contributor.submitForm("/periods/new", "/periods/new?lang=en",
				"producer=hcp&labelFr=Zpkind&kind=" + HttpTestClient.encode("https://example.org/kind")
						+ "&durationNumber=6&durationUnit=months");
		assertThat(unknownKind.statusCode()).isEqualTo(400);
		assertThat(unknownKind.body()).contains("data-field=\"kind\"").contains("https://example.org/kind");
		HttpResponse<String> oversized = contributor.submitForm("/periods/new", "/periods/new",
				"producer=hcp&" + form("x".repeat(1_100_000), "recall-period", "", "", "6"));
		assertThat(oversized.statusCode()).isEqualTo(413);
		assertThat(this.drafts.all().size()).isEqualTo(before);
	}

	@Test
	void aMissingCsrfTokenShowsTheNewFormAgainWithTheInputAndWritesNothing() {
		CookieSession contributor = account("zp-hcp-four", Set.of(Role.CONTRIBUTOR), "hcp");
		int before = this.drafts.all().size();
		HttpResponse<String> refused = contributor.post("/periods/new?lang=en",
				"producer=hcp&" + form("Zptyped label", "observation-window", "2018-06-01", "", ""));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired or the form is no longer valid")
			.contains("value=\"Zptyped label\"")
			.contains("value=\"2018-06-01\"")
			.contains("name=\"_csrf\"");
		assertThat(this.drafts.all().size()).isEqualTo(before);
	}

	@Test
	void aPublishedPeriodsKindAndDatesAreEditedItsPageShowsTheDraftAndDiscardingKeepsThePublished() {
		CookieSession contributor = account("zp-hcp-five", Set.of(Role.CONTRIBUTOR), "hcp");
		String published = this.http.get("/periods/" + WINDOW, "text/turtle").body();
		HttpResponse<String> readerPage = this.http.get("/periods/" + WINDOW, "text/html");
		assertThat(readerPage.statusCode()).isEqualTo(200);
		assertThat(readerPage.headers().firstValue("Cache-Control").orElse("")).doesNotContain("private");
		assertThat(readerPage.body()).doesNotContain("edit-record").doesNotContain("draft-in-progress");
		HttpResponse<String> ownPage = contributor.get("/periods/" + WINDOW);
		assertThat(ownPage.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(ownPage.body()).contains("href=\"/periods/" + WINDOW + "/edit\"")
			.doesNotContain("draft-in-progress");
		HttpResponse<String> form = contributor.get("/periods/" + WINDOW + "/edit");
		assertThat(form.body()).contains("value=\"2000-01-01\"")
			.contains("<option value=\"" + KINDS + "observation-window\" selected=\"selected\">");

		HttpResponse<String> saved = contributor.submitForm("/periods/" + WINDOW + "/edit",
				"/periods/" + WINDOW + "/edit",
				form("ENMI : retours depuis le 1er janvier 2000", "reference-date", "2000-01-02", "2019-01-31", ""));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		Resource period = this.drafts.description(this.drafts.draftOf(PERIODS + WINDOW).orElseThrow())
			.createResource(PERIODS + WINDOW);
		assertThat(ResourceLinks.object(period, Vocab.PERIOD_KIND).orElseThrow().getURI())
			.isEqualTo(KINDS + "reference-date");
		assertThat(ResourceLinks.lexical(period, Vocab.START_DATE)).isEqualTo("2000-01-02");
		assertThat(ResourceLinks.lexical(period, Vocab.END_DATE)).isEqualTo("2019-01-31");
		assertThat(this.http.get("/periods/" + WINDOW, "text/turtle").body()).isEqualTo(published);

		// The period's page: the notice to those who may read the draft, nothing to
		// others.
		assertThat(contributor.get("/periods/" + WINDOW).body()).contains("draft-in-progress")
			.contains("href=\"/periods/" + WINDOW + "/draft\"");
		CookieSession other = account("zp-dgsn-two", Set.of(Role.CONTRIBUTOR), "dgsn");
		HttpResponse<String> othersPage = other.get("/periods/" + WINDOW);
		assertThat(othersPage.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(othersPage.body()).doesNotContain("draft-in-progress").doesNotContain("edit-record");
		assertThat(this.http.get("/periods/" + WINDOW, "text/html").body()).doesNotContain("draft-in-progress");

		assertThat(other.get("/periods/" + WINDOW + "/discard").statusCode()).isEqualTo(403);
		assertThat(other.submitForm("/drafts", "/periods/" + WINDOW + "/discard", "x=1").statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(PERIODS + WINDOW)).isPresent();
		assertThat(contributor.get("/periods/" + WINDOW + "/discard").body()).contains("La version publiée reste");
		assertThat(contributor.submitForm("/periods/" + WINDOW + "/discard", "/periods/" + WINDOW + "/discard", "x=1")
			.statusCode()).isEqualTo(303);
		assertThat(this.drafts.draftOf(PERIODS + WINDOW)).isEmpty();
		assertThat(this.http.get("/periods/" + WINDOW, "text/turtle").body()).isEqualTo(published);
		assertThat(contributor.get("/periods/" + WINDOW).body()).doesNotContain("draft-in-progress");
		assertThat(contributor.get("/periods/" + WINDOW + "/discard").statusCode()).isEqualTo(404);
		assertThat(contributor.get("/periods/no-such-period/discard").statusCode()).isEqualTo(404);
	}

	@Test
	void discardingANewPeriodsDraftMakesItVanish() {
		CookieSession contributor = account("zp-hcp-six", Set.of(Role.CONTRIBUTOR), "hcp");
		HttpResponse<String> saved = contributor.submitForm("/periods/new", "/periods/new",
				"producer=hcp&" + form("Zpéphémère", "recall-period", "", "", "6"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String id = "hcp-zpephemere";
		HttpResponse<String> confirm = contributor.get("/periods/" + id + "/discard");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("name=\"_csrf\"")
			.contains("action=\"/periods/" + id + "/discard\"")
			.contains("Cette période n&#39;a jamais été publiée");
		assertThat(contributor.post("/periods/" + id + "/discard", "x=1").statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(PERIODS + id)).isPresent();
		HttpResponse<String> discarded = contributor.submitForm("/periods/" + id + "/discard",
				"/periods/" + id + "/discard", "x=1");
		assertThat(discarded.statusCode()).isEqualTo(303);
		assertThat(this.drafts.draftOf(PERIODS + id)).isEmpty();
		assertThat(this.drafts.intendedOwner(PERIODS + id)).isEmpty();
		assertThat(contributor.get("/drafts?discarded").body()).contains("Brouillon abandonné").doesNotContain(id);
		for (String page : List.of("/draft", "/edit", "/discard", "")) {
			assertThat(contributor.get("/periods/" + id + page).statusCode()).as(page).isEqualTo(404);
		}
		assertThat(this.drafts.taken(PERIODS + id)).isFalse();
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

	/**
	 * The period form: a French label, a kind (local name), dates, and months of
	 * duration.
	 */
	private static String form(String labelFr, String kind, String startDate, String endDate, String months) {
		return "labelFr=" + HttpTestClient.encode(labelFr) + "&labelEn=&labelAr=&kind="
				+ (kind.isEmpty() ? "" : HttpTestClient.encode(KINDS + kind)) + "&startDate=" + startDate + "&endDate="
				+ endDate + "&durationNumber=" + months + "&durationUnit=months";
	}

	/**
	 * Whether any quad a reader's /sparql reaches names {@code iri} as subject or object.
	 */
	private boolean sparqlNames(String iri) {
		HttpResponse<String> found = this.http.query("""
				SELECT ?g ?s ?p ?o WHERE {
				  { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }
				  FILTER (?s = <%s> || ?o = <%s>)
				}""".formatted(iri, iri), "text/csv");
		assertThat(found.statusCode()).isEqualTo(200);
		return !found.body().strip().equals("g,s,p,o");
	}

}
