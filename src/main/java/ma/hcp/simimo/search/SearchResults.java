package ma.hcp.simimo.search;

import java.util.List;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * One page of search results.
 *
 * @param request the search, as understood
 * @param total how many resources match
 * @param hits the hits of this page
 * @param facets the facets, each value counted with the other facets' selections applied
 * @param notices what was changed in the request, or could not be used, for the reader
 */
public record SearchResults(SearchRequest request, long total, List<SearchHit> hits, List<FacetView> facets,
		List<Notice> notices) {

	public int pageCount() {
		return (int) Math.min((this.total + this.request.size() - 1) / this.request.size(),
				SearchRequest.MAX_DEPTH / this.request.size());
	}

	/**
	 * A facet with its values.
	 *
	 * @param name the facet's parameter name
	 * @param values its values, most frequent first
	 */
	public record FacetView(String name, List<FacetValue> values) {
	}

	/**
	 * One facet value.
	 *
	 * @param value what the request parameter carries
	 * @param label its label in the reader's language, or a fallback
	 * @param language the label's language ("" when it has none)
	 * @param fallback whether the label is not in the reader's language
	 * @param count how many resources have it, given the other facets' selections
	 * @param selected whether the reader selected it
	 */
	public record FacetValue(String value, String label, String language, boolean fallback, long count,
			boolean selected) {

		static FacetValue of(String value, LocalizedText label, long count, boolean selected) {
			return new FacetValue(value, label.text(), label.language(), label.fallback(), count, selected);
		}

		/** The label with its language, as the page's fragments show a text. */
		public LocalizedText localized() {
			return new LocalizedText(this.label, this.language, this.fallback);
		}

	}

	/**
	 * Something the reader should know about the request.
	 *
	 * @param code the kind (shortened, unknownValue, badYear, tooDeep, nothingSearchable)
	 * @param value the value concerned, or ""
	 */
	public record Notice(String code, String value) {
	}

}
