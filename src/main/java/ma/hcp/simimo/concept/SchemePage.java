package ma.hcp.simimo.concept;

import java.util.List;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;

/**
 * Everything the scheme (or classification) page shows.
 *
 * @param iri the scheme IRI
 * @param title its title
 * @param description its description or scope note
 * @param publisher who publishes it
 * @param owner the producer responsible for it in SIMIMO, whose contributors may edit it
 * (simimo:owner), or null when none is
 * @param version its version, or empty
 * @param sources the documents it comes from
 * @param tree its concepts as a hierarchy, top concepts first
 * @param index its concepts in alphabetical order of their label in the reader's language
 * @param levels its XKOS levels
 * @param correspondences the correspondences that compare it with other classifications
 * @param notationQuery the notation the reader searched for, or empty
 * @param notationMatches the concepts with that notation
 * @param size how many concepts it holds
 */
public record SchemePage(String iri, LocalizedText title, LocalizedText description, LabelledLink publisher,
		LabelledLink owner, String version, List<LabelledLink> sources, List<Node> tree, List<Entry> index,
		List<Level> levels, List<LabelledLink> correspondences, String notationQuery, List<Entry> notationMatches,
		int size) {

	/**
	 * A concept in the tree, with the concepts under it.
	 *
	 * @param concept the concept
	 * @param notation its code, or empty
	 * @param children its narrower concepts in this scheme
	 */
	public record Node(LabelledLink concept, String notation, List<Node> children) {
	}

	/**
	 * A concept in the alphabetical index.
	 *
	 * @param concept the concept
	 * @param notation its code, or empty
	 * @param initial the first letter of its label, for the index headings
	 */
	public record Entry(LabelledLink concept, String notation, String initial) {
	}

	/**
	 * An XKOS level.
	 *
	 * @param label its name
	 * @param depth its depth, 1 at the top
	 * @param members how many concepts it holds
	 */
	public record Level(LocalizedText label, int depth, int members) {
	}

}
