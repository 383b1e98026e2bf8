package ma.hcp.simimo.concept;

import java.util.List;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LocalizedText;

/**
 * Everything the concept page shows, with texts chosen for the reader's language.
 *
 * @param iri the concept IRI
 * @param label its preferred label
 * @param altLabels its alternative labels in that language
 * @param otherLanguages its labels in the other languages it has, as Skosmos shows them
 * @param definition its definition
 * @param definitionOrigin where that definition comes from (official text or SIMIMO
 * translation), in the reader's language, or none when not recorded
 * @param definitionUnavailable true when no definition could be sourced
 * @param citation where in its sources the definition is
 * @param sources the documents it cites
 * @param scheme the scheme it belongs to
 * @param owner the producer responsible for it in SIMIMO, whose contributors may edit it
 * (simimo:owner), or null when none is
 * @param broader its broader concepts
 * @param narrower its narrower concepts
 * @param related its related concepts
 * @param counterparts the concepts it is mapped to, or that are mapped to it, with their
 * definitions
 * @param divergences its divergences, criterion by criterion
 * @param datasets up to 50 of the datasets that measure it, by title
 * @param datasetCount how many datasets measure it in all
 * @param notes its scope, history, change and editorial notes
 * @param sourceFile the content file it was loaded from, or empty
 * @param loadedOn when that file was last loaded, or empty
 */
public record ConceptPage(String iri, LocalizedText label, List<String> altLabels, List<OtherLanguage> otherLanguages,
		LocalizedText definition, LocalizedText definitionOrigin, boolean definitionUnavailable, LocalizedText citation,
		List<LabelledLink> sources, LabelledLink scheme, LabelledLink owner, List<LabelledLink> broader,
		List<LabelledLink> narrower, List<LabelledLink> related, List<Comparison> comparisons,
		List<LabelledLink> datasets, long datasetCount, List<LocalizedText> notes, String sourceFile, String loadedOn) {

	/**
	 * The concept's labels in one language other than the reader's and the one its shown
	 * label is in.
	 *
	 * @param language the language tag
	 * @param prefLabel the preferred label in that language, or empty when it has only
	 * alternative ones
	 * @param altLabels the alternative labels in that language, sorted
	 */
	public record OtherLanguage(String language, String prefLabel, List<String> altLabels) {

		/** The direction the labels are written in, for their dir attribute. */
		public String direction() {
			return LanguagePolicy.direction(this.language);
		}

	}

	/**
	 * Another concept shown next to this one: a mapped counterpart, or a concept a
	 * divergence compares it with.
	 *
	 * @param concept the other concept
	 * @param relation the SKOS mapping property's local name (closeMatch…), or empty when
	 * none
	 * @param incoming true when the other concept is the subject of the mapping
	 * @param scheme the other concept's scheme
	 * @param definition its definition
	 * @param sources its sources
	 * @param divergences the criteria on which the two are compared
	 */
	public record Comparison(LabelledLink concept, String relation, boolean incoming, LabelledLink scheme,
			LocalizedText definition, List<LabelledLink> sources, List<DivergenceRow> divergences) {

	}

	/**
	 * One criterion on which a national concept is compared with a standard one.
	 *
	 * @param nationalConcept the national concept
	 * @param standardConcept the standard concept
	 * @param criterion the criterion
	 * @param nationalValues the national values
	 * @param standardValues the standard values
	 * @param severityCode 0 aligned, 1 minor, 2 major
	 * @param severity the severity's label
	 * @param explanation what the difference changes, in plain language
	 * @param sources the divergence's sources
	 */
	public record DivergenceRow(LabelledLink nationalConcept, LabelledLink standardConcept, LabelledLink criterion,
			List<Value> nationalValues, List<Value> standardValues, String severityCode, LocalizedText severity,
			LocalizedText explanation, List<LabelledLink> sources) {
	}

	/**
	 * A typed value: a duration (said in words by the page), another literal, or a code.
	 *
	 * @param text the lexical form or the code's label
	 * @param duration the xsd:duration lexical form, or null
	 * @param link the code, or null
	 */
	public record Value(String text, String duration, LabelledLink link) {
	}

}
