package ma.hcp.simimo.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * What the search index keeps of one resource, as read from the store.
 *
 * @param iri the resource
 * @param kind dataset, concept, classificationItem, indicator, organisation or scheme
 * @param labels preferred labels and titles, by index language
 * @param altLabels alternative and hidden labels and acronyms, by index language
 * @param descriptions definitions, descriptions and scope notes, by index language
 * @param keywords keywords, by index language
 * @param codes notations and acronyms
 * @param producers publishers, custodians, or publishers of the concept's scheme
 * @param sourceTypes source types
 * @param accessRights access rights
 * @param concepts concepts measured or required
 * @param families concept families
 * @param schemes schemes of the resource, of its concepts and of their mapped concepts
 * @param narrower narrower concepts, transitively
 * @param mapped concepts mapped to this one, in either direction
 * @param severities severities of the recorded divergences
 * @param national whether the concept belongs to a national scheme
 * @param startYear first year of the temporal coverage, or null
 * @param endYear last year of the temporal coverage, or null
 * @param coverageStart the earliest start of the temporal coverage as written (an
 * xsd:date, gYearMonth or gYear lexical form), or ""
 * @param coverageEnd the latest end of the temporal coverage as written, or ""
 * @param titles the label shown for the resource to a reader of each supported language,
 * as every page shows it
 */
record IndexedResource(String iri, String kind, Map<String, List<String>> labels, Map<String, List<String>> altLabels,
		Map<String, List<String>> descriptions, Map<String, List<String>> keywords, Set<String> codes,
		Set<String> producers, Set<String> sourceTypes, Set<String> accessRights, Set<String> concepts,
		Set<String> families, Set<String> schemes, Set<String> narrower, Set<String> mapped, Set<String> severities,
		boolean national, Integer startYear, Integer endYear, String coverageStart, String coverageEnd,
		Map<String, LocalizedText> titles) {

}
