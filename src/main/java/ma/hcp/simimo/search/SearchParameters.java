package ma.hcp.simimo.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The request parameters of a search, as the page and the JSON API accept them and as the
 * OpenAPI description lists them. Every value is kept as sent: {@link SearchRequests}
 * decides what can be used, so a bad page number falls back instead of failing.
 *
 * @param q the text to find
 * @param sort the order
 * @param page the page number
 * @param size hits per page
 * @param lang the language of labels and snippets
 * @param yearFrom first year of coverage
 * @param yearTo last year of coverage
 * @param type facet: kinds of resource
 * @param producer facet: producers
 * @param sourceType facet: kinds of source
 * @param family facet: concept families
 * @param period facet: decades of coverage
 * @param accessRights facet: access rights
 * @param scheme facet: concept schemes
 * @param divergence facet: divergence severities
 */
record SearchParameters(@Parameter(description = "The text to find; quotes make a phrase") String q,
		@Parameter(description = "relevance (default), title or date") String sort,
		@Parameter(description = "Page number, from 1") String page,
		@Parameter(description = "Hits per page, at most 100") String size,
		@Parameter(description = "Language of labels and snippets: fr, en or ar") String lang,
		@Parameter(description = "Keep resources whose coverage ends in or after this year") String yearFrom,
		@Parameter(description = "Keep resources whose coverage starts in or before this year") String yearTo,
		@Parameter(description = "Facet, may repeat: dataset, concept, classificationItem, indicator, scheme or "
				+ "organisation") List<String> type,
		@Parameter(description = "Facet, may repeat: producer IRI") List<String> producer,
		@Parameter(
				description = "Facet, may repeat: kind of source (survey, census, register…)") List<String> sourceType,
		@Parameter(description = "Facet, may repeat: concept family") List<String> family,
		@Parameter(description = "Facet, may repeat: decade of coverage, e.g. 2010") List<String> period,
		@Parameter(description = "Facet, may repeat: access rights") List<String> accessRights,
		@Parameter(description = "Facet, may repeat: concept scheme IRI") List<String> scheme,
		@Parameter(description = "Facet, may repeat: divergence severity") List<String> divergence) {

	/** The values sent for one of {@link SearchFields#FACETS}, none when absent. */
	List<String> facet(String name) {
		List<String> values = switch (name) {
			case "type" -> this.type;
			case "producer" -> this.producer;
			case "sourceType" -> this.sourceType;
			case "family" -> this.family;
			case "period" -> this.period;
			case "accessRights" -> this.accessRights;
			case "scheme" -> this.scheme;
			case "divergence" -> this.divergence;
			default -> throw new IllegalArgumentException("No search parameter for the facet " + name);
		};
		return (values != null) ? values : List.of();
	}

}
