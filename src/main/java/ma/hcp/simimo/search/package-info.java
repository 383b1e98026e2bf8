/**
 * Search. For now a label lookup over the jena-text index (labels, acronyms and
 * notations, every language); faceted, multilingual, concept-aware search is the search
 * issue's.
 */
package ma.hcp.simimo.search;
