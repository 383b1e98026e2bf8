package ma.hcp.simimo.concept;

import ma.hcp.simimo.kernel.LabelledLink;

/**
 * One row of the scheme list.
 *
 * @param scheme the scheme, labelled with its title
 * @param kind international, classification, national, reference (another publisher's
 * code list) or codeList (one of SIMIMO's own)
 * @param concepts how many concepts it holds
 */
public record SchemeSummary(LabelledLink scheme, String kind, long concepts) {
}
