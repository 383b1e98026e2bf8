package ma.hcp.simimo.concept;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.DefinitionOrigins;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.Vocab;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a concept as a draft over real HTTP (decision 0021, as built for concepts): a
 * contributor of ANAPEC edits every field of an ANAPEC concept and the draft lands in the
 * private store only, so that the public page, search, /sparql (text index included) and
 * the linked data keep the published concept; another producer's concept and the
 * international standards are refused to that contributor, by a crafted request too, and
 * nothing is written; unknown ids, oversized bodies and shapes violations each give their
 * answer and write nothing; the translation marking of the definitions follows the
 * content's rule. The application is shared with other test classes, so each concept here
 * has one role.
 */
class ConceptDraftIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a contributor's long password";

	private static final String BASE = "https://w3id.org/simimo/concepts/";

	/** Edited by the ANAPEC contributor, every field. */
	private static final String EDITED = "anapec-intermediation/worker-placed-abroad";

	/** Never saved by anyone: the refused requests of ANAPEC's contributors aim here. */
	private static final String UNTOUCHED = "anapec-intermediation/migrant-regularised-project";

	/**
	 * MIEPEEC's, never saved (PermissionMatrixIntegrationTests saves MIEPEEC's one
	 * concept).
	 */
	private static final String MIEPEEC = "miepeec-labour-migration/authorised-foreign-employee";

	/** A standard, nobody's: the coordinators'. */
	private static final String STANDARD = "un-1998/long-term-migrant";

	/** The HCP's: the translation rule is tried on it. */
	private static final String TRANSLATED = "hcp-rgph/legal-population";

	private static final String SOURCE = "https://w3id.org/simimo/sources/hcp-2022-simimo";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Test
	void aContributorOfAnapecSavesEveryFieldOfAConceptDraftThatNoPublicPathShows() {
		CookieSession contributor = contributor("zq-concept-anapec-one", "anapec");
		HttpResponse<String> form = contributor.get("/concepts/" + EDITED + "/edit");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(form.body()).contains("value=\"Travailleur marocain placé à l&#39;étranger par l&#39;ANAPEC\"")
			.contains("id=\"prefLabelAr\" name=\"prefLabelAr\" lang=\"ar\" dir=\"rtl\"")
			.contains("id=\"definitionAr\" name=\"definitionAr\" lang=\"ar\" dir=\"rtl\"")
			.contains("value=\"" + SOURCE + "\" selected=\"selected\"")
			.doesNotContain("name=\"sources\" value=\"http");

		HttpResponse<String> saved = contributor.submitForm("/concepts/" + EDITED + "/edit",
				"/concepts/" + EDITED + "/edit", everyField());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		assertThat(saved.headers().firstValue("Location").orElseThrow())
			.endsWith("/concepts/" + EDITED + "/draft?saved");

		HttpResponse<String> draft = contributor.get("/concepts/" + EDITED + "/draft");
		assertThat(draft.statusCode()).isEqualTo(200);
		assertThat(draft.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(draft.body()).contains("draft-banner")
			.contains("Zqconceptword travailleur placé")
			.contains("Zqconceptword définition française.")
			.contains("Section 2, page 4 (zq).")
			.contains("Concept · brouillon");

		Model description = this.drafts.description(this.drafts.draftOf(BASE + EDITED).orElseThrow());
		Resource concept = description.createResource(BASE + EDITED);
		assertThat(concept.listProperties(SKOS.prefLabel).toList()).hasSize(3);
		assertThat(concept.listProperties(SKOS.altLabel).mapWith((s) -> s.getString()).toList())
			.containsExactlyInAnyOrder("Zqalt un", "Zqalt deux", "Zqalt one", "زقبديل");
		assertThat(concept.listProperties(SKOS.definition).toList()).hasSize(3);
		assertThat(concept.listProperties(SKOS.scopeNote).toList()).hasSize(3);
		assertThat(concept.getProperty(DCTerms.bibliographicCitation).getString()).isEqualTo("Section 2, page 4 (zq).");
		assertThat(concept.listProperties(DCTerms.source).mapWith((s) -> s.getResource().getURI()).toList())
			.containsExactlyInAnyOrder(SOURCE, "https://w3id.org/simimo/sources/law-02-03");
		assertThat(DefinitionOrigins.translatedFrom(concept, "ar")).isEqualTo("fr");
		assertThat(DefinitionOrigins.translatedFrom(concept, "en")).isEqualTo("fr");
		assertThat(DefinitionOrigins.note(concept, "ar", "fr").text()).isEqualTo(
				"Définition arabe : traduction SIMIMO de la définition française (Intermédiation internationale et inscription des migrants : concepts de l'ANAPEC), et non un texte officiel.");
		// What the form does not show is kept; the flag that no definition could be
		// sourced goes, since one now is.
		assertThat(concept.listProperties(description.createProperty(Vocab.SIMIMO + "facet")).toList()).hasSize(2);
		assertThat(concept.hasProperty(SKOS.narrower)).isTrue();
		assertThat(concept.hasProperty(Vocab.DEFINITION_UNAVAILABLE)).isFalse();

		// The form now starts from the draft.
		assertThat(contributor.get("/concepts/" + EDITED + "/edit").body())
			.contains("value=\"Zqconceptword travailleur placé\"")
			.contains("Zqalt deux\nZqalt un");

		HttpResponse<String> page = contributor.get("/concepts/" + EDITED);
		assertThat(page.body()).contains("draft-in-progress")
			.contains("/concepts/" + EDITED + "/draft")
			.contains("/concepts/" + EDITED + "/edit");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(contributor.get("/drafts").body()).contains("/concepts/" + EDITED + "/draft")
			.contains("<td class=\"draft-type\">Concept</td>");

		HttpResponse<String> anonymous = this.http.get("/concepts/" + EDITED, "text/html");
		assertThat(anonymous.body()).contains("Travailleur marocain placé à l&#39;étranger par l&#39;ANAPEC")
			.doesNotContain("Zqconceptword")
			.doesNotContain("draft-banner")
			.doesNotContain("draft-in-progress")
			.doesNotContain("edit-record");
		assertNowhereInPublic("Zqconceptword");
	}

	@Test
	void aCraftedRequestOnAnotherProducersConceptIsRefusedAndWritesNothing() {
		CookieSession contributor = contributor("zq-concept-anapec-two", "anapec");
		assertThat(contributor.get("/concepts/" + MIEPEEC + "/edit").statusCode()).isEqualTo(403);
		HttpResponse<String> crafted = contributor.submitForm("/concepts/" + UNTOUCHED + "/edit",
				"/concepts/" + MIEPEEC + "/edit", "prefLabelFr=Zqpirate&sources=" + HttpTestClient.encode(SOURCE));
		assertThat(crafted.statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(BASE + MIEPEEC)).isEmpty();
		assertThat(contributor.get("/concepts/" + MIEPEEC).body()).doesNotContain("edit-record");
		assertThat(contributor.get("/concepts/" + MIEPEEC + "/draft").statusCode()).isEqualTo(403);
	}

	@Test
	void aStandardsConceptIsEditedByCoordinatorsOnly() {
		CookieSession contributor = contributor("zq-concept-anapec-three", "anapec");
		assertThat(contributor.get("/concepts/" + STANDARD + "/edit").statusCode()).isEqualTo(403);
		assertThat(contributor
			.submitForm("/concepts/" + UNTOUCHED + "/edit", "/concepts/" + STANDARD + "/edit", "prefLabelFr=Zqpirate")
			.statusCode()).isEqualTo(403);
		assertThat(contributor.get("/concepts/" + STANDARD).body()).doesNotContain("edit-record");
		assertThat(this.drafts.draftOf(BASE + STANDARD)).isEmpty();

		this.accounts.create("zq-concept-coordinator", "", PASSWORD, Set.of(Role.COORDINATOR), Set.of());
		CookieSession coordinator = CookieSession.signedIn(this.http, "zq-concept-coordinator", PASSWORD);
		assertThat(coordinator.get("/concepts/" + STANDARD).body()).contains("edit-record");
		HttpResponse<String> form = coordinator.get("/concepts/" + STANDARD + "/edit");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Migrant de longue durée");
	}

	@Test
	void aMemberIsRefusedAndAReaderIsSentToSignIn() {
		this.accounts.create("zq-concept-member", "", PASSWORD, Set.of(), Set.of());
		CookieSession member = CookieSession.signedIn(this.http, "zq-concept-member", PASSWORD);
		assertThat(member.get("/concepts/" + UNTOUCHED + "/edit").statusCode()).isEqualTo(403);
		assertThat(member.submitForm("/", "/concepts/" + UNTOUCHED + "/edit", "prefLabelFr=Zqmember").statusCode())
			.isEqualTo(403);
		assertThat(member.get("/concepts/" + UNTOUCHED + "/draft").statusCode()).isEqualTo(403);
		assertThat(member.get("/concepts/" + UNTOUCHED).body()).doesNotContain("edit-record");

		for (String path : List.of("/concepts/" + UNTOUCHED + "/edit", "/concepts/" + UNTOUCHED + "/draft")) {
			HttpResponse<String> anonymous = this.http.get(path, "text/html");
			assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
			assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		}
		HttpResponse<String> anonymousPost = this.http.submitForm("/sign-in", "/concepts/" + UNTOUCHED + "/edit",
				"prefLabelFr=Zqanonymous");
		assertThat(anonymousPost.statusCode()).isEqualTo(302);
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	@Test
	void anUnknownConceptIsNotFound() {
		CookieSession contributor = contributor("zq-concept-anapec-four", "anapec");
		assertThat(contributor.get("/concepts/anapec-intermediation/no-such-concept/edit").statusCode()).isEqualTo(404);
		assertThat(contributor
			.submitForm("/concepts/" + UNTOUCHED + "/edit", "/concepts/anapec-intermediation/no-such-concept/edit",
					"prefLabelFr=Zqghost")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void anOversizedFormIsRefusedWith413() {
		CookieSession contributor = contributor("zq-concept-anapec-five", "anapec");
		HttpResponse<String> refused = contributor.submitForm("/concepts/" + UNTOUCHED + "/edit",
				"/concepts/" + UNTOUCHED + "/edit", "prefLabelFr=" + "x".repeat(1_100_000));
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	@Test
	void aShapesViolationIsShownFieldByFieldInEachLanguageAndWritesNothing() {
		CookieSession contributor = contributor("zq-concept-anapec-six", "anapec");
		// No French label, and a definition that cites no source.
		String form = "prefLabelFr=&prefLabelEn=Zqlabel&definitionEn=Zqkept+definition";
		HttpResponse<String> french = contributor.submitForm("/concepts/" + UNTOUCHED + "/edit",
				"/concepts/" + UNTOUCHED + "/edit?lang=fr", form);
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).contains("data-field=\"prefLabel\"")
			.contains("Un concept a un libellé préféré en français.")
			.contains("data-field=\"sources\"")
			.contains("Toute définition cite sa source : choisissez au moins une source.")
			.contains("Zqkept definition");
		HttpResponse<String> english = contributor.submitForm("/concepts/" + UNTOUCHED + "/edit",
				"/concepts/" + UNTOUCHED + "/edit?lang=en", form);
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("A concept has a French preferred label.")
			.contains("Every definition cites its source: choose at least one source.");
		HttpResponse<String> arabic = contributor.submitForm("/concepts/" + UNTOUCHED + "/edit",
				"/concepts/" + UNTOUCHED + "/edit?lang=ar", form);
		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body()).contains("للمفهوم تسمية مفضلة بالفرنسية.")
			.contains("كل تعريف يذكر مصدره: اختر مصدراً واحداً على الأقل.");
		// A source typed as an IRI rather than chosen from the content's is refused by
		// name.
		HttpResponse<String> typed = contributor.submitForm("/concepts/" + UNTOUCHED + "/edit",
				"/concepts/" + UNTOUCHED + "/edit?lang=en",
				"prefLabelFr=Zqlabel&sources=" + HttpTestClient.encode("https://example.org/not-a-source"));
		assertThat(typed.statusCode()).isEqualTo(400);
		assertThat(typed.body()).contains("data-field=\"sources\"")
			.contains("https://example.org/not-a-source")
			.contains("This choice is not in the list.");
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	@Test
	void aTranslationIsMarkedWithItsSourceTextAndAnEditedSourceNeedsItsTranslationRevised() {
		CookieSession contributor = contributor("zq-concept-hcp", "hcp");
		assertThat(this.http.get("/concepts/" + TRANSLATED + "?lang=ar", "text/html").body())
			.contains("ترجمة SIMIMO للتعريف الفرنسي");
		String english = "All persons residing in Morocco for at least six months.";
		String arabic = "مجموع الأشخاص المقيمين بالمغرب.";
		String base = "prefLabelFr=Population+l%C3%A9gale&sources="
				+ HttpTestClient.encode("https://w3id.org/simimo/sources/rgph-web-sources");

		// The French text changes; the Arabic one, marked as its translation, does not.
		String publishedArabic = "مجموع الأشخاص المقيمين بالمغرب منذ ستة أشهر على الأقل، أو الذين ينوون الإقامة به ستة أشهر على الأقل، أياً كانت جنسيتهم أو وضعية إقامتهم. ويشمل السكان البلديين (الأسر المعيشية المستقرة والرحّل والأشخاص بدون مأوى) والسكان المحصَين على حدة.";
		HttpResponse<String> stale = contributor.submitForm("/concepts/" + TRANSLATED + "/edit",
				"/concepts/" + TRANSLATED + "/edit?lang=en", base + "&definitionFr=Zqnouvelle+d%C3%A9finition"
						+ "&definitionAr=" + HttpTestClient.encode(publishedArabic) + "&originAr=fr");
		assertThat(stale.statusCode()).isEqualTo(400);
		assertThat(stale.body()).contains("data-field=\"originAr\"")
			.contains(
					"The Arabic definition is marked as a translation of the French definition, which you changed without it");

		HttpResponse<String> unmarked = contributor.submitForm("/concepts/" + TRANSLATED + "/edit",
				"/concepts/" + TRANSLATED + "/edit?lang=fr",
				base + "&definitionFr=Zqtexte&definitionAr=" + HttpTestClient.encode(arabic) + "&originAr=");
		assertThat(unmarked.statusCode()).isEqualTo(400);
		assertThat(unmarked.body()).contains("Une définition arabe dit d&#39;où elle vient");

		HttpResponse<String> ofItself = contributor.submitForm("/concepts/" + TRANSLATED + "/edit",
				"/concepts/" + TRANSLATED + "/edit?lang=ar",
				base + "&definitionFr=Zqtexte&definitionEn=" + HttpTestClient.encode(english) + "&originEn=en");
		assertThat(ofItself.statusCode()).isEqualTo(400);
		assertThat(ofItself.body()).contains("لا يمكن أن يكون التعريف الإنجليزي ترجمة لنفسه.");

		HttpResponse<String> missing = contributor.submitForm("/concepts/" + TRANSLATED + "/edit",
				"/concepts/" + TRANSLATED + "/edit?lang=en",
				base + "&definitionAr=" + HttpTestClient.encode(arabic) + "&originAr=en");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("marked as a translation of the English definition, which is empty");
		assertThat(this.drafts.draftOf(BASE + TRANSLATED)).isEmpty();

		// Both revised, the Arabic one now a translation of the English text.
		HttpResponse<String> saved = contributor.submitForm("/concepts/" + TRANSLATED + "/edit",
				"/concepts/" + TRANSLATED + "/edit",
				base + "&definitionFr=Zqtexte+fran%C3%A7ais&definitionEn=" + HttpTestClient.encode(english)
						+ "&originEn=fr&definitionAr=" + HttpTestClient.encode(arabic) + "&originAr=en");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		Resource concept = this.drafts.description(this.drafts.draftOf(BASE + TRANSLATED).orElseThrow())
			.createResource(BASE + TRANSLATED);
		assertThat(DefinitionOrigins.translatedFrom(concept, "ar")).isEqualTo("en");
		assertThat(DefinitionOrigins.note(concept, "ar", "en").text()).startsWith(
				"Arabic definition: SIMIMO translation of the English definition (Concepts of the General Population");
		assertThat(DefinitionOrigins.translatedFrom(concept, "en")).isEqualTo("fr");
		assertThat(DefinitionOrigins.origin(concept, "fr")).isEmpty();
		assertThat(concept.listProperties(Vocab.DEFINITION_ORIGIN).toList()).hasSize(2);
	}

	@Test
	void anUnchangedDefinitionKeepsItsOriginNodeAsItWas() {
		CookieSession coordinator = coordinator("zq-concept-coordinator-two");
		String id = "hcp-rgph/foreigner";
		ConceptEdit form = this.forms.form(BASE + id);
		assertThat(form.originAr()).isEqualTo("fr");
		Resource before = this.drafts.published(BASE + id).createResource(BASE + id);
		HttpResponse<String> saved = coordinator.submitForm("/concepts/" + id + "/edit", "/concepts/" + id + "/edit",
				encode(form).replace("prefLabelEn=", "prefLabelEn=Zq"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		Resource after = this.drafts.description(this.drafts.draftOf(BASE + id).orElseThrow())
			.createResource(BASE + id);
		assertThat(DefinitionOrigins.origin(after, "ar").orElseThrow().listProperties().toList())
			.hasSameSizeAs(DefinitionOrigins.origin(before, "ar").orElseThrow().listProperties().toList());
		assertThat(DefinitionOrigins.note(after, "ar", "en")).isEqualTo(DefinitionOrigins.note(before, "ar", "en"));
		assertThat(after.getProperty(DCTerms.bibliographicCitation).getString())
			.isEqualTo(before.getProperty(DCTerms.bibliographicCitation).getString());
	}

	@Autowired
	ConceptDraftRepository forms;

	@Test
	void aMissingCsrfTokenShowsTheFormAgainWithTheInputAndWritesNothing() {
		CookieSession contributor = contributor("zq-concept-anapec-seven", "anapec");
		HttpResponse<String> refused = contributor.post("/concepts/" + UNTOUCHED + "/edit?lang=en",
				"prefLabelFr=Zqtyped+label&definitionAr=" + HttpTestClient.encode("نص زق"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired or the form is no longer valid")
			.contains("value=\"Zqtyped label\"")
			.contains("نص زق")
			.contains("name=\"_csrf\"");
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	private CookieSession contributor(String userName, String producer) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, "", PASSWORD, Set.of(Role.CONTRIBUTOR),
					Set.of("https://w3id.org/simimo/producers/" + producer));
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

	private CookieSession coordinator(String userName) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, "", PASSWORD, Set.of(Role.COORDINATOR), Set.of());
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

	/** Every field of the form, as a browser would send it. */
	private static String everyField() {
		return "prefLabelFr=" + HttpTestClient.encode("Zqconceptword travailleur placé") + "&prefLabelEn="
				+ HttpTestClient.encode("Zqconceptword worker placed") + "&prefLabelAr="
				+ HttpTestClient.encode("عامل زق") + "&altLabelsFr="
				+ HttpTestClient.encode("Zqalt un\r\nZqalt deux\r\n") + "&altLabelsEn=Zqalt+one&altLabelsAr="
				+ HttpTestClient.encode("زقبديل") + "&definitionFr="
				+ HttpTestClient.encode("Zqconceptword définition française.") + "&originFr=&definitionEn="
				+ HttpTestClient.encode("Zqconceptword English definition.") + "&originEn=fr&definitionAr="
				+ HttpTestClient.encode("تعريف زق.") + "&originAr=fr&scopeNoteFr=Zqport%C3%A9e&scopeNoteEn=Zqscope"
				+ "&scopeNoteAr=" + HttpTestClient.encode("نطاق زق") + "&citationFr=&citationEn="
				+ HttpTestClient.encode("Section 2, page 4 (zq).") + "&citationAr=&sources="
				+ HttpTestClient.encode(SOURCE) + "&sources="
				+ HttpTestClient.encode("https://w3id.org/simimo/sources/law-02-03");
	}

	private static String encode(ConceptEdit form) {
		return ma.hcp.simimo.FormBodies.of(form);
	}

	/** Looks for {@code word} in every public path a reader has. */
	private void assertNowhereInPublic(String word) {
		assertThat(this.http.sparqlFinds(word)).isFalse();
		// The search pages repeat the query itself: what matters is that nothing is
		// found.
		assertThat(this.http.get("/api/search?q=" + word, "application/json").body()).contains("\"total\":0");
		assertThat(this.http.get("/api/suggest?q=" + word.substring(0, 6) + "&lang=fr", "application/json").body())
			.doesNotContain(EDITED);
		assertThat(this.http.get("/search?q=" + word, "text/html").body()).doesNotContain("class=\"hit\" data-type");
		assertThat(this.http.get("/api/concepts/" + EDITED, "application/json").body()).doesNotContain(word);
		for (String[] rdf : List.of(new String[] { "/concepts/" + EDITED, "text/turtle" },
				new String[] { "/sparql?default", "application/n-quads" },
				new String[] { "/concepts/" + EDITED + "?format=jsonld", null })) {
			HttpResponse<String> response = this.http.get(rdf[0], rdf[1]);
			assertThat(response.statusCode()).as(rdf[0]).isEqualTo(200);
			assertThat(response.body()).as(rdf[0]).doesNotContain(word);
		}
		assertThat(this.http.get("/concepts/" + EDITED, "text/turtle").body())
			.contains("Travailleur marocain placé à l'étranger par l'ANAPEC");
	}

}
