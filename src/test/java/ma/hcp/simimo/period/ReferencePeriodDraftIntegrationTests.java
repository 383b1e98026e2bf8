package ma.hcp.simimo.period;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.Vocab;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a reference period as a draft over real HTTP (decision 0021, as built for
 * reference periods): a contributor of the HCP edits every field of an HCP period, the
 * duration typed as a number and a unit, and the draft lands in the private store only,
 * so that /gaps/periods, search, /sparql (text index included) and the linked data keep
 * the published period; another producer's period is refused to that contributor, by a
 * crafted request too; unknown ids, oversized bodies, a bad number and a shapes violation
 * each give their answer and write nothing. The application is shared with other test
 * classes (PermissionMatrixIntegrationTests saves rgph-residence-threshold and the DGSN's
 * period), so each period here has one role.
 */
class ReferencePeriodDraftIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a contributor's long password";

	private static final String BASE = "https://w3id.org/simimo/periods/";

	/** Edited by the HCP contributor, every field. */
	private static final String EDITED = "ene-availability-period";

	/** Never saved by anyone: the refused requests of the HCP's contributors aim here. */
	private static final String UNTOUCHED = "ene-employment-recall";

	/** The DGSN's one period. */
	private static final String DGSN = "law-02-03-residence-permit-threshold";

	private static final String SOURCE = "https://w3id.org/simimo/sources/ilo-ssm-morocco-ene";

	private static final String OTHER_SOURCE = "https://w3id.org/simimo/sources/hcp-2022-simimo";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Test
	void aContributorOfTheHcpSavesEveryFieldOfAPeriodDraftThatNoPublicPathShows() {
		CookieSession contributor = contributor("zq-period-hcp-one", "hcp");
		HttpResponse<String> form = contributor.get("/periods/" + EDITED + "/edit");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		// P28D is shown as 28 days, never as its code.
		assertThat(form.body()).contains("value=\"ENE : période de référence de la disponibilité (quatre semaines)\"")
			.contains("id=\"labelAr\" name=\"labelAr\" lang=\"ar\" dir=\"rtl\"")
			.contains("id=\"descriptionAr\" name=\"descriptionAr\" lang=\"ar\" dir=\"rtl\"")
			.contains("id=\"citationAr\" name=\"citationAr\" lang=\"ar\" dir=\"rtl\"")
			.contains(
					"name=\"durationNumber\" type=\"number\" min=\"1\" max=\"36600\" step=\"1\" inputmode=\"numeric\" value=\"28\"")
			.contains("<option value=\"days\" selected=\"selected\">jours</option>")
			.contains("value=\"" + SOURCE + "\" selected=\"selected\"")
			.doesNotContain("P28D");

		HttpResponse<String> saved = contributor.submitForm("/periods/" + EDITED + "/edit",
				"/periods/" + EDITED + "/edit", everyField());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		assertThat(saved.headers().firstValue("Location").orElseThrow())
			.endsWith("/periods/" + EDITED + "/draft?saved");

		HttpResponse<String> draft = contributor.get("/periods/" + EDITED + "/draft");
		assertThat(draft.statusCode()).isEqualTo(200);
		assertThat(draft.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(draft.body()).contains("draft-banner")
			.contains("Zqperiodword disponibilité")
			.contains("Zqperiodword première note.")
			.contains("Zqperiodword seconde note.")
			.contains("42 jours")
			.contains("Période de référence · brouillon");

		Model description = this.drafts.description(this.drafts.draftOf(BASE + EDITED).orElseThrow());
		Resource period = description.createResource(BASE + EDITED);
		assertThat(period.listProperties(RDFS.label).mapWith((s) -> s.getString()).toList())
			.containsExactlyInAnyOrder("Zqperiodword disponibilité", "Zqperiodword availability", "فترة زق");
		assertThat(period.listProperties(SKOS.note).mapWith((s) -> s.getString()).toList()).containsExactlyInAnyOrder(
				"Zqperiodword première note.", "Zqperiodword seconde note.", "Zqperiodword English note.", "ملاحظة زق");
		assertThat(period.listProperties(DCTerms.bibliographicCitation).mapWith((s) -> s.getString()).toList())
			.containsExactlyInAnyOrder("Page 12 (zq).", "Page 12 (zq, en).", "الصفحة 12 (زق).");
		assertThat(period.listProperties(DCTerms.source).mapWith((s) -> s.getResource().getURI()).toList())
			.containsExactlyInAnyOrder(SOURCE, OTHER_SOURCE);
		// Six weeks, saved as 42 days: xsd:duration has no weeks.
		assertThat(period.getProperty(Vocab.DURATION).getLiteral().getLexicalForm()).isEqualTo("P42D");
		assertThat(period.getProperty(Vocab.DURATION).getLiteral().getDatatypeURI())
			.isEqualTo("http://www.w3.org/2001/XMLSchema#duration");
		// What the form does not show is kept: the kind and the editorial note.
		assertThat(period.getPropertyResourceValue(Vocab.PERIOD_KIND).getURI())
			.isEqualTo("https://w3id.org/simimo/concepts/period-kinds/recall-period");
		assertThat(period.hasProperty(SKOS.editorialNote)).isTrue();

		// The form now starts from the draft.
		assertThat(contributor.get("/periods/" + EDITED + "/edit").body())
			.contains("value=\"Zqperiodword disponibilité\"")
			.contains("Zqperiodword première note.\n\nZqperiodword seconde note.")
			.contains("inputmode=\"numeric\" value=\"42\"");
		assertThat(contributor.get("/drafts").body()).contains("/periods/" + EDITED + "/draft")
			.contains("<td class=\"draft-type\">Période de référence</td>");
		assertThat(contributor.get("/gaps/periods").body()).contains("/periods/" + EDITED + "/edit")
			.doesNotContain("/periods/" + DGSN + "/edit");

		assertNowhereInPublic("Zqperiodword");
		assertThat(this.http.get("/gaps/periods", "text/html").body())
			.contains("ENE : période de référence de la disponibilité (quatre semaines)")
			.doesNotContain("edit-record");
	}

	@Test
	void aCraftedRequestOnAnotherProducersPeriodIsRefusedAndWritesNothing() {
		CookieSession contributor = contributor("zq-period-hcp-two", "hcp");
		int revision = this.drafts.draftOf(BASE + DGSN).map(RecordDrafts.Draft::revision).orElse(0);
		assertThat(contributor.get("/periods/" + DGSN + "/edit").statusCode()).isEqualTo(403);
		HttpResponse<String> crafted = contributor.submitForm("/periods/" + UNTOUCHED + "/edit",
				"/periods/" + DGSN + "/edit", "labelFr=Zqpirate&durationNumber=4&durationUnit=months");
		assertThat(crafted.statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(BASE + DGSN).map(RecordDrafts.Draft::revision).orElse(0)).isEqualTo(revision);
		assertThat(contributor.get("/periods/" + DGSN + "/draft").statusCode()).isEqualTo(403);
	}

	@Test
	void aMemberIsRefusedAndAReaderIsSentToSignInAndACoordinatorMayEdit() {
		this.accounts.create("zq-period-member", "", PASSWORD, Set.of(), Set.of());
		CookieSession member = CookieSession.signedIn(this.http, "zq-period-member", PASSWORD);
		assertThat(member.get("/periods/" + UNTOUCHED + "/edit").statusCode()).isEqualTo(403);
		assertThat(member.submitForm("/", "/periods/" + UNTOUCHED + "/edit", "labelFr=Zqmember").statusCode())
			.isEqualTo(403);
		assertThat(member.get("/periods/" + UNTOUCHED + "/draft").statusCode()).isEqualTo(403);
		assertThat(member.get("/gaps/periods").body()).doesNotContain("edit-record");

		for (String path : List.of("/periods/" + UNTOUCHED + "/edit", "/periods/" + UNTOUCHED + "/draft")) {
			HttpResponse<String> anonymous = this.http.get(path, "text/html");
			assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
			assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		}
		HttpResponse<String> anonymousPost = this.http.submitForm("/sign-in", "/periods/" + UNTOUCHED + "/edit",
				"labelFr=Zqanonymous");
		assertThat(anonymousPost.statusCode()).isEqualTo(302);
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();

		this.accounts.create("zq-period-coordinator", "", PASSWORD, Set.of(Role.COORDINATOR), Set.of());
		CookieSession coordinator = CookieSession.signedIn(this.http, "zq-period-coordinator", PASSWORD);
		assertThat(coordinator.get("/gaps/periods").body()).contains("/periods/" + DGSN + "/edit");
		HttpResponse<String> form = coordinator.get("/periods/" + DGSN + "/edit");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Loi 02-03 : séjour de plus de trois mois")
			.contains("<option value=\"months\" selected=\"selected\">mois</option>");
	}

	@Test
	void anUnknownPeriodIsNotFound() {
		CookieSession contributor = contributor("zq-period-hcp-three", "hcp");
		assertThat(contributor.get("/periods/no-such-period/edit").statusCode()).isEqualTo(404);
		assertThat(contributor
			.submitForm("/periods/" + UNTOUCHED + "/edit", "/periods/no-such-period/edit", "labelFr=Zqghost")
			.statusCode()).isEqualTo(404);
		// An IRI of another family under /periods/ is no period either.
		assertThat(contributor.get("/periods/" + UNTOUCHED + "x/draft").statusCode()).isEqualTo(404);
	}

	@Test
	void anOversizedFormIsRefusedWith413() {
		CookieSession contributor = contributor("zq-period-hcp-four", "hcp");
		HttpResponse<String> refused = contributor.submitForm("/periods/" + UNTOUCHED + "/edit",
				"/periods/" + UNTOUCHED + "/edit", "labelFr=" + "x".repeat(1_100_000));
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	@Test
	void aShapesViolationAndABadNumberAreShownFieldByFieldInEachLanguageAndWriteNothing() {
		CookieSession contributor = contributor("zq-period-hcp-five", "hcp");
		// The period has no dates: without its duration it breaks the shape.
		String form = "labelFr=Zqkept+label&durationNumber=&durationUnit=days";
		HttpResponse<String> french = contributor.submitForm("/periods/" + UNTOUCHED + "/edit",
				"/periods/" + UNTOUCHED + "/edit?lang=fr", form);
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).contains("data-field=\"duration\"")
			.contains(
					"Une période de référence a une durée ou des dates : cette période n’a pas de dates, donnez sa durée.")
			.contains("value=\"Zqkept label\"");
		HttpResponse<String> english = contributor.submitForm("/periods/" + UNTOUCHED + "/edit",
				"/periods/" + UNTOUCHED + "/edit?lang=en", form);
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body())
			.contains("A reference period has a duration or dates: this period has no dates, give its duration.");
		HttpResponse<String> arabic = contributor.submitForm("/periods/" + UNTOUCHED + "/edit",
				"/periods/" + UNTOUCHED + "/edit?lang=ar", form);
		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body()).contains("للفترة المرجعية مدة أو تواريخ: هذه الفترة بلا تواريخ، فاذكر مدتها.");

		// A number that is not a whole number from 1, and a unit not in the list, by
		// name and value.
		HttpResponse<String> number = contributor.submitForm("/periods/" + UNTOUCHED + "/edit",
				"/periods/" + UNTOUCHED + "/edit?lang=en", "labelFr=Zqlabel&durationNumber=-3&durationUnit=fortnights");
		assertThat(number.statusCode()).isEqualTo(400);
		assertThat(number.body()).contains("data-field=\"duration\"")
			.contains("<code class=\"error-value\">-3</code>")
			.contains("A whole number from 1 to 36,600.")
			.contains("data-field=\"durationUnit\"")
			.contains("<code class=\"error-value\">fortnights</code>")
			.contains("This choice is not in the list.");
		HttpResponse<String> source = contributor.submitForm("/periods/" + UNTOUCHED + "/edit",
				"/periods/" + UNTOUCHED + "/edit?lang=en", "labelFr=Zqlabel&durationNumber=1&durationUnit=days&sources="
						+ HttpTestClient.encode("https://example.org/not-a-source"));
		assertThat(source.statusCode()).isEqualTo(400);
		assertThat(source.body()).contains("data-field=\"sources\"").contains("https://example.org/not-a-source");
		assertThat(this.drafts.draftOf(BASE + UNTOUCHED)).isEmpty();
	}

	private CookieSession contributor(String userName, String producer) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, "", PASSWORD, Set.of(Role.CONTRIBUTOR),
					Set.of("https://w3id.org/simimo/producers/" + producer));
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

	/** Every field of the form, as a browser would send it. */
	private static String everyField() {
		return "labelFr=" + HttpTestClient.encode("Zqperiodword disponibilité") + "&labelEn="
				+ HttpTestClient.encode("Zqperiodword availability") + "&labelAr=" + HttpTestClient.encode("فترة زق")
				+ "&descriptionFr="
				+ HttpTestClient.encode("Zqperiodword première note.\r\n\r\nZqperiodword seconde note.\r\n")
				+ "&descriptionEn=" + HttpTestClient.encode("Zqperiodword English note.") + "&descriptionAr="
				+ HttpTestClient.encode("ملاحظة زق") + "&citationFr=" + HttpTestClient.encode("Page 12 (zq).")
				+ "&citationEn=" + HttpTestClient.encode("Page 12 (zq, en).") + "&citationAr="
				+ HttpTestClient.encode("الصفحة 12 (زق).") + "&durationNumber=6&durationUnit=weeks&sources="
				+ HttpTestClient.encode(SOURCE) + "&sources=" + HttpTestClient.encode(OTHER_SOURCE);
	}

	/** Looks for {@code word} in every public path a reader has. */
	private void assertNowhereInPublic(String word) {
		assertThat(this.http.sparqlFinds(word)).isFalse();
		assertThat(this.http.get("/api/search?q=" + word, "application/json").body()).contains("\"total\":0");
		assertThat(this.http.get("/search?q=" + word, "text/html").body()).doesNotContain("class=\"hit\" data-type");
		for (String[] path : List.of(new String[] { "/periods/" + EDITED, "text/turtle" },
				new String[] { "/periods/" + EDITED, "text/html" }, new String[] { "/gaps/periods", "text/html" },
				new String[] { "/api/gaps/periods", "application/json" },
				new String[] { "/gaps/periods?format=csv", null },
				new String[] { "/sparql?default", "application/n-quads" })) {
			HttpResponse<String> response = this.http.get(path[0], path[1]);
			assertThat(response.statusCode()).as(path[0]).isEqualTo(200);
			assertThat(response.body()).as(path[0]).doesNotContain(word).doesNotContain("P42D");
		}
		assertThat(this.http.get("/periods/" + EDITED, "text/turtle").body()).contains("P28D");
	}

}
