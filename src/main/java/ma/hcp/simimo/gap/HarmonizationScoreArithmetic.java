package ma.hcp.simimo.gap;

import java.util.List;

/**
 * The arithmetic of the harmonization score (docs/gap-analysis.md, "Harmonization
 * score"), apart from any data so it can be checked by hand.
 *
 * <ul>
 * <li>alignment of one national concept: {@code a = 1 - Σs / (2K)} over its K comparisons
 * with standard concepts, s being 0 aligned, 1 minor or detected, 2 major; 0 when nothing
 * is compared, since an alignment that is not shown is not counted;</li>
 * <li>alignment A of a producer: the mean of its concepts' a;</li>
 * <li>completeness M: key metadata fields filled, over fields expected;</li>
 * <li>score {@code H = 100 (wa A + wm M) / (wa + wm)}.</li>
 * </ul>
 */
public final class HarmonizationScoreArithmetic {

	private HarmonizationScoreArithmetic() {
	}

	/**
	 * The alignment of one concept from the severities of its comparisons (0, 1 or 2; a
	 * detected departure counts 1).
	 */
	public static double conceptAlignment(List<Integer> severities) {
		if (severities.isEmpty()) {
			return 0;
		}
		int sum = 0;
		for (int severity : severities) {
			if (severity < 0 || severity > 2) {
				throw new IllegalArgumentException("Severity " + severity + " is not 0, 1 or 2");
			}
			sum += severity;
		}
		return 1 - sum / (2.0 * severities.size());
	}

	/**
	 * The mean of the concepts' alignments; 0 for a producer with no national concept.
	 */
	public static double alignment(List<Double> conceptAlignments) {
		return conceptAlignments.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	/** Fields filled over fields expected; 0 when nothing is expected. */
	public static double completeness(int filled, int expected) {
		if (filled < 0 || filled > expected) {
			throw new IllegalArgumentException(filled + " fields filled out of " + expected);
		}
		return (expected == 0) ? 0 : (double) filled / expected;
	}

	/** The score, from 0 to 100. */
	public static double score(double alignment, double completeness, double alignmentWeight,
			double completenessWeight) {
		checkWeights(alignmentWeight, completenessWeight);
		return 100 * (alignmentWeight * alignment + completenessWeight * completeness)
				/ (alignmentWeight + completenessWeight);
	}

	/**
	 * What the score gains when one concept of {@code concepts} goes from alignment
	 * {@code from} to full alignment.
	 */
	public static double gainFromAligning(double from, int concepts, double alignmentWeight,
			double completenessWeight) {
		checkWeights(alignmentWeight, completenessWeight);
		return 100 * alignmentWeight * (1 - from) / concepts / (alignmentWeight + completenessWeight);
	}

	/**
	 * What the score gains when {@code missing} of {@code expected} fields get filled.
	 */
	public static double gainFromFilling(int missing, int expected, double alignmentWeight, double completenessWeight) {
		checkWeights(alignmentWeight, completenessWeight);
		return 100 * completenessWeight * missing / expected / (alignmentWeight + completenessWeight);
	}

	static void checkWeights(double alignmentWeight, double completenessWeight) {
		if (!(alignmentWeight >= 0) || !(completenessWeight >= 0) || alignmentWeight + completenessWeight == 0) {
			throw new IllegalArgumentException("Weights " + alignmentWeight + " and " + completenessWeight
					+ " must be non-negative and not both zero");
		}
	}

}
