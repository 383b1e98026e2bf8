/**
 * Search for researchers: an application-managed Lucene index (one document per dataset,
 * concept, classification item, indicator, scheme and organisation) kept in step with the
 * store, queried with per-language analysis, typo tolerance, concept expansion,
 * drill-sideways facets, highlighting and autocomplete. See decision 0004.
 */
package ma.hcp.simimo.search;
