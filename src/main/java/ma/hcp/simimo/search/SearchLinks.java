package ma.hcp.simimo.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the links of the results page from the current search: select or unselect a
 * facet value, change page or order. The page then needs no JavaScript. Values are
 * percent-encoded, so a value holding {@code &}, {@code +} or {@code #} comes back as it
 * was.
 */
public final class SearchLinks {

	private final SearchRequest request;

	SearchLinks(SearchRequest request) {
		this.request = request;
	}

	/** The search with this value selected if it was not, unselected if it was. */
	public String toggle(String facet, String value) {
		Query link = base(true);
		for (Map.Entry<String, List<String>> filter : this.request.filters().entrySet()) {
			List<String> values = new ArrayList<>(filter.getValue());
			if (filter.getKey().equals(facet) && !values.remove(value)) {
				values.add(value);
			}
			values.forEach((kept) -> link.add(filter.getKey(), kept));
		}
		if (!this.request.filters().containsKey(facet)) {
			link.add(facet, value);
		}
		return link.toString();
	}

	public String page(int page) {
		Query link = base(true);
		addFilters(link);
		if (page > 1) {
			link.add("page", Integer.toString(page));
		}
		return link.toString();
	}

	public String sort(String sort) {
		Query link = base(false);
		if (!"relevance".equals(sort)) {
			link.add("sort", sort);
		}
		addYears(link);
		addFilters(link);
		return link.toString();
	}

	/** The same search without its years. */
	public String withoutYears() {
		Query link = base(false);
		if (!"relevance".equals(this.request.sort())) {
			link.add("sort", this.request.sort());
		}
		addFilters(link);
		return link.toString();
	}

	/** The same text without any facet or year selection. */
	public String clear() {
		return base(false).toString();
	}

	private Query base(boolean withSortAndYears) {
		Query link = new Query();
		String text = QueryText.parse(this.request.text()).text();
		if (!text.isEmpty()) {
			link.add("q", text);
		}
		if (withSortAndYears) {
			if (!"relevance".equals(this.request.sort())) {
				link.add("sort", this.request.sort());
			}
			addYears(link);
		}
		return link;
	}

	private void addYears(Query link) {
		if (this.request.yearFrom() != null) {
			link.add("yearFrom", this.request.yearFrom().toString());
		}
		if (this.request.yearTo() != null) {
			link.add("yearTo", this.request.yearTo().toString());
		}
	}

	private void addFilters(Query link) {
		this.request.filters().forEach((facet, values) -> values.forEach((value) -> link.add(facet, value)));
	}

	/**
	 * One link: every value is a URI variable, so {@code encode()} encodes it strictly
	 * (everything but unreserved characters, {@code &}, {@code +}, {@code #}, {@code /}
	 * and Arabic included) while facets stay repeated parameters.
	 */
	private static final class Query {

		private final UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");

		private final List<String> values = new ArrayList<>();

		void add(String name, String value) {
			this.uri.queryParam(name, "{v" + this.values.size() + "}");
			this.values.add(value);
		}

		@Override
		public String toString() {
			if (this.values.isEmpty()) {
				// Bare /search lists the datasets only; a link that drops the last filter
				// means every kind of resource (SearchRequests.datasetsWhenEmpty).
				return "/search?type=";
			}
			return this.uri.encode().buildAndExpand(this.values.toArray()).toUriString();
		}

	}

}
