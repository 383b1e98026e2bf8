package ma.hcp.simimo.gap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weights of the four priority criteria of the action plan, from
 * {@code simimo.gaps.actions.weight.*}. The HCP presentation names the criteria but gives
 * no weights, so each defaults to 1: the priority is then the plain mean of the scores.
 *
 * @param capacityBuilding the weight of the capacity-building criterion
 * @param logistics the weight of the logistics criterion
 * @param simplicity the weight of the simplicity criterion
 * @param time the weight of the time-required criterion
 */
@ConfigurationProperties("simimo.gaps.actions.weight")
public record ActionWeights(@DefaultValue("1") double capacityBuilding, @DefaultValue("1") double logistics,
		@DefaultValue("1") double simplicity, @DefaultValue("1") double time) {

	/** Refuses weights no ranking can use, so a wrong configuration stops the start. */
	public ActionWeights {
		for (double weight : new double[] { capacityBuilding, logistics, simplicity, time }) {
			if (!Double.isFinite(weight) || weight < 0) {
				throw new IllegalArgumentException("An action-plan weight must be a number of 0 or more: " + weight);
			}
		}
		if (capacityBuilding + logistics + simplicity + time == 0) {
			throw new IllegalArgumentException("The four action-plan weights cannot all be 0");
		}
	}

	double sum() {
		return this.capacityBuilding + this.logistics + this.simplicity + this.time;
	}

}
