package ma.hcp.simimo.gap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weights of the harmonization score: how much the alignment with the standards and
 * the completeness of key metadata count.
 *
 * @param alignmentWeight the weight of the alignment (0.6 unless set)
 * @param completenessWeight the weight of the completeness (0.4 unless set)
 */
@ConfigurationProperties("simimo.gaps.score")
public record HarmonizationScoreProperties(@DefaultValue("0.6") double alignmentWeight,
		@DefaultValue("0.4") double completenessWeight) {

	public HarmonizationScoreProperties {
		HarmonizationScoreArithmetic.checkWeights(alignmentWeight, completenessWeight);
	}

}
