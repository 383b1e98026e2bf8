package ma.hcp.simimo.web;

import ma.hcp.simimo.RunningApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a researcher reads on the seed content carries no developer detail: access rights
 * as a word, no content file or load time on a concept page, no configuration keys on the
 * scores page.
 */
class ResearcherPagesIntegrationTests extends RunningApplication {

	@Test
	void showsADatasetsAccessRightsAsAWordNotALinkToTheCodesPage() {
		String page = this.http.get("/datasets/enmi-2018-2019?lang=fr", "text/html").body();
		assertThat(page).contains("<span class=\"access-rights\"><span lang=\"fr\" dir=\"ltr\">public</span></span>")
			.doesNotContain("title=\"http://publications.europa.eu/resource/authority/access-right/PUBLIC\"");
	}

	@Test
	void leavesTheContentFileAndItsLoadTimeOffConceptPages() {
		for (String language : new String[] { "fr", "en", "ar" }) {
			String page = this.http.get("/concepts/hcp-rgph/legal-population?lang=" + language, "text/html").body();
			assertThat(page).doesNotContain("vocabularies/").doesNotContain("class=\"provenance\"");
		}
	}

	@Test
	void namesNoConfigurationKeyOnTheScoresPage() {
		for (String language : new String[] { "fr", "en", "ar" }) {
			String page = this.http.get("/gaps/scores?lang=" + language, "text/html").body();
			assertThat(page).contains("wa").doesNotContain("application.properties").doesNotContain("simimo.gaps");
		}
	}

}
