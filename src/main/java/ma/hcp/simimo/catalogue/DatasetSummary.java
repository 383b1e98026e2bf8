package ma.hcp.simimo.catalogue;

import ma.hcp.simimo.kernel.LabelledLink;

/**
 * One row of the dataset list.
 *
 * @param dataset the dataset, labelled with its title
 * @param publisher its producer, or null
 * @param sourceType its source type, or null
 */
public record DatasetSummary(LabelledLink dataset, LabelledLink publisher, LabelledLink sourceType) {
}
