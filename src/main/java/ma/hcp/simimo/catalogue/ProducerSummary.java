package ma.hcp.simimo.catalogue;

import ma.hcp.simimo.kernel.LabelledLink;

/**
 * One row of the producer list.
 *
 * @param producer the producer, labelled with its name
 * @param datasets how many datasets it publishes
 */
public record ProducerSummary(LabelledLink producer, long datasets) {
}
