package ma.hcp.simimo.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ma.hcp.simimo.gap.ActionPlan.Action;
import ma.hcp.simimo.gap.ActionPlan.Ranked;
import ma.hcp.simimo.gap.ActionPlan.Scores;
import ma.hcp.simimo.kernel.BadRequestException;

/**
 * The priority of an action: the weighted mean of its four scores, Σ wᵢ sᵢ / Σ wᵢ,
 * rounded to 2 decimals, so with scores from 1 to 5 the priority is from 1 to 5 too and
 * higher means sooner. Also reads weights given in a request.
 */
final class ActionPriorities {

	static final String CAPACITY = "wCapacity";

	static final String LOGISTICS = "wLogistics";

	static final String SIMPLICITY = "wSimplicity";

	static final String TIME = "wTime";

	private ActionPriorities() {
	}

	static BigDecimal priority(Scores scores, ActionWeights weights) {
		BigDecimal weighted = weight(weights.capacityBuilding()).multiply(BigDecimal.valueOf(scores.capacityBuilding()))
			.add(weight(weights.logistics()).multiply(BigDecimal.valueOf(scores.logistics())))
			.add(weight(weights.simplicity()).multiply(BigDecimal.valueOf(scores.simplicity())))
			.add(weight(weights.time()).multiply(BigDecimal.valueOf(scores.time())));
		return weighted.divide(weight(weights.sum()), 2, RoundingMode.HALF_UP);
	}

	/**
	 * The actions by priority, highest first; equal priorities share a rank and keep the
	 * order of their titles.
	 */
	static ActionPlan rank(List<Action> actions, ActionWeights weights) {
		List<Ranked> sorted = actions.stream()
			.map((action) -> new Ranked(0, priority(action.scores(), weights), action))
			.sorted(Comparator.comparing(Ranked::priority)
				.reversed()
				.thenComparing((ranked) -> ranked.action().label().text())
				.thenComparing((ranked) -> ranked.action().iri()))
			.toList();
		List<Ranked> ranked = new ArrayList<>();
		for (int index = 0; index < sorted.size(); index++) {
			Ranked current = sorted.get(index);
			boolean tied = index > 0 && current.priority().compareTo(sorted.get(index - 1).priority()) == 0;
			int rank = tied ? ranked.get(index - 1).rank() : index + 1;
			ranked.add(new Ranked(rank, current.priority(), current.action()));
		}
		return new ActionPlan(weights, List.copyOf(ranked));
	}

	/**
	 * The weights of a request: each parameter given replaces the configured weight. A
	 * weight that is not a number of 0 or more, or four weights of 0, is a bad request
	 * that names the parameter and its value.
	 */
	static ActionWeights weights(ActionWeights configured, String capacity, String logistics, String simplicity,
			String time) {
		double capacityWeight = parse(CAPACITY, capacity, configured.capacityBuilding());
		double logisticsWeight = parse(LOGISTICS, logistics, configured.logistics());
		double simplicityWeight = parse(SIMPLICITY, simplicity, configured.simplicity());
		double timeWeight = parse(TIME, time, configured.time());
		if (capacityWeight + logisticsWeight + simplicityWeight + timeWeight == 0) {
			throw new BadRequestException("gap.actions.weight.allZero");
		}
		return new ActionWeights(capacityWeight, logisticsWeight, simplicityWeight, timeWeight);
	}

	private static double parse(String parameter, String value, double configured) {
		if (value == null || value.isBlank()) {
			return configured;
		}
		double weight;
		try {
			weight = Double.parseDouble(value.strip());
		}
		catch (NumberFormatException ex) {
			BadRequestException invalid = new BadRequestException("gap.actions.weight.invalid", parameter, value);
			invalid.initCause(ex);
			throw invalid;
		}
		if (!Double.isFinite(weight) || weight < 0) {
			throw new BadRequestException("gap.actions.weight.invalid", parameter, value);
		}
		return weight;
	}

	private static BigDecimal weight(double weight) {
		return BigDecimal.valueOf(weight);
	}

}
