package ma.hcp.simimo.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The links of the results page: what a reader follows is the search they meant. */
class SearchLinksTests {

	private static final String TEXT = "المهاجرين & C++ #1";

	private static final String PRODUCER = "https://w3id.org/simimo/producers/hcp";

	@Test
	void percentEncodesArabicAmpersandPlusAndHashSoTheyComeBackAsTyped() {
		String link = links(Map.of("theme", List.of("travail & emploi+"))).clear();

		assertThat(link).startsWith("/search?q=")
			.doesNotContain(" ", "&C", "+", "#", "ا")
			.contains("%D8%A7%D9%84%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D9%8A%D9%86%20%26%20C%2B%2B%20%231");
		assertThat(URI.create(link).getRawQuery())
			.isEqualTo("q=%D8%A7%D9%84%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D9%8A%D9%86%20%26%20C%2B%2B%20%231");
		assertThat(parameters(link).toSingleValueMap()).containsExactly(Map.entry("q", TEXT));
	}

	@Test
	void keepsFacetsAsRepeatedParametersWithTheirValuesIntact() {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		filters.put("type", List.of("dataset", "concept"));
		filters.put("producer", List.of(PRODUCER));
		filters.put("theme", List.of("travail & emploi+ #2"));

		MultiValueMap<String, String> page = parameters(links(filters).page(2));

		assertThat(page.get("q")).containsExactly(TEXT);
		assertThat(page.get("type")).containsExactly("dataset", "concept");
		assertThat(page.get("producer")).containsExactly(PRODUCER);
		assertThat(page.get("theme")).containsExactly("travail & emploi+ #2");
		assertThat(page.get("page")).containsExactly("2");
	}

	@Test
	void togglesASelectedValueOffAndAnUnselectedValueOn() {
		SearchLinks links = links(Map.of("type", List.of("dataset", "concept")));

		assertThat(parameters(links.toggle("type", "dataset")).get("type")).containsExactly("concept");
		assertThat(parameters(links.toggle("type", "indicator")).get("type")).containsExactly("dataset", "concept",
				"indicator");
		assertThat(parameters(links.toggle("producer", PRODUCER)).get("producer")).containsExactly(PRODUCER);
	}

	@Test
	void linksToEveryKindOfResourceWhenNothingIsLeftAsked() {
		// Bare /search lists the datasets only.
		assertThat(new SearchLinks(new SearchRequest("", Map.of(), null, null, "relevance", 1, 20, "fr")).clear())
			.isEqualTo("/search?type=");
	}

	private static SearchLinks links(Map<String, List<String>> filters) {
		return new SearchLinks(new SearchRequest(TEXT, filters, 2010, null, "relevance", 1, 20, "fr"));
	}

	/** The parameters as the server decodes them. */
	private static MultiValueMap<String, String> parameters(String link) {
		return UriComponentsBuilder.fromUriString(link)
			.build(true)
			.getQueryParams()
			.entrySet()
			.stream()
			.collect(LinkedMultiValueMap::new,
					(map, entry) -> entry.getValue()
						.forEach((value) -> map.add(entry.getKey(), UriUtils.decode(value, StandardCharsets.UTF_8))),
					LinkedMultiValueMap::putAll);
	}

}
