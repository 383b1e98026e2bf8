package ma.hcp.simimo.search;

import java.util.List;
import java.util.Map;

/**
 * One search, as the page and the API take it.
 *
 * @param text what the reader typed
 * @param filters the selected facet values, by facet; values of one facet combine with
 * OR, facets with AND
 * @param yearFrom keep resources whose coverage ends in or after this year, or null
 * @param yearTo keep resources whose coverage starts in or before this year, or null
 * @param sort relevance, title or date
 * @param page the page, from 1
 * @param size hits per page
 * @param language the reader's language (fr, en or ar)
 */
public record SearchRequest(String text, Map<String, List<String>> filters, Integer yearFrom, Integer yearTo,
		String sort, int page, int size, String language) {

	public static final List<String> SORTS = List.of("relevance", "title", "date");

	public static final int MAX_SIZE = 100;

	/** Deeper pages are refused: ranking that far down is noise, and costs memory. */
	public static final int MAX_DEPTH = 10_000;

	public boolean isSelected(String facet, String value) {
		return this.filters.getOrDefault(facet, List.of()).contains(value);
	}

}
