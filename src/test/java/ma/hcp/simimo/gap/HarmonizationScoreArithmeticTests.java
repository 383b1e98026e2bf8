package ma.hcp.simimo.gap;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class HarmonizationScoreArithmeticTests {

	@Test
	void aConceptsAlignmentIsOneMinusItsSeveritiesOverTwiceItsComparisons() {
		assertThat(HarmonizationScoreArithmetic.conceptAlignment(List.of(0, 0))).isEqualTo(1.0);
		assertThat(HarmonizationScoreArithmetic.conceptAlignment(List.of(2, 0))).isEqualTo(0.5);
		assertThat(HarmonizationScoreArithmetic.conceptAlignment(List.of(2, 1, 0))).isEqualTo(0.5);
		assertThat(HarmonizationScoreArithmetic.conceptAlignment(List.of(2, 2))).isEqualTo(0.0);
		assertThat(HarmonizationScoreArithmetic.conceptAlignment(List.of(1))).isEqualTo(0.5);
	}

	@Test
	void aConceptComparedWithNothingCountsAsNotAligned() {
		assertThat(HarmonizationScoreArithmetic.conceptAlignment(List.of())).isEqualTo(0.0);
		assertThat(HarmonizationScoreArithmetic.alignment(List.of(0.5, 0.0))).isEqualTo(0.25);
		assertThat(HarmonizationScoreArithmetic.alignment(List.of())).isEqualTo(0.0);
	}

	@Test
	void theScoreWeighsAlignmentAndCompletenessOnAHundredPointScale() {
		assertThat(HarmonizationScoreArithmetic.completeness(6, 11)).isCloseTo(0.5454, within(1e-4));
		assertThat(HarmonizationScoreArithmetic.score(0.5, 6 / 11.0, 0.6, 0.4)).isCloseTo(51.818, within(1e-3));
		assertThat(HarmonizationScoreArithmetic.score(1, 1, 3, 1)).isEqualTo(100.0);
		assertThat(HarmonizationScoreArithmetic.score(1, 0, 1, 1)).isEqualTo(50.0);
		assertThat(HarmonizationScoreArithmetic.score(0.25, 0, 0, 1)).isEqualTo(0.0);
	}

	@Test
	void aFixGainsExactlyWhatTheScoreRisesBy() {
		double before = HarmonizationScoreArithmetic.score(HarmonizationScoreArithmetic.alignment(List.of(0.5, 0.0)),
				HarmonizationScoreArithmetic.completeness(6, 14), 0.6, 0.4);
		double aligned = HarmonizationScoreArithmetic.score(HarmonizationScoreArithmetic.alignment(List.of(1.0, 0.0)),
				HarmonizationScoreArithmetic.completeness(6, 14), 0.6, 0.4);
		double filled = HarmonizationScoreArithmetic.score(HarmonizationScoreArithmetic.alignment(List.of(0.5, 0.0)),
				HarmonizationScoreArithmetic.completeness(9, 14), 0.6, 0.4);

		assertThat(HarmonizationScoreArithmetic.gainFromAligning(0.5, 2, 0.6, 0.4)).isCloseTo(aligned - before,
				within(1e-9));
		assertThat(HarmonizationScoreArithmetic.gainFromFilling(3, 14, 0.6, 0.4)).isCloseTo(filled - before,
				within(1e-9));
	}

	@Test
	void refusesNegativeOrAllZeroWeightsAndImpossibleCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> HarmonizationScoreArithmetic.score(1, 1, -1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> HarmonizationScoreArithmetic.score(1, 1, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> HarmonizationScoreArithmetic.completeness(4, 3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HarmonizationScoreArithmetic.conceptAlignment(List.of(3)));
		assertThatIllegalArgumentException().isThrownBy(() -> new HarmonizationScoreProperties(Double.NaN, 1));
	}

}
