package ma.hcp.simimo.gap;

import java.math.BigDecimal;
import java.util.List;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * The action plan: the measures recorded as simimo:Action, ranked by their weighted
 * priority, with the weights that ranked them.
 *
 * @param weights the weights of the four criteria used for this ranking
 * @param actions the actions, highest priority (to do soonest) first
 */
public record ActionPlan(ActionWeights weights, List<Ranked> actions) {

	/**
	 * An action in the ranking.
	 *
	 * @param rank its place, 1 for the first; equal priorities share a place
	 * @param priority Σ wᵢ sᵢ / Σ wᵢ over the four criteria, rounded to 2 decimals
	 * @param action the action
	 */
	public record Ranked(int rank, BigDecimal priority, Action action) {
	}

	/**
	 * One action (measure) of the plan.
	 *
	 * @param iri the action
	 * @param href its page
	 * @param label its title
	 * @param proposal whether it is only proposed (status "proposed")
	 * @param statusLabel its status, in words
	 * @param addresses the divergences, indicators or concepts it addresses
	 * @param expectedResult its expected result
	 * @param activities its activities
	 * @param actors the actors responsible for it
	 * @param deadline its deadline (an ISO date), or empty when not given
	 * @param budgetEstimate its budget estimate, or empty when not given
	 * @param scores its scores on the four criteria
	 * @param scoreRationale why it got these scores
	 */
	public record Action(String iri, String href, LocalizedText label, boolean proposal, String statusLabel,
			List<Link> addresses, String expectedResult, List<String> activities, List<Link> actors, String deadline,
			String budgetEstimate, Scores scores, String scoreRationale) {
	}

	/**
	 * Scores from 1 to 5 on the four criteria of the HCP presentation, each in the
	 * direction of priority: higher means the action can be done sooner.
	 *
	 * @param capacityBuilding 5 = the actors can do it with their current capacities
	 * @param logistics 5 = the means already exist
	 * @param simplicity 5 = very simple to implement
	 * @param time 5 = quick to realise
	 */
	public record Scores(int capacityBuilding, int logistics, int simplicity, int time) {
	}

	/**
	 * A resource the action points at.
	 *
	 * @param iri the resource
	 * @param href its page
	 * @param label its code and label, or its name
	 */
	public record Link(String iri, String href, LocalizedText label) {
	}

}
