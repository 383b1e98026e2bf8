package ma.hcp.simimo.search;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a search from request parameters. Nothing here fails: a value that cannot be used
 * (a page that is not a number, an unknown sort) falls back to its default, and facet
 * values are checked against the index by the search itself.
 */
final class SearchRequests {

	static final int DEFAULT_SIZE = 20;

	/** Bounds what one request can ask for, whatever it repeats. */
	static final int MAX_VALUES_PER_FACET = 50;

	private SearchRequests() {
	}

	static SearchRequest from(SearchParameters parameters, Locale locale) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		for (String facet : SearchFields.FACETS) {
			List<String> values = parameters.facet(facet)
				.stream()
				.filter((value) -> value != null && !value.isBlank())
				.map(String::strip)
				.distinct()
				.limit(MAX_VALUES_PER_FACET)
				.toList();
			if (!values.isEmpty()) {
				filters.put(facet, new ArrayList<>(values));
			}
		}
		String sort = parameters.sort();
		return new SearchRequest(parameters.q(), filters, year(parameters.yearFrom()), year(parameters.yearTo()),
				(sort != null && SearchRequest.SORTS.contains(sort)) ? sort : "relevance",
				Math.max(1, number(parameters.page(), 1)),
				Math.min(SearchRequest.MAX_SIZE, Math.max(1, number(parameters.size(), DEFAULT_SIZE))),
				language(locale));
	}

	/**
	 * The page's search with nothing asked (no text, no filter, no years) lists the
	 * datasets, what a reader comes for, rather than 700 resources most of which are
	 * classification items. A {@code type} parameter sent empty ({@code /search?type=})
	 * asks for every kind, and is what the page's links send when they would otherwise
	 * come back here with nothing.
	 */
	static SearchRequest datasetsWhenEmpty(SearchRequest request, SearchParameters parameters) {
		boolean nothingAsked = QueryText.parse(request.text()).isBlank() && request.filters().isEmpty()
				&& request.yearFrom() == null && request.yearTo() == null && parameters.type() == null;
		if (!nothingAsked) {
			return request;
		}
		Map<String, List<String>> datasets = new LinkedHashMap<>();
		datasets.put("type", new ArrayList<>(List.of("dataset")));
		return new SearchRequest(request.text(), datasets, null, null, request.sort(), request.page(), request.size(),
				request.language());
	}

	static String language(Locale locale) {
		String language = locale.getLanguage();
		return LanguagePolicy.supportedOrDefault(language);
	}

	private static Integer year(String value) {
		int year = number(value, Integer.MIN_VALUE);
		return (year >= 1000 && year <= 9999) ? year : null;
	}

	private static int number(String value, int fallback) {
		if (value == null || value.isBlank() || value.length() > 9) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
