package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Two editors of one record over real HTTP with real sign-in (decision 0027, concurrent
 * edits): both load the same revision, the first save goes through, the second is refused
 * with 409, the form again with what was typed, who saved meanwhile and when, and the
 * diff against the current draft, and nothing is written; sending that form again (it now
 * carries the current revision) saves. On the four edit forms: datasets, concepts,
 * reference periods and classifications. A form without its revision, or with one that is
 * not a number, is a 400 that names the problem. The application is shared with other
 * test classes: each test discards the draft it made, so the records are as it found
 * them.
 */
class ConcurrentEditsIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "two editors' long password";

	private static final String BASE = "https://w3id.org/simimo";

	private static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"([0-9]+)\"");

	/** The Ministry of the Interior's: no other test edits it. */
	private static final String DATASET = "/datasets/interieur-voluntary-return-vulnerable-migrants";

	private static final String CONCEPT = "/concepts/interieur-migration/voluntary-return-vulnerable-migrant";

	private static final String PERIOD = "/periods/enmi-return-window";

	private static final String CLASSIFICATION = "/classifications/anapec-occupations";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Test
	void theSecondOfTwoDatasetSavesFromThePublishedVersionIsRefusedWithWhoSavedAndTheDiff() {
		CookieSession first = account("zq-concurrent-interieur-one", "Amina Première", "interieur");
		CookieSession second = account("zq-concurrent-interieur-two", "Brahim Second", "interieur");
		String edit = DATASET + "/edit";
		try {
			HttpResponse<String> firstForm = first.get(edit);
			HttpResponse<String> secondForm = second.get(edit);
			int loaded = revision(secondForm);
			assertThat(revision(firstForm)).isEqualTo(loaded);
			assertThat(secondForm.headers().firstValue("ETag")).contains("W/\"draft-" + loaded + "\"");

			HttpResponse<String> saved = first.submitForm(edit, edit,
					DatasetDraftIntegrationTests.edit("Zqpremier titre", "", "") + "&revision=" + loaded);
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);

			HttpResponse<String> refused = second.submitForm(edit, edit + "?lang=en",
					DatasetDraftIntegrationTests.edit("Zqsecond titre", "", "") + "&revision=" + loaded);

			assertThat(refused.statusCode()).isEqualTo(409);
			assertThat(refused.body()).contains("This draft changed after you opened the form: nothing was saved.")
				.contains("Amina Première saved it meanwhile (revision " + (loaded + 1) + ", ")
				.contains("you started from revision " + loaded + ".")
				.contains("value=\"Zqsecond titre\"")
				.contains("name=\"revision\" value=\"" + (loaded + 1) + "\"");
			String titleRow = row(refused.body(), "http://purl.org/dc/terms/title");
			assertThat(titleRow.substring(titleRow.indexOf("diff-removed"), titleRow.indexOf("diff-added")))
				.contains("Zqpremier titre");
			assertThat(titleRow.substring(titleRow.indexOf("diff-added"))).contains("Zqsecond titre");
			assertThat(title(DATASET)).isEqualTo("Zqpremier titre");
			assertThat(this.drafts.revisionOf(BASE + DATASET)).isEqualTo(loaded + 1);

			// The refused form, sent again as it came back, replaces the first editor's
			// version on purpose.
			HttpResponse<String> again = second.submitForm(edit, edit,
					DatasetDraftIntegrationTests.edit("Zqsecond titre", "", "") + "&revision=" + revision(refused));
			assertThat(again.statusCode()).as(again.body()).isEqualTo(303);
			assertThat(title(DATASET)).isEqualTo("Zqsecond titre");
			assertThat(this.drafts.revisionOf(BASE + DATASET)).isEqualTo(loaded + 2);
		}
		finally {
			discard(DATASET);
		}
	}

	@Test
	void theSecondOfTwoConceptSavesFromOneDraftRevisionIsRefusedInFrenchWithTheDiff() {
		CookieSession first = account("zq-concurrent-interieur-three", "Chama Troisième", "interieur");
		CookieSession second = account("zq-concurrent-interieur-four", "", "interieur");
		String edit = CONCEPT + "/edit";
		try {
			// A draft exists already: both editors start from its revision.
			assertThat(first.submitForm(edit, edit, concept("Zqconcurrent brouillon")).statusCode()).isEqualTo(303);
			int loaded = revision(second.get(edit));
			assertThat(loaded).isPositive();
			assertThat(revision(first.get(edit))).isEqualTo(loaded);

			HttpResponse<String> saved = first.submitForm(edit, edit,
					concept("Zqconcurrent première") + "&revision=" + loaded);
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
			HttpResponse<String> refused = second.submitForm(edit, edit,
					concept("Zqconcurrent seconde") + "&revision=" + loaded);

			assertThat(refused.statusCode()).isEqualTo(409);
			assertThat(refused.body()).contains(
					"Ce brouillon a changé depuis que vous avez ouvert le formulaire : rien n&#39;a été enregistré.")
				.contains("Chama Troisième l&#39;a enregistré entre-temps (révision " + (loaded + 1))
				.contains("vous étiez parti de la révision " + loaded)
				.contains("value=\"Zqconcurrent seconde\"");
			String labelRow = row(refused.body(), "http://www.w3.org/2004/02/skos/core#prefLabel");
			assertThat(labelRow.substring(labelRow.indexOf("diff-removed"), labelRow.indexOf("diff-added")))
				.contains("Zqconcurrent première");
			assertThat(labelRow.substring(labelRow.indexOf("diff-added"))).contains("Zqconcurrent seconde");
			assertThat(this.drafts.revisionOf(BASE + CONCEPT)).isEqualTo(loaded + 1);
			assertThat(label(CONCEPT)).isEqualTo("Zqconcurrent première");

			HttpResponse<String> current = second.submitForm(edit, edit,
					concept("Zqconcurrent seconde") + "&revision=" + (loaded + 1));
			assertThat(current.statusCode()).as(current.body()).isEqualTo(303);
			assertThat(label(CONCEPT)).isEqualTo("Zqconcurrent seconde");
		}
		finally {
			discard(CONCEPT);
		}
	}

	@Test
	void theSecondOfTwoPeriodSavesIsRefusedInArabicAndWritesNothing() {
		CookieSession first = account("zq-concurrent-hcp-one", "Driss Période", "hcp");
		CookieSession second = account("zq-concurrent-hcp-two", "", "hcp");
		try {
			HttpResponse<String> refused = secondOfTwoSaves(first, second, PERIOD, period("Zqfenêtre une"),
					period("Zqfenêtre deux"), "ar");
			assertThat(refused.body()).contains("تغيرت هذه المسودة بعد أن فتحت النموذج")
				.contains("حفظها Driss Période في الأثناء")
				.contains("value=\"Zqfenêtre deux\"");
			assertDraftKeeps(PERIOD, "Zqfenêtre une", "Zqfenêtre deux");
		}
		finally {
			discard(PERIOD);
		}
	}

	@Test
	void theSecondOfTwoClassificationSavesIsRefusedAndWritesNothing() {
		CookieSession first = account("zq-concurrent-anapec-one", "Fatima Classement", "anapec");
		CookieSession second = account("zq-concurrent-anapec-two", "", "anapec");
		try {
			HttpResponse<String> refused = secondOfTwoSaves(first, second, CLASSIFICATION,
					classification("Zqcatégories une"), classification("Zqcatégories deux"), "en");
			assertThat(refused.body()).contains("This draft changed after you opened the form")
				.contains("Fatima Classement saved it meanwhile")
				.contains("Zqcatégories deux");
			assertDraftKeeps(CLASSIFICATION, "Zqcatégories une", "Zqcatégories deux");
		}
		finally {
			discard(CLASSIFICATION);
		}
	}

	/**
	 * Two editors load the edit form of {@code path}; the first saves {@code firstForm},
	 * then the second {@code secondForm} from the same revision, in {@code language}: the
	 * second's answer, a 409 with the diff, the draft one revision on.
	 */
	private HttpResponse<String> secondOfTwoSaves(CookieSession first, CookieSession second, String path,
			String firstForm, String secondForm, String language) {
		String edit = path + "/edit";
		int loaded = revision(second.get(edit));
		HttpResponse<String> saved = first.submitForm(edit, edit, firstForm + "&revision=" + loaded);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		HttpResponse<String> refused = second.submitForm(edit, edit + "?lang=" + language,
				secondForm + "&revision=" + loaded);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("class=\"diff\"");
		assertThat(this.drafts.revisionOf(BASE + path)).isEqualTo(loaded + 1);
		return refused;
	}

	private void assertDraftKeeps(String path, String kept, String refused) {
		assertThat(this.drafts.description(this.drafts.draftOf(BASE + path).orElseThrow()).toString()).contains(kept)
			.doesNotContain(refused);
	}

	@Test
	void aFormWithoutItsRevisionOrWithOneThatIsNotANumberIsA400ThatNamesTheProblem() {
		CookieSession editor = account("zq-concurrent-interieur-five", "", "interieur");
		String edit = DATASET + "/edit";
		int before = this.drafts.revisionOf(BASE + DATASET);
		// The token of a page without the edit form, so that no revision is sent.
		HttpResponse<String> missing = editor.submitForm("/", edit + "?lang=en",
				DatasetDraftIntegrationTests.edit("Zqsans révision", "", ""));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("The form does not say which revision of the draft it started from")
			.doesNotContain("Exception");

		HttpResponse<String> malformed = editor.submitForm("/", CONCEPT + "/edit?lang=fr",
				concept("Zqrévision bizarre") + "&revision=" + HttpTestClient.encode("3<b>"));
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("Révision « 3&lt;b&gt; » invalide").doesNotContain("3<b>");

		HttpResponse<String> negative = editor.submitForm("/", edit + "?lang=en",
				DatasetDraftIntegrationTests.edit("Zqnégative", "", "") + "&revision=-1");
		assertThat(negative.statusCode()).isEqualTo(400);
		assertThat(negative.body()).contains("Invalid revision &quot;-1&quot;");
		assertThat(this.drafts.revisionOf(BASE + DATASET)).isEqualTo(before);
		assertThat(this.drafts.draftOf(BASE + CONCEPT)).isEmpty();
	}

	private static String concept(String label) {
		return "prefLabelFr=" + HttpTestClient.encode(label) + "&prefLabelEn="
				+ HttpTestClient.encode("Migrant in a vulnerable situation returned voluntarily") + "&sources="
				+ HttpTestClient.encode("https://w3id.org/simimo/sources/hcp-2022-simimo");
	}

	private static String period(String label) {
		return "labelFr=" + HttpTestClient.encode(label) + "&durationNumber=6&durationUnit=months";
	}

	private static String classification(String title) {
		return "titleFr=" + HttpTestClient.encode(title);
	}

	/** The revision an edit form page was loaded from, as its hidden field says. */
	private static int revision(HttpResponse<String> page) {
		Matcher revision = REVISION.matcher(page.body());
		assertThat(revision.find()).as("a revision field in " + page.uri()).isTrue();
		return Integer.parseInt(revision.group(1));
	}

	/** The diff's row of {@code property}. */
	private static String row(String page, String property) {
		int start = page.indexOf("data-property=\"" + property + "\"");
		assertThat(start).as("a diff row for " + property).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private String title(String path) {
		return literal(path, org.apache.jena.vocabulary.DCTerms.title);
	}

	private String label(String path) {
		return literal(path, org.apache.jena.vocabulary.SKOS.prefLabel);
	}

	private String literal(String path, org.apache.jena.rdf.model.Property property) {
		org.apache.jena.rdf.model.Model description = this.drafts
			.description(this.drafts.draftOf(BASE + path).orElseThrow());
		return description.getResource(BASE + path)
			.listProperties(property)
			.filterKeep((statement) -> "fr".equals(statement.getLanguage()))
			.next()
			.getString();
	}

	private void discard(String path) {
		this.drafts.draftOf(BASE + path).ifPresent(this.drafts::discard);
	}

	private CookieSession account(String userName, String name, String producer) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, name, PASSWORD, Set.of(Role.CONTRIBUTOR),
					Set.of("https://w3id.org/simimo/producers/" + producer));
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

}
