package ma.hcp.simimo.search;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.store.StoreMetrics;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search over the seed content, through real HTTP: relevance in French, English and
 * Arabic, concept-aware matches, facets checked against SPARQL counts, escaping and bad
 * input.
 */
class SearchIntegrationTests extends RunningApplication {

	private static final String DATASETS = "https://w3id.org/simimo/datasets/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest(name = "[{index}] {0} (lang={1}) finds {2}")
	@CsvSource(delimiter = '|', value = {
			// French: accents folded, elision, light stemming
			"emigre | fr | https://w3id.org/simimo/concepts/iom-2019/emigrant",
			"Émigrés | fr | https://w3id.org/simimo/concepts/iom-2019/emigrant",
			"l'immatriculation consulaire | fr | https://w3id.org/simimo/datasets/maecamre-consular-registrations",
			"refugies reconnus | fr | https://w3id.org/simimo/datasets/maecamre-recognised-refugees",
			// English: stemming
			"refugees recognised | en | https://w3id.org/simimo/datasets/maecamre-recognised-refugees",
			"remittance | en | https://w3id.org/simimo/datasets/office-des-changes-mre-remittances",
			// acronyms and notations
			"RGPH | fr | https://w3id.org/simimo/schemes/hcp-rgph",
			"ANAPEC | fr | https://w3id.org/simimo/producers/anapec",
			"10.7.2 | fr | https://w3id.org/simimo/indicators/sdg-10-7-2",
			// Arabic: normalisation of taa marbuta and alef forms, light stemming
			"المندوبية السامية | ar | https://w3id.org/simimo/producers/hcp",
			"المندوبيه | ar | https://w3id.org/simimo/producers/hcp",
			"إسبانيا | ar | https://w3id.org/simimo/classifications/countries/esp",
			// one typo tolerated from five letters
			"migrnts de retour | fr | https://w3id.org/simimo/concepts/hcp-enmi/return-migrant",
			"recensment | fr | https://w3id.org/simimo/datasets/rgph-2014" })
	void findsTheExpectedResourceInTheFirstResults(String query, String language, String expected) {
		JsonNode results = search("q=" + HttpTestClient.encode(query) + "&lang=" + language);

		assertThat(iris(results).subList(0, Math.min(10, iris(results).size()))).contains(expected);
	}

	@Autowired
	private MeterRegistry meters;

	@Test
	void reportsTheBytesOfTheStoreAndTheSearchIndexOnDiskInHealthAndAsAGauge() {
		JsonNode health = JSON.readTree(this.http.get("/actuator/health", "application/json").body());
		JsonNode components = health.path("components");
		assertThat(components.path("store").path("details").path("sizeOnDisk").path("tdb2").asLong()).isPositive();
		assertThat(components.path("store").path("details").path("sizeOnDisk").path("lucene").asLong()).isPositive();
		assertThat(components.path("search").path("details").path("sizeOnDisk").asLong()).isPositive();
		for (String part : List.of("tdb2", "lucene", "search")) {
			assertThat(this.meters.get(StoreMetrics.SIZE).tag("part", part).gauge().value()).as(part).isPositive();
		}
	}

	@Test
	void aPhraseInQuotesMatchesTheWordsTogetherOnly() {
		List<String> phrase = iris(search("q=" + HttpTestClient.encode("\"migrant de retour\"") + "&size=100"));
		List<String> words = iris(search("q=" + HttpTestClient.encode("retour migrant") + "&size=100"));

		assertThat(phrase).contains("https://w3id.org/simimo/concepts/hcp-enmi/return-migrant");
		assertThat(words.size()).isGreaterThan(phrase.size());
	}

	@Test
	void returnMigrantsFindsTheEnmiSurveyThroughTheConceptItMeasuresAndSaysWhy() {
		JsonNode results = search("q=" + HttpTestClient.encode("return migrants") + "&lang=en&type=dataset");

		JsonNode enmi = hit(results, DATASETS + "enmi-2018-2019");
		assertThat(enmi).as("ENMI among the datasets").isNotNull();
		assertThat(reasons(enmi)).anySatisfy((reason) -> {
			assertThat(reason.path("reason").asString()).isEqualTo("measures");
			assertThat(reason.path("value").asString()).isEqualTo("Return migrant");
			assertThat(reason.path("text").asString()).contains("Return migrant");
		});
	}

	@Test
	void mreFindsTheConsularRegistrationsAndTheRemittanceSeries() {
		JsonNode results = search("q=MRE&type=dataset");

		assertThat(iris(results)).contains(DATASETS + "maecamre-consular-registrations",
				DATASETS + "office-des-changes-mre-remittances");
		assertThat(reasons(hit(results, DATASETS + "office-des-changes-mre-remittances")))
			.extracting((reason) -> reason.path("reason").asString())
			.contains("keyword", "measures");
	}

	@Test
	void aMatchedConceptAlsoBringsTheConceptsMappedToIt() {
		JsonNode results = search("q=" + HttpTestClient.encode("migrant de retour") + "&type=concept&size=50");

		JsonNode mapped = hit(results, "https://w3id.org/simimo/concepts/un-1998/returning-migrants");
		assertThat(mapped).isNotNull();
		assertThat(iris(results)).contains("https://w3id.org/simimo/concepts/hcp-enmi/return-migrant");
	}

	@Test
	void eachHitShowsItsTypeProducerPeriodAndAHighlightedSnippet() {
		JsonNode results = search("q=recensement&type=dataset");

		JsonNode rgph = hit(results, DATASETS + "rgph-2014");
		assertThat(rgph.path("type").asString()).isEqualTo("dataset");
		assertThat(rgph.path("producers").get(0).path("iri").asString())
			.isEqualTo("https://w3id.org/simimo/producers/hcp");
		assertThat(rgph.path("period").asString()).isEqualTo("2014");
		JsonNode span = rgph.path("highlights").get(0);
		String snippet = rgph.path("snippet").asString();
		assertThat(snippet.substring(span.get(0).asInt(), span.get(1).asInt()).toLowerCase()).startsWith("recens");
	}

	@Test
	void typeAndProducerCountsEqualTheSparqlCounts() {
		JsonNode all = search("");
		Map<String, Long> types = counts(all, "type");
		assertThat(types.get("dataset")).isEqualTo(sparqlCount(
				"SELECT (COUNT(DISTINCT ?d) AS ?n) " + "WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> }"));
		assertThat(types.get("indicator")).isEqualTo(sparqlCount(
				"SELECT (COUNT(DISTINCT ?i) AS ?n) " + "WHERE { ?i a <https://w3id.org/simimo/def#Indicator> }"));

		Map<String, Long> producers = counts(search("type=dataset"), "producer");
		for (String producer : List.of("hcp", "anapec", "dgsn", "office-des-changes")) {
			String iri = "https://w3id.org/simimo/producers/" + producer;
			assertThat(producers.get(iri)).as(producer)
				.isEqualTo(sparqlCount(
						"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> ; "
								+ "<http://purl.org/dc/terms/publisher> <" + iri + "> }"));
		}
		Map<String, Long> sourceTypes = counts(search("type=dataset"), "sourceType");
		String survey = "https://w3id.org/simimo/concepts/source-types/sample-survey";
		assertThat(sourceTypes.get(survey)).isEqualTo(sparqlCount("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { "
				+ "?d a <http://www.w3.org/ns/dcat#Dataset> ; <https://w3id.org/simimo/def#sourceType> <" + survey
				+ "> }"));
	}

	@Test
	void valuesOfOneFacetCombineWithOrAndFacetsWithAnd() {
		String hcp = "producer=" + HttpTestClient.encode("https://w3id.org/simimo/producers/hcp");
		String anapec = "producer=" + HttpTestClient.encode("https://w3id.org/simimo/producers/anapec");
		long hcpDatasets = search("type=dataset&" + hcp).path("total").asLong();
		long anapecDatasets = search("type=dataset&" + anapec).path("total").asLong();

		assertThat(search("type=dataset&" + hcp + "&" + anapec).path("total").asLong())
			.isEqualTo(hcpDatasets + anapecDatasets);
		assertThat(search("type=dataset&type=concept&" + hcp).path("total").asLong()).isGreaterThan(hcpDatasets);
	}

	@Test
	void aFacetCountsItsValuesWithTheOtherFacetsSelectionsButNotItsOwn() {
		String hcp = "producer=" + HttpTestClient.encode("https://w3id.org/simimo/producers/hcp");
		JsonNode results = search("type=dataset&" + hcp);

		// The producer facet still offers the other producers, counted among datasets...
		Map<String, Long> producers = counts(results, "producer");
		assertThat(producers).containsKey("https://w3id.org/simimo/producers/anapec");
		assertThat(producers.get("https://w3id.org/simimo/producers/anapec")).isEqualTo(
				search("type=dataset&producer=" + HttpTestClient.encode("https://w3id.org/simimo/producers/anapec"))
					.path("total")
					.asLong());
		// ...while the type facet is counted within HCP's resources only.
		assertThat(counts(results, "type").get("dataset")).isEqualTo(results.path("total").asLong());
		assertThat(counts(results, "type").get("concept"))
			.isEqualTo(search("type=concept&" + hcp).path("total").asLong());
	}

	@Test
	void theYearRangeKeepsResourcesWhoseCoverageOverlapsIt() {
		List<String> in2014 = iris(search("type=dataset&yearFrom=2014&yearTo=2014&size=100"));

		assertThat(in2014).contains(DATASETS + "rgph-2014").doesNotContain(DATASETS + "rgph-2024");
	}

	@Test
	void sortsByTitleAndPagesThroughTheResults() {
		JsonNode first = search("type=dataset&sort=title&size=5");
		JsonNode second = search("type=dataset&sort=title&size=5&page=2");

		List<String> titles = new ArrayList<>();
		first.path("hits").forEach((hit) -> titles.add(hit.path("label").asString()));
		assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(iris(first)).hasSize(5).doesNotContainAnyElementsOf(iris(second));
		assertThat(first.path("total").asLong()).isEqualTo(second.path("total").asLong());
	}

	@Test
	void anUnknownFacetValueIsReportedAndIgnored() {
		JsonNode results = search("q=migrant&producer=" + HttpTestClient.encode("https://example.org/nobody"));

		assertThat(results.path("total").asLong()).isGreaterThan(0);
		assertThat(results.path("notices").get(0).path("code").asString()).isEqualTo("unknownValue");
		assertThat(results.path("notices").get(0).path("text").asString()).contains("https://example.org/nobody");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"unbalanced quote", "(unbalanced", "*", "AND(", "title:x~~^2 OR", "a\u0001b\u0000c",
			"migrant\" AND \"(", "?", "\\", "/regex/" })
	void readsLuceneSyntaxAndControlCharactersAsTextAndAnswersWithoutError(String query) {
		HttpResponse<String> page = this.http.get("/search?q=" + HttpTestClient.encode(query), "text/html");
		HttpResponse<String> json = this.http.get("/api/search?q=" + HttpTestClient.encode(query), "application/json");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("Exception");
	}

	@Test
	void aLoneStarShowsTheWholeCatalogueWithANotice() {
		JsonNode results = search("q=*");

		assertThat(results.path("total").asLong()).isEqualTo(search("").path("total").asLong());
		assertThat(results.path("notices").get(0).path("code").asString()).isEqualTo("nothingSearchable");
	}

	@Test
	void aTenThousandCharacterQueryIsCutAndSaidSo() {
		JsonNode results = search("q=" + HttpTestClient.encode("migrant ".repeat(1250)));

		assertThat(results.path("query").asString()).hasSizeLessThanOrEqualTo(QueryText.MAX_LENGTH);
		assertThat(results.path("notices").get(0).path("code").asString()).isEqualTo("shortened");
	}

	@Test
	void unusableParametersFallBackToTheirDefaults() {
		JsonNode results = search("q=migrant&page=abc&size=-5&sort=colour&yearFrom=twenty");

		assertThat(results.path("page").asInt()).isEqualTo(1);
		assertThat(results.path("size").asInt()).isEqualTo(1);
		assertThat(results.path("sort").asString()).isEqualTo("relevance");
	}

	@Test
	void autocompleteProposesLabelsAndAcronymsInTheCurrentLanguage() {
		JsonNode french = json(this.http.get("/api/suggest?q=migr&lang=fr", "application/json"));
		JsonNode acronym = json(this.http.get("/api/suggest?q=anap&lang=fr", "application/json"));
		JsonNode arabic = json(
				this.http.get("/api/suggest?q=" + HttpTestClient.encode("المغ") + "&lang=ar", "application/json"));

		assertThat(french.size()).isGreaterThan(0);
		french.forEach((suggestion) -> assertThat(suggestion.path("label").asString().toLowerCase()).contains("migr"));
		assertThat(acronym).anySatisfy((suggestion) -> {
			assertThat(suggestion.path("iri").asString()).isEqualTo("https://w3id.org/simimo/producers/anapec");
			assertThat(suggestion.path("matched").asString()).isEqualTo("ANAPEC");
		});
		assertThat(arabic)
			.anySatisfy((suggestion) -> assertThat(suggestion.path("label").asString()).isEqualTo("المغرب"));
	}

	@Test
	void theSearchApiIsDescribedInTheOpenApiDocument() {
		String openApi = this.http.get("/api-docs", "application/json").body();

		assertThat(openApi).contains("/api/search").contains("/api/suggest").contains("SearchApiResponse");
	}

	private JsonNode search(String parameters) {
		HttpResponse<String> response = this.http.get("/api/search?" + parameters, "application/json");
		assertThat(response.statusCode()).as(parameters).isEqualTo(200);
		return json(response);
	}

	private long sparqlCount(String query) {
		JsonNode results = json(this.http.query(query, "application/sparql-results+json"));
		return results.path("results").path("bindings").get(0).path("n").path("value").asLong();
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static List<String> iris(JsonNode results) {
		List<String> iris = new ArrayList<>();
		results.path("hits").forEach((hit) -> iris.add(hit.path("iri").asString()));
		return iris;
	}

	private static JsonNode hit(JsonNode results, String iri) {
		for (JsonNode hit : results.path("hits")) {
			if (iri.equals(hit.path("iri").asString())) {
				return hit;
			}
		}
		return null;
	}

	private static List<JsonNode> reasons(JsonNode hit) {
		List<JsonNode> reasons = new ArrayList<>();
		hit.path("why").forEach(reasons::add);
		return reasons;
	}

	private static Map<String, Long> counts(JsonNode results, String facet) {
		Map<String, Long> counts = new HashMap<>();
		results.path("facets")
			.path(facet)
			.forEach((value) -> counts.put(value.path("value").asString(), value.path("count").asLong()));
		return counts;
	}

}
