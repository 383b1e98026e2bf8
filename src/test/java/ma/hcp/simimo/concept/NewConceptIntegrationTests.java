package ma.hcp.simimo.concept;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
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
 * Creating a concept of a scheme as a draft and discarding concept drafts over real HTTP
 * (decision 0025, as built for concepts): the IRI is minted from the French preferred
 * label under the scheme's concepts, never one a published concept or a draft has; the
 * scheme's owner is the draft's intended owner, read by the permission checks; a
 * standard's scheme is the coordinators'; no public path knows a new concept; bad input
 * is a form error naming the field in the reader's language, with nothing written;
 * discarding removes the draft, and with it a concept that was never published.
 */
class NewConceptIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a contributor's long password";

	private static final String CONCEPTS = "https://w3id.org/simimo/concepts/";

	private static final String ANAPEC = "https://w3id.org/simimo/producers/anapec";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Test
	void aContributorCreatesAConceptOfItsProducersSchemeThatNoPublicPathShows() {
		CookieSession contributor = account("zc-anapec-one", Set.of(Role.CONTRIBUTOR), "anapec");
		assertThat(contributor.get("/schemes/anapec-intermediation").body())
			.contains("href=\"/concepts/anapec-intermediation/new\"");
		assertThat(contributor.get("/schemes/dgsn-residence").body()).doesNotContain("/new\"");
		assertThat(contributor.get("/schemes/un-1998").body()).doesNotContain("/new\"");
		assertThat(this.http.get("/schemes/anapec-intermediation", "text/html").body()).doesNotContain("/new\"");
		HttpResponse<String> form = contributor.get("/concepts/anapec-intermediation/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(form.body()).contains("action=\"/concepts/anapec-intermediation/new\"")
			.contains("name=\"prefLabelAr\"");

		HttpResponse<String> saved = contributor.submitForm("/concepts/anapec-intermediation/new",
				"/concepts/anapec-intermediation/new",
				"prefLabelFr=" + HttpTestClient.encode("Zcnouveau Bénéficiaire d'intermédiation") + "&definitionFr="
						+ HttpTestClient.encode("Zcdéfinition sourcée.") + "&sources="
						+ HttpTestClient.encode("https://w3id.org/simimo/sources/hcp-2022-simimo"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String id = "anapec-intermediation/zcnouveau-beneficiaire-d-intermediation";
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/concepts/" + id + "/draft?saved");
		Draft draft = this.drafts.draftOf(CONCEPTS + id).orElseThrow();
		assertThat(draft.owner()).contains(ANAPEC);
		Model description = this.drafts.description(draft);
		Resource concept = description.createResource(CONCEPTS + id);
		assertThat(concept.getPropertyResourceValue(SKOS.inScheme).getURI())
			.isEqualTo("https://w3id.org/simimo/schemes/anapec-intermediation");

		HttpResponse<String> page = contributor.get("/concepts/" + id + "/draft");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Zcnouveau Bénéficiaire")
			.contains("Jamais publié")
			.contains("href=\"/concepts/" + id + "/discard\"");
		assertThat(contributor.get("/drafts").body()).contains("/concepts/" + id + "/draft")
			.contains("Zcnouveau Bénéficiaire")
			.contains("/concepts/" + id + "/discard");
		// Saved again through the edit form: the next revision, the same intended owner.
		HttpResponse<String> edit = contributor.get("/concepts/" + id + "/edit");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("value=\"Zcnouveau Bénéficiaire d&#39;intermédiation\"");
		HttpResponse<String> again = contributor.submitForm("/concepts/" + id + "/edit", "/concepts/" + id + "/edit",
				"prefLabelFr=" + HttpTestClient.encode("Zcnouveau Bénéficiaire, révisé"));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(303);
		assertThat(this.drafts.draftOf(CONCEPTS + id).orElseThrow().revision()).isEqualTo(2);
		assertThat(this.drafts.draftOf(CONCEPTS + id).orElseThrow().owner()).contains(ANAPEC);

		CookieSession coordinator = account("zc-coordinator-one", Set.of(Role.COORDINATOR));
		assertThat(coordinator.get("/concepts/" + id + "/draft").statusCode()).isEqualTo(200);
		// To whoever may not read it, a new concept is an IRI nobody used.
		CookieSession other = account("zc-dgsn-one", Set.of(Role.CONTRIBUTOR), "dgsn");
		CookieSession member = account("zc-member-one", Set.of());
		for (CookieSession refused : List.of(other, member)) {
			assertThat(refused.get("/concepts/" + id + "/draft").statusCode()).isEqualTo(404);
			assertThat(refused.get("/concepts/" + id + "/edit").statusCode()).isEqualTo(404);
			assertThat(refused.get("/concepts/" + id + "/discard").statusCode()).isEqualTo(404);
			assertThat(refused.get("/drafts").body()).doesNotContain("zcnouveau");
		}
		assertThat(other.submitForm("/", "/concepts/" + id + "/edit", "prefLabelFr=Zcpirate").statusCode())
			.isEqualTo(404);
		assertThat(other.submitForm("/", "/concepts/" + id + "/discard", "x=1").statusCode()).isEqualTo(404);
		assertThat(this.drafts.draftOf(CONCEPTS + id).orElseThrow().revision()).isEqualTo(2);

		// The new concept has no published page, even for its owner.
		assertThat(this.http.get("/concepts/" + id, "text/html").statusCode()).isEqualTo(404);
		assertThat(contributor.get("/concepts/" + id).statusCode()).isEqualTo(404);
		assertThat(this.http.get("/concepts/" + id, "text/turtle").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/api/concepts/" + id, "application/json").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/concepts/" + id + "/draft", "text/html").statusCode()).isEqualTo(302);
		assertNowhereInPublic("Zcnouveau", "zcnouveau-beneficiaire-d-intermediation");
	}

	@Test
	void theIriIsNeverOneAPublishedConceptOrADraftHasAndAStandardsSchemeIsTheCoordinators() {
		CookieSession contributor = account("zc-anapec-two", Set.of(Role.CONTRIBUTOR), "anapec");
		assertThat(contributor.get("/concepts/un-1998/new").statusCode()).isEqualTo(403);
		assertThat(contributor.submitForm("/", "/concepts/un-1998/new", "prefLabelFr=Zcstandard").statusCode())
			.isEqualTo(403);
		CookieSession coordinator = account("zc-coordinator-two", Set.of(Role.COORDINATOR));
		assertThat(coordinator.get("/schemes/un-1998").body()).contains("href=\"/concepts/un-1998/new\"");
		// "Long-term migrant" is the slug of a published concept of the scheme.
		assertThat(this.http.get("/concepts/un-1998/long-term-migrant", "text/turtle").statusCode()).isEqualTo(200);
		HttpResponse<String> first = coordinator.submitForm("/concepts/un-1998/new", "/concepts/un-1998/new",
				"prefLabelFr=" + HttpTestClient.encode("Long-term <b>migrant</b>"));
		HttpResponse<String> second = coordinator.submitForm("/concepts/un-1998/new", "/concepts/un-1998/new",
				"prefLabelFr=" + HttpTestClient.encode("Long term migrant"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(303);
		assertThat(first.headers().firstValue("Location").orElseThrow())
			.endsWith("/concepts/un-1998/long-term-b-migrant-b/draft?saved");
		assertThat(second.headers().firstValue("Location").orElseThrow())
			.endsWith("/concepts/un-1998/long-term-migrant-2/draft?saved");
		HttpResponse<String> third = coordinator.submitForm("/concepts/un-1998/new", "/concepts/un-1998/new",
				"prefLabelFr=" + HttpTestClient.encode("Long term migrant"));
		assertThat(third.headers().firstValue("Location").orElseThrow())
			.endsWith("/concepts/un-1998/long-term-migrant-3/draft?saved");
		// A standard's scheme has no owner: its new concepts are the coordinators'.
		assertThat(this.drafts.draftOf(CONCEPTS + "un-1998/long-term-migrant-2").orElseThrow().owner()).isEmpty();
		assertThat(contributor.get("/concepts/un-1998/long-term-migrant-2/draft").statusCode()).isEqualTo(404);
		assertThat(coordinator.get("/concepts/un-1998/long-term-migrant-2/draft").body()).contains("Jamais publié");
		assertThat(coordinator.get("/concepts/un-1998/long-term-b-migrant-b/draft").body())
			.contains("Long-term &lt;b&gt;migrant&lt;/b&gt;")
			.doesNotContain("<b>migrant");
		// The published concept is untouched.
		assertThat(this.drafts.draftOf(CONCEPTS + "un-1998/long-term-migrant")).isEmpty();
	}

	@Test
	void anUnknownSchemeIsNotFoundAndCraftedRequestsAcrossProducersWriteNothing() {
		CookieSession coordinator = account("zc-coordinator-three", Set.of(Role.COORDINATOR));
		assertThat(coordinator.get("/concepts/no-such-scheme/new").statusCode()).isEqualTo(404);
		// A classification is not a scheme a concept is created in here.
		assertThat(coordinator.get("/concepts/isco-08/new").statusCode()).isEqualTo(404);
		CookieSession contributor = account("zc-anapec-three", Set.of(Role.CONTRIBUTOR), "anapec");
		int before = this.drafts.all().size();
		HttpResponse<String> crafted = contributor.submitForm("/concepts/anapec-intermediation/new",
				"/concepts/dgsn-residence/new", "prefLabelFr=Zcpirate+DGSN");
		assertThat(crafted.statusCode()).isEqualTo(403);
		CookieSession member = account("zc-member-two", Set.of());
		assertThat(member.get("/concepts/anapec-intermediation/new").statusCode()).isEqualTo(403);
		assertThat(member.submitForm("/", "/concepts/anapec-intermediation/new", "prefLabelFr=Zcmember").statusCode())
			.isEqualTo(403);
		HttpResponse<String> reader = this.http.get("/concepts/anapec-intermediation/new", "text/html");
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(reader.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		assertThat(this.http.submitForm("/sign-in", "/concepts/anapec-intermediation/new", "prefLabelFr=Zcreader")
			.statusCode()).isEqualTo(302);
		assertThat(this.drafts.all().size()).isEqualTo(before);
		assertThat(this.drafts.draftOf(CONCEPTS + "dgsn-residence/zcpirate-dgsn")).isEmpty();
	}

	@Test
	void badInputIsAFormErrorNamingTheFieldInTheReadersLanguageAndWritesNothing() {
		CookieSession contributor = account("zc-anapec-four", Set.of(Role.CONTRIBUTOR), "anapec");
		String path = "/concepts/anapec-intermediation/new";
		int before = this.drafts.all().size();
		HttpResponse<String> french = contributor.submitForm(path, path + "?lang=fr",
				"prefLabelEn=Zcno+French&definitionFr=" + HttpTestClient.encode("Zcune définition"));
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).contains("data-field=\"prefLabel\"")
			.contains("Un libellé préféré en français est obligatoire")
			.contains("value=\"Zcno French\"")
			.contains("Zcune définition");
		HttpResponse<String> english = contributor.submitForm(path, path + "?lang=en",
				"prefLabelFr=Zcsans+origine&definitionAr=" + HttpTestClient.encode("تعريف زك"));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("data-field=\"originAr\"").contains("value=\"Zcsans origine\"");
		HttpResponse<String> arabic = contributor.submitForm(path, path + "?lang=ar",
				"prefLabelFr=Zcsource&sources=" + HttpTestClient.encode("https://example.org/not-a-source"));
		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body()).contains("data-field=\"sources\"")
			.contains("https://example.org/not-a-source")
			.contains("dir=\"rtl\"");
		HttpResponse<String> oversized = contributor.submitForm(path, path, "prefLabelFr=" + "x".repeat(1_100_000));
		assertThat(oversized.statusCode()).isEqualTo(413);
		assertThat(this.drafts.all().size()).isEqualTo(before);
	}

	@Test
	void aMissingCsrfTokenShowsTheNewFormAgainWithTheInputAndWritesNothing() {
		CookieSession contributor = account("zc-anapec-five", Set.of(Role.CONTRIBUTOR), "anapec");
		int before = this.drafts.all().size();
		HttpResponse<String> refused = contributor.post("/concepts/anapec-intermediation/new?lang=en",
				"prefLabelFr=Zctyped+label&definitionFr=Zctyped+definition");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired or the form is no longer valid")
			.contains("value=\"Zctyped label\"")
			.contains("Zctyped definition")
			.contains("name=\"_csrf\"");
		assertThat(this.drafts.all().size()).isEqualTo(before);
	}

	@Test
	void discardingANewConceptsDraftMakesItVanish() {
		CookieSession contributor = account("zc-anapec-six", Set.of(Role.CONTRIBUTOR), "anapec");
		HttpResponse<String> saved = contributor.submitForm("/concepts/anapec-intermediation/new",
				"/concepts/anapec-intermediation/new", "prefLabelFr=" + HttpTestClient.encode("Zcéphémère"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String id = "anapec-intermediation/zcephemere";
		assertThat(this.drafts.intendedOwner(CONCEPTS + id)).contains(ANAPEC);
		HttpResponse<String> confirm = contributor.get("/concepts/" + id + "/discard");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(confirm.body()).contains("name=\"_csrf\"")
			.contains("action=\"/concepts/" + id + "/discard\"")
			.contains("Ce concept n&#39;a jamais été publié")
			.contains("Zcéphémère");
		assertThat(contributor.post("/concepts/" + id + "/discard", "x=1").statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(CONCEPTS + id)).isPresent();

		HttpResponse<String> discarded = contributor.submitForm("/concepts/" + id + "/discard",
				"/concepts/" + id + "/discard", "x=1");
		assertThat(discarded.statusCode()).isEqualTo(303);
		assertThat(discarded.headers().firstValue("Location").orElseThrow()).endsWith("/drafts?discarded");
		assertThat(this.drafts.draftOf(CONCEPTS + id)).isEmpty();
		// Its owner entry went with it: nothing in the private index names it.
		assertThat(this.drafts.intendedOwner(CONCEPTS + id)).isEmpty();
		assertThat(this.drafts.all()).noneMatch((draft) -> draft.record().equals(CONCEPTS + id));
		assertThat(contributor.get("/drafts?discarded").body()).contains("Brouillon abandonné")
			.doesNotContain("zcephemere");
		assertThat(contributor.get("/search?q=Zcéphémère").body()).doesNotContain("zcephemere");
		for (String page : List.of("/draft", "/edit", "/discard", "")) {
			assertThat(contributor.get("/concepts/" + id + page).statusCode()).as(page).isEqualTo(404);
		}
		assertThat(this.drafts.taken(CONCEPTS + id)).isFalse();
	}

	@Test
	void discardingAPublishedConceptsDraftKeepsThePublishedConcept() {
		// CNSS's, which no other test edits.
		String id = "cnss-social-security/foreign-pensioner";
		CookieSession coordinator = account("zc-coordinator-four", Set.of(Role.COORDINATOR));
		String published = this.http.get("/concepts/" + id, "text/turtle").body();
		HttpResponse<String> edited = coordinator.submitForm("/concepts/" + id + "/edit", "/concepts/" + id + "/edit",
				"prefLabelFr=Zcédité");
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
		assertThat(coordinator.get("/concepts/" + id + "/draft").body())
			.contains("href=\"/concepts/" + id + "/discard\"");
		assertThat(coordinator.get("/drafts").body()).contains("/concepts/" + id + "/discard");

		CookieSession other = account("zc-anapec-seven", Set.of(Role.CONTRIBUTOR), "anapec");
		assertThat(other.get("/concepts/" + id + "/discard").statusCode()).isEqualTo(403);
		assertThat(other.submitForm("/drafts", "/concepts/" + id + "/discard", "x=1").statusCode()).isEqualTo(403);
		assertThat(this.http.submitForm("/sign-in", "/concepts/" + id + "/discard", "x=1").statusCode()).isEqualTo(302);
		assertThat(this.drafts.draftOf(CONCEPTS + id)).isPresent();

		assertThat(coordinator.get("/concepts/" + id + "/discard").body()).contains("La version publiée reste");
		assertThat(coordinator.submitForm("/concepts/" + id + "/discard", "/concepts/" + id + "/discard", "x=1")
			.statusCode()).isEqualTo(303);
		assertThat(this.drafts.draftOf(CONCEPTS + id)).isEmpty();
		assertThat(this.http.get("/concepts/" + id, "text/turtle").body()).isEqualTo(published);
		assertThat(coordinator.get("/concepts/" + id).body()).doesNotContain("draft-in-progress");
		assertThat(coordinator.get("/concepts/" + id + "/discard").statusCode()).isEqualTo(404);
		assertThat(coordinator.get("/concepts/cnss-social-security/no-such-concept/discard").statusCode())
			.isEqualTo(404);
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

	/** Looks for the new concept's label and IRI in every public path a reader has. */
	private void assertNowhereInPublic(String word, String slug) {
		assertThat(this.http.sparqlFinds(word)).isFalse();
		assertThat(sparqlNames(CONCEPTS + "anapec-intermediation/" + slug)).isFalse();
		assertThat(this.http.get("/api/search?q=" + word, "application/json").body()).contains("\"total\":0");
		assertThat(this.http.get("/api/suggest?q=" + word + "&lang=fr", "application/json").body())
			.doesNotContain(slug);
		assertThat(this.http.get("/search?q=" + word, "text/html").body()).doesNotContain("class=\"hit\" data-type");
		for (String[] page : List.of(new String[] { "/schemes/anapec-intermediation", "text/html" },
				new String[] { "/api/schemes/anapec-intermediation", "application/json" },
				new String[] { "/schemes/anapec-intermediation", "text/turtle" },
				new String[] { "/sparql?default", "application/n-quads" })) {
			HttpResponse<String> response = this.http.get(page[0], page[1]);
			assertThat(response.statusCode()).as(page[0]).isEqualTo(200);
			assertThat(response.body()).as(page[0] + " " + page[1]).doesNotContain(slug).doesNotContain(word);
		}
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
