package ma.hcp.simimo.indicator;

import ma.hcp.simimo.kernel.LabelledLink;

/**
 * One row of the indicator list.
 *
 * @param indicator the indicator, labelled with its title
 * @param notation its code
 * @param custodians its custodians' names
 */
public record IndicatorSummary(LabelledLink indicator, String notation, String custodians) {
}
