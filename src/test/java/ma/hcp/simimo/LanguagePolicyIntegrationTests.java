package ma.hcp.simimo;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resource has one name, in every place that shows it and in each language: its list
 * page, its own page, the search, the divergence matrix and the glossary. The fixture's
 * concept has French and English labels but no Arabic one, and its producer an English
 * name only, so the fallback order and its mark are what is checked.
 */
@TestPropertySource(properties = { "simimo.store.content-root=.",
		"simimo.store.content-directories=ontology,vocabularies,src/test/resources/fixtures/languages" })
class LanguagePolicyIntegrationTests extends RunningApplication {

	private static final String CONCEPT = "https://w3id.org/simimo/concepts/label-test/circular-migrant";

	private static final String PRODUCER = "https://w3id.org/simimo/producers/label-test-bureau";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest(name = "[{index}] lang={0}: {1} ({2}, fallback {3})")
	@CsvSource(delimiter = '|', value = { "fr | Migrant circulaire saisonnier | fr | false",
			"en | Seasonal circular migrant | en | false", "ar | Migrant circulaire saisonnier | fr | true" })
	void aConceptHasTheSameLabelOnItsListItsPageSearchTheMatrixAndTheGlossary(String language, String label,
			String labelLanguage, boolean fallback) {
		String shown = shown(label, labelLanguage, fallback);

		assertThat(html("/schemes/label-test?lang=" + language)).as("scheme page (list of its concepts)")
			.containsPattern(shown);
		assertThat(html("/concepts/label-test/circular-migrant?lang=" + language)).as("concept page")
			.containsPattern("<h1>" + shown);
		assertThat(html("/search?q=saisonnier&lang=" + language)).as("search page").containsPattern(shown);
		assertLabel(searchHit("saisonnier", language, CONCEPT), label, labelLanguage);
		assertThat(html("/gaps/divergences?lang=" + language)).as("divergence matrix").containsPattern(shown);
		assertThat(html("/glossary?lang=" + language)).as("glossary builder").containsPattern(shown);
		assertThat(html("/glossary/export?format=html&concepts=" + HttpTestClient.encode(CONCEPT) + "&langs=" + language
				+ "&lang=" + language))
			.as("printable glossary")
			.containsPattern(
					"<span lang=\"" + labelLanguage + "\" dir=\"ltr\">" + Pattern.quote(label) + "</span>"
							+ (fallback
									? "<small class=\"fallback\" lang=\"" + language + "\" dir=\""
											+ ma.hcp.simimo.kernel.LanguagePolicy.direction(language) + "\"> \\("
									: ""));
	}

	@ParameterizedTest(name = "[{index}] lang={0}: fallback {1}")
	@CsvSource(delimiter = '|', value = { "fr | true", "en | false", "ar | true" })
	void aProducerNamedInEnglishOnlyHasThatNameEverywhere(String language, boolean fallback) {
		String name = "Seasonal Statistics Bureau";
		String shown = shown(name, "en", fallback);

		assertThat(html("/producers?lang=" + language)).as("producer list").containsPattern(shown);
		assertThat(html("/producers/label-test-bureau?lang=" + language)).as("producer page")
			.containsPattern("<h1>" + shown);
		assertThat(html("/search?q=Seasonal+Statistics+Bureau&lang=" + language)).as("search page")
			.containsPattern(shown);
		assertLabel(searchHit("Seasonal Statistics Bureau", language, PRODUCER), name, "en");
		assertThat(html("/datasets/label-test-survey?lang=" + language)).as("its dataset's page")
			.containsPattern(shown);
		assertThat(html("/gaps/divergences?lang=" + language)).as("divergence matrix, grouped by producer")
			.contains(">" + name + "</th>")
			.contains(">" + name + "</option>");
		assertThat(html("/gaps/scores?lang=" + language)).as("harmonization scores").containsPattern(shown);
		assertThat(json("/api/gaps/scores?lang=" + language).path("producers")
			.valueStream()
			.filter((score) -> PRODUCER.equals(score.path("iri").asString()))
			.map((score) -> score.path("label").path("text").asString())).as("harmonization scores, JSON")
			.containsExactly(name);
		assertThat(html("/gaps/classifications?lang=" + language)).as("classification usage")
			.containsPattern(shown)
			.contains(">" + name + "</option>");
		assertThat(html("/gaps/indicators?lang=" + language)).as("indicator coverage, a column per producer")
			.contains("title=\"" + name + "\"");
	}

	/**
	 * The label as the localized-text fragment writes it: its own language and direction,
	 * and the fallback mark right after it, or no mark.
	 */
	private static String shown(String label, String language, boolean fallback) {
		return "<span lang=\"" + language + "\" dir=\"ltr\">" + Pattern.quote(label) + "</span>"
				+ (fallback ? "<small class=\"lang-tag\">" : "(?!<small class=\"lang-tag\">)");
	}

	/** The JSON form of a search hit gives the label and its language. */
	private static void assertLabel(JsonNode hit, String text, String language) {
		assertThat(hit.path("label").asString()).isEqualTo(text);
		assertThat(hit.path("language").asString()).isEqualTo(language);
	}

	private String html(String path) {
		HttpResponse<String> response = this.http.get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private JsonNode json(String path) {
		HttpResponse<String> response = this.http.get(path, "application/json");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private JsonNode searchHit(String query, String language, String iri) {
		HttpResponse<String> response = this.http.get(
				"/api/search?q=" + HttpTestClient.encode(query) + "&lang=" + language + "&size=50", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		for (JsonNode hit : JSON.readTree(response.body()).path("hits")) {
			if (iri.equals(hit.path("iri").asString())) {
				return hit;
			}
		}
		throw new AssertionError(iri + " not among the hits for " + query + " in " + language);
	}

}
