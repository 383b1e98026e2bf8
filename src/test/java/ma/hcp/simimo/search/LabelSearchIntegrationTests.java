package ma.hcp.simimo.search;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The label lookup of the search boxes, on the seed content, over real HTTP. */
class LabelSearchIntegrationTests extends RunningApplication {

	@Test
	void findsResourcesByAcronymAndByLabelInAnyLanguage() {
		assertThat(this.http.get("/api/search?q=RGPH", "application/json").body())
			.contains("https://w3id.org/simimo/schemes/hcp-rgph");
		assertThat(this.http.get("/api/search?q=" + HttpTestClient.encode("réfugié"), "application/json").body())
			.contains("https://w3id.org/simimo/concepts/refugee-convention-1951/refugee");
	}

	@Test
	void showsTheResultsPageWithLinksToEachResource() {
		HttpResponse<String> page = this.http.get("/search?q=ENMI", "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("class=\"hits\"").contains("href=\"/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "AND(", "\"unbalanced", "*", "((", "a\u0001b", "title:x~~^" })
	void answersLuceneSyntaxAndControlCharactersWithAPageNotAnError(String query) {
		HttpResponse<String> page = this.http.get("/search?q=" + HttpTestClient.encode(query), "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("Exception");
	}

	@Test
	void cutsAVeryLongQueryInsteadOfFailing() {
		HttpResponse<String> page = this.http.get("/search?q=" + "migrant".repeat(1500), "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
	}

}
