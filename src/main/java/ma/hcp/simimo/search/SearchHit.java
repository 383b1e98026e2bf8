package ma.hcp.simimo.search;

import ma.hcp.simimo.linkeddata.LabelledLink;

/**
 * One resource whose label matched.
 *
 * @param resource the resource, labelled with the label that matched
 * @param kind the local name of one of its types (Dataset, Concept…), or empty
 * @param score the Lucene score of its best match
 */
public record SearchHit(LabelledLink resource, String kind, float score) {
}
