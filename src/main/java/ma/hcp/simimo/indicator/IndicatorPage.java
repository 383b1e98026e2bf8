package ma.hcp.simimo.indicator;

import java.util.List;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;

/**
 * Everything the indicator page shows.
 *
 * @param iri the indicator IRI
 * @param notation its code (10.7.2…)
 * @param label its title
 * @param definition its definition
 * @param custodians its custodian agencies
 * @param requiredConcepts the concepts it requires
 * @param breakdowns the breakdowns it asks for
 * @param feeders the datasets that could feed it, with the concept through which they do
 * @param notes its notes
 */
public record IndicatorPage(String iri, String notation, LocalizedText label, LocalizedText definition,
		List<LabelledLink> custodians, List<LabelledLink> requiredConcepts, List<LabelledLink> breakdowns,
		List<Feeder> feeders, List<LocalizedText> notes) {

	/**
	 * A dataset that could feed the indicator.
	 *
	 * @param dataset the dataset
	 * @param through the concept it measures that the indicator requires, or that is
	 * mapped to one
	 */
	public record Feeder(LabelledLink dataset, List<LabelledLink> through) {
	}

}
