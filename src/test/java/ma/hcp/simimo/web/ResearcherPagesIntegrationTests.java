package ma.hcp.simimo.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.hcp.simimo.RunningApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a researcher reads on the seed content carries no developer detail: access rights
 * as a word, no content file or load time on a concept page, no configuration keys on the
 * scores page; the scheme list names each scheme once, by kind.
 */
class ResearcherPagesIntegrationTests extends RunningApplication {

	@Test
	void showsADatasetsAccessRightsAsAWordNotALinkToTheCodesPage() {
		String page = this.http.get("/datasets/enmi-2018-2019?lang=fr", "text/html").body();
		assertThat(page).contains("<span class=\"access-rights\"><span lang=\"fr\" dir=\"ltr\">public</span></span>")
			.doesNotContain("title=\"http://publications.europa.eu/resource/authority/access-right/PUBLIC\"");
	}

	@Test
	void showsADatasetsDistributionWithItsFormatAsAWordAndSaysTheLicenceIsNotRecorded() {
		String page = this.http.get("/datasets/enmi-2018-2019?lang=fr", "text/html").body();
		String distribution = between(page, "class=\"distribution\"", "</ul>");
		assertThat(distribution).contains("Résultats de l&#39;enquête sur le site du HCP")
			.contains("href=\"https://hcp.ma/Enquete-nationale-sur-la-migration-internationale_a3237.html\"")
			.contains("<span>Format :</span>")
			.contains(">HTML</span>")
			.doesNotContain("file-type");
		assertThat(between(page, "<dt>Licence</dt>", "</dd>")).contains("Non renseigné");
	}

	@Test
	void labelsThePermanentIdentifierUnderEveryRecordsTitleAsALinkWrittenLeftToRight() {
		Map<String, String> labels = Map.of("fr", "Identifiant permanent :", "en", "Permanent identifier:", "ar",
				"المعرّف الدائم:");
		for (String path : List.of("/datasets/enmi-2018-2019", "/producers/hcp", "/concepts/un-1998/long-term-migrant",
				"/schemes/un-1998", "/classifications/isco-08", "/indicators/sdg-10-7-1",
				"/periods/rgph-residence-threshold")) {
			for (String language : List.of("fr", "en", "ar")) {
				String page = this.http.get(path + "?lang=" + language, "text/html").body();
				String iri = "https://w3id.org/simimo" + path;
				assertThat(between(page, "<p class=\"iri permanent-iri\">", "</p>")).as("%s in %s", path, language)
					.contains("<span class=\"iri-label\">" + labels.get(language) + "</span>")
					.contains("<a class=\"iri-link\" href=\"" + iri + "\" dir=\"ltr\" translate=\"no\">" + iri + "</a>")
					// Shown by the script only where it can copy; the link works without
					// it.
					.containsPattern("<button type=\"button\" class=\"copy-iri\" hidden[^>]*data-iri=\"" + iri + "\"");
			}
		}
	}

	@Test
	void saysADatasetsCoverageInWordsWithLocalisedDatesOnItsPageAndInSearchHits() {
		Map<String, String> ranges = Map.of("fr", "d&#39;août 2018 à janvier 2019", "en", "August 2018 to January 2019",
				"ar", "من غشت 2018 إلى يناير 2019");
		for (String language : List.of("fr", "en", "ar")) {
			String page = this.http.get("/datasets/enmi-2018-2019?lang=" + language, "text/html").body();
			assertThat(page).contains("<span class=\"coverage\">" + ranges.get(language) + "</span>")
				.doesNotContain("2018-08");
			String hits = this.http.get("/search?q=ENMI&type=dataset&lang=" + language, "text/html").body();
			assertThat(hits).contains("<span class=\"period\">" + ranges.get(language) + "</span>")
				.doesNotContain("2018-08");
		}
		assertThat(this.http.get("/datasets/rgph-2014?lang=fr", "text/html").body())
			.contains("<span class=\"coverage\">du 1er septembre 2014 au 20 septembre 2014</span>");
	}

	@Test
	void saysAReferencePeriodsDatesAndDurationInWordsOnItsPageAndOnTheTimeline() {
		String window = this.http.get("/periods/enmi-return-window?lang=fr", "text/html").body();
		assertThat(window).contains("<time datetime=\"2000-01-01\">1er janvier 2000</time>");
		String recall = this.http.get("/periods/ene-availability-period?lang=en", "text/html").body();
		assertThat(recall).contains("<data value=\"P28D\">28 days</data>");
		for (String language : List.of("fr", "en", "ar")) {
			String timeline = this.http.get("/gaps/periods?lang=" + language, "text/html").body();
			assertThat(timeline).doesNotContain("2000-01-01")
				.contains(Map
					.of("fr", "depuis le 1er janvier 2000", "en", "since 1 January 2000", "ar", "منذ 1 يناير 2000")
					.get(language));
		}
	}

	@Test
	void leavesTheContentFileAndItsLoadTimeOffConceptPages() {
		for (String language : new String[] { "fr", "en", "ar" }) {
			String page = this.http.get("/concepts/hcp-rgph/legal-population?lang=" + language, "text/html").body();
			assertThat(page).doesNotContain("vocabularies/").doesNotContain("class=\"provenance\"");
		}
	}

	@Test
	void saysDurationsInWordsOnlyWithTheCodeKeptForMachines() {
		String page = this.http.get("/concepts/hcp-rgph/legal-population?lang=fr", "text/html").body();
		assertThat(page).contains("<data value=\"P6M\">6 mois</data>").doesNotContain(">P6M<");
	}

	@Test
	void namesNoConfigurationKeyOnTheScoresPage() {
		for (String language : new String[] { "fr", "en", "ar" }) {
			String page = this.http.get("/gaps/scores?lang=" + language, "text/html").body();
			assertThat(page).contains("wa").doesNotContain("application.properties").doesNotContain("simimo.gaps");
		}
	}

	@Test
	void listsEachSchemeOnceWithTheStandardsApartFromSimimosOwnCodeLists() {
		String page = this.http.get("/schemes?lang=fr", "text/html").body();
		Matcher links = Pattern.compile("<a href=\"([^\"]+)\" title=\"[^\"]+\">").matcher(page);
		List<String> hrefs = new ArrayList<>();
		while (links.find()) {
			hrefs.add(links.group(1));
		}
		assertThat(hrefs).contains("/classifications/isco-08", "/schemes/un-1998", "/schemes/criteria")
			.doesNotHaveDuplicates();
		// One table per kind, the standards first, SIMIMO's own code lists last.
		assertThat(List.of("international", "classification", "national", "reference", "codeList"))
			.allSatisfy((kind) -> assertThat(page).contains("data-kind=\"" + kind + "\""))
			.isSortedAccordingTo(Comparator.comparingInt((kind) -> page.indexOf("data-kind=\"" + kind + "\"")));
		assertThat(table(page, "international")).contains("/schemes/un-1998").doesNotContain("/schemes/criteria");
		assertThat(table(page, "classification")).contains("/classifications/isco-08", "/classifications/nma-2010");
		assertThat(table(page, "national")).contains("/schemes/hcp-rgph");
		assertThat(table(page, "reference"))
			.contains("http%3A%2F%2Fpublications.europa.eu%2Fresource%2Fauthority%2Faccess-right")
			.doesNotContain("/schemes/");
		assertThat(table(page, "codeList")).contains("/schemes/criteria", "/schemes/severities")
			.doesNotContain("publications.europa.eu");
		assertThat(page).contains("Normes internationales", "Listes de codes internes de SIMIMO");
		assertThat(this.http.get("/schemes?lang=ar", "text/html").body()).contains("المعايير الدولية",
				"قوائم الرموز الداخلية لـ SIMIMO");
	}

	@Test
	void showsAConceptsLabelsInTheOtherLanguagesAndItsHierarchy() {
		String english = this.http.get("/concepts/un-1998/long-term-migrant?lang=en", "text/html").body();
		String others = between(english, "class=\"other-languages\"", "</table>");
		assertThat(others).contains("<td lang=\"fr\" dir=\"ltr\">Migrant de longue durée</td>")
			.contains("<td lang=\"ar\" dir=\"rtl\">مهاجر لمدة طويلة</td>")
			.contains(">French</th>", ">Arabic</th>")
			.doesNotContain("data-language=\"en\"");
		assertThat(others.indexOf("data-language=\"fr\"")).isLessThan(others.indexOf("data-language=\"ar\""));
		// No language has other labels here: no empty column for them.
		assertThat(others).doesNotContain("Other labels");
		String avrr = this.http
			.get("/concepts/iom-2019/assisted-voluntary-return-and-reintegration?lang=ar", "text/html")
			.body();
		assertThat(between(avrr, "class=\"other-languages\"", "</table>")).contains("تسميات أخرى")
			.contains("<span lang=\"en\" dir=\"ltr\">AVRR</span>");
		String hierarchy = between(english, "class=\"hierarchy-panel\"", "</nav>");
		assertThat(between(hierarchy, "class=\"tree broader\"", "</ul>"))
			.contains("href=\"/concepts/un-1998/international-migrant\"");
		assertThat(between(hierarchy, "aria-current=\"page\"", "</strong>")).contains("Long-term migrant");
		assertThat(between(hierarchy, "class=\"tree narrower\"", "</ul>")).contains(
				"href=\"/concepts/un-1998/long-term-immigrant\"", "href=\"/concepts/un-1998/long-term-emigrant\"");

		String arabic = this.http.get("/concepts/un-1998/long-term-migrant?lang=ar", "text/html").body();
		assertThat(between(arabic, "class=\"other-languages\"", "</table>")).contains(">الفرنسية</th>")
			.contains("Long-term migrant")
			.doesNotContain("data-language=\"ar\"");
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

	private static String table(String page, String kind) {
		int start = page.indexOf("data-kind=\"" + kind + "\"");
		return page.substring(start, page.indexOf("</table>", start));
	}

}
