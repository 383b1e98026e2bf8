package ma.hcp.simimo.catalogue;

import java.util.List;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;

/**
 * Everything the dataset page shows, with texts already chosen for the reader's language.
 *
 * @param iri the dataset IRI
 * @param title its title
 * @param description its description
 * @param publisher the producer that publishes it
 * @param owner the producer responsible for it in SIMIMO, whose contributors may edit it
 * (simimo:owner), or null when none is
 * @param operation the statistical operation it comes from
 * @param sourceType census, sample survey or administrative register
 * @param referencePeriods its typed reference periods
 * @param coverageStart start of its temporal coverage, as written in the graph
 * @param coverageEnd end of its temporal coverage
 * @param frequency its update frequency (EU frequency vocabulary)
 * @param accessRights its access rights (EU access-right vocabulary)
 * @param licence its licence (dct:license), or null when not recorded
 * @param issued when it was first published (dct:issued), as written, or empty
 * @param modified when it was last changed (dct:modified), as written, or empty
 * @param landingPages pages where the data or results can be obtained
 * @param classifications the classifications it uses
 * @param concepts the concepts it measures, each with its worst divergence
 * @param qualityNotes quality notes (DQV)
 * @param collectionMethod how the data are collected
 * @param updatePractice how the data are updated
 * @param disseminationMethod how the results are disseminated
 * @param keywords its keywords, all in one language (the reader's or a fallback)
 * @param sources the documents its description comes from
 * @param distributions the ways the data are distributed, where known
 * @param report its methodology and quality report, one entry per topic of the producers'
 * inventory (decision 0020)
 * @param statisticalUnits what it counts (statistical-units scheme), where known
 * @param stockOrFlow whether it counts a stock or a flow, or null when not recorded
 * @param breakdowns its breakdowns, each with the classification that codes it where
 * known
 */
public record DatasetPage(String iri, LocalizedText title, LocalizedText description, LabelledLink publisher,
		LabelledLink owner, LabelledLink operation, LabelledLink sourceType, List<ReferencePeriodView> referencePeriods,
		String coverageStart, String coverageEnd, LabelledLink frequency, LabelledLink accessRights,
		LabelledLink licence, String issued, String modified, List<String> landingPages,
		List<LabelledLink> classifications, List<MeasuredConcept> concepts, List<LocalizedText> qualityNotes,
		LocalizedText collectionMethod, LocalizedText updatePractice, LocalizedText disseminationMethod,
		List<LocalizedText> keywords, List<LabelledLink> sources, List<Distribution> distributions,
		List<ReportTopic> report, List<LabelledLink> statisticalUnits, LabelledLink stockOrFlow,
		List<BreakdownView> breakdowns) {

	/**
	 * One topic of the producers' inventory and what the report records under it.
	 *
	 * @param code the topic's number in the meeting's order
	 * @param label the topic
	 * @param headings the SIMS concepts it is recorded under, each with its values
	 */
	public record ReportTopic(String code, LocalizedText label, List<ReportHeading> headings) {

		public boolean isRecorded() {
			return this.headings.stream().anyMatch(ReportHeading::isRecorded);
		}

	}

	/**
	 * A SIMS concept (or SIMIMO sub-concept) of the report and the dataset's values for
	 * it.
	 *
	 * @param code its SIMS code (S.18.3) or SIMIMO notation
	 * @param label its label
	 * @param texts the values that are texts, in the reader's language where possible
	 * @param links the values that are resources (concepts, classifications, periods)
	 */
	public record ReportHeading(String code, LocalizedText label, List<LocalizedText> texts, List<LabelledLink> links) {

		public boolean isRecorded() {
			return !this.texts.isEmpty() || !this.links.isEmpty();
		}

	}

	/**
	 * A breakdown of the dataset.
	 *
	 * @param breakdown the breakdown variable
	 * @param classification the classification that codes it, or null when not recorded
	 */
	public record BreakdownView(LabelledLink breakdown, LabelledLink classification) {
	}

	/**
	 * A distribution of the dataset.
	 *
	 * @param title its title, or its IRI
	 * @param description what it holds, or none
	 * @param accessUrl where it can be accessed, or empty
	 * @param downloadUrl where it can be downloaded, or empty
	 * @param format its format (EU file-type vocabulary) or media type, by its label, or
	 * null when not recorded
	 * @param licence its licence (dct:license), or null when not recorded
	 * @param accessRights its access conditions (EU access-right vocabulary), or null
	 */
	public record Distribution(LocalizedText title, LocalizedText description, String accessUrl, String downloadUrl,
			LabelledLink format, LabelledLink licence, LabelledLink accessRights) {
	}

	/**
	 * A typed reference period.
	 *
	 * @param label its label
	 * @param kind threshold, recall period, observation window or reference date
	 * @param duration its xsd:duration, or empty
	 * @param start its start date, or empty
	 * @param end its end date, or empty
	 */
	public record ReferencePeriodView(LocalizedText label, LocalizedText kind, String duration, String start,
			String end) {
	}

	/**
	 * A concept the dataset measures and the most severe of its divergences from the
	 * standards.
	 *
	 * @param concept the concept
	 * @param severityCode 0 aligned, 1 minor, 2 major, or empty when no divergence is
	 * recorded
	 * @param severity the severity's label
	 */
	public record MeasuredConcept(LabelledLink concept, String severityCode, LocalizedText severity) {
	}

}
