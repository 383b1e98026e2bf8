package ma.hcp.simimo.gap;

import java.util.List;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * The harmonization score of each producer and of the whole catalogue, with what would
 * raise each producer's score most.
 *
 * @param alignmentWeight the weight of the alignment in the score
 * @param completenessWeight the weight of the completeness
 * @param overall the catalogue as a whole: every producer's concepts and fields pooled
 * @param producers the producers, highest score first
 */
public record HarmonizationScores(double alignmentWeight, double completenessWeight, Score overall,
		List<Score> producers) {

	/**
	 * One producer's score, or the catalogue's.
	 *
	 * @param iri the producer (or the catalogue)
	 * @param label its name, as the language policy picks it
	 * @param concepts how many national concepts count in the alignment
	 * @param alignment A, from 0 to 1 (4 decimals)
	 * @param filled key metadata fields filled
	 * @param expected key metadata fields expected
	 * @param completeness M, from 0 to 1 (4 decimals)
	 * @param score H, from 0 to 100 (1 decimal)
	 * @param fixes what raises the score, largest gain first (empty for the catalogue)
	 */
	public record Score(String iri, LocalizedText label, int concepts, double alignment, int filled, int expected,
			double completeness, double score, List<Fix> fixes) {
	}

	/**
	 * One way to raise a producer's score.
	 *
	 * @param kind "align" (reduce a concept's divergences), "compare" (record the
	 * international counterpart and facets of a concept nothing is compared with), or
	 * "fill" (fill one key field wherever it is missing)
	 * @param subject the concept (align, compare), or the field (fill: dataset.frequency,
	 * concept.definition…)
	 * @param href the concept's page, or ""
	 * @param label the concept's label, or none
	 * @param count divergences to resolve (align), 0 (compare), or subjects missing the
	 * field (fill)
	 * @param majors major divergences among them (align)
	 * @param gain the points the score gains at most, 2 decimals
	 */
	public record Fix(String kind, String subject, String href, LocalizedText label, int count, int majors,
			double gain) {
	}

}
