package ma.hcp.simimo.catalogue;

import java.util.List;

import ma.hcp.simimo.catalogue.DatasetPage.MeasuredConcept;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;

/**
 * Everything the producer page shows.
 *
 * @param iri the producer IRI
 * @param name its name in the reader's language
 * @param acronyms its acronyms
 * @param roles its roles in the information system
 * @param units its units
 * @param datasets up to 50 of the datasets it publishes, by title
 * @param datasetCount how many datasets it publishes in all
 * @param concepts its national concepts, each with its most severe divergence
 * @param aligned how many of its concepts' divergences are graded aligned
 * @param minor how many are minor
 * @param major how many are major
 */
public record ProducerPage(String iri, LocalizedText name, List<String> acronyms, List<LabelledLink> roles,
		List<LabelledLink> units, List<LabelledLink> datasets, long datasetCount, List<MeasuredConcept> concepts,
		long aligned, long minor, long major) {
}
