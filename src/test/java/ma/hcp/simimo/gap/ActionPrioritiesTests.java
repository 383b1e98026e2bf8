package ma.hcp.simimo.gap;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.gap.ActionPlan.Action;
import ma.hcp.simimo.gap.ActionPlan.Ranked;
import ma.hcp.simimo.gap.ActionPlan.Scores;
import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.kernel.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionPrioritiesTests {

	private static final ActionWeights EQUAL = new ActionWeights(1, 1, 1, 1);

	@Test
	void isTheMeanOfTheScoresWhenTheWeightsAreEqual() {
		assertThat(ActionPriorities.priority(new Scores(5, 5, 2, 2), EQUAL)).isEqualByComparingTo("3.50");
		assertThat(ActionPriorities.priority(new Scores(1, 2, 2, 2), EQUAL)).isEqualTo(new BigDecimal("1.75"));
	}

	@Test
	void weighsEachScoreAndDividesByTheSumOfTheWeights() {
		// (2×5 + 1×5 + 1×2 + 1×2) / 5 = 19 / 5
		assertThat(ActionPriorities.priority(new Scores(5, 5, 2, 2), new ActionWeights(2, 1, 1, 1)))
			.isEqualTo(new BigDecimal("3.80"));
		// 0.5×4 / 0.5: a criterion alone gives its own score
		assertThat(ActionPriorities.priority(new Scores(4, 1, 1, 1), new ActionWeights(0.5, 0, 0, 0)))
			.isEqualTo(new BigDecimal("4.00"));
	}

	@Test
	void roundsToTwoDecimalsHalfUp() {
		// 11 / 3 = 3.666…
		assertThat(ActionPriorities.priority(new Scores(5, 5, 1, 5), new ActionWeights(1, 1, 1, 0)))
			.isEqualTo(new BigDecimal("3.67"));
		// 10 / 3 = 3.333…
		assertThat(ActionPriorities.priority(new Scores(4, 3, 3, 1), new ActionWeights(1, 1, 1, 0)))
			.isEqualTo(new BigDecimal("3.33"));
	}

	@Test
	void ranksTheHighestPriorityFirstAndLetsEqualPrioritiesShareARank() {
		List<Action> actions = List.of(action("b", "Beta", new Scores(3, 3, 3, 3)),
				action("c", "Gamma", new Scores(1, 1, 1, 1)), action("a", "Alpha", new Scores(5, 4, 4, 3)),
				action("d", "Delta", new Scores(4, 2, 3, 3)));

		ActionPlan plan = ActionPriorities.rank(actions, EQUAL);

		assertThat(plan.weights()).isEqualTo(EQUAL);
		assertThat(plan.actions()).extracting((ranked) -> ranked.action().label().text())
			.containsExactly("Alpha", "Beta", "Delta", "Gamma");
		assertThat(plan.actions()).extracting(Ranked::rank).containsExactly(1, 2, 2, 4);
		assertThat(plan.actions()).extracting(Ranked::priority)
			.containsExactly(new BigDecimal("4.00"), new BigDecimal("3.00"), new BigDecimal("3.00"),
					new BigDecimal("1.00"));
	}

	@Test
	void theWeightsDecideWhichActionComesFirst() {
		List<Action> actions = List.of(action("quick", "Quick", new Scores(1, 1, 5, 5)),
				action("capable", "Capable", new Scores(5, 5, 1, 1)));

		assertThat(
				ActionPriorities.rank(actions, new ActionWeights(3, 1, 1, 1)).actions().get(0).action().label().text())
			.isEqualTo("Capable");
		assertThat(
				ActionPriorities.rank(actions, new ActionWeights(1, 1, 1, 3)).actions().get(0).action().label().text())
			.isEqualTo("Quick");
	}

	@Test
	void aRequestReplacesOnlyTheWeightsItGives() {
		ActionWeights configured = new ActionWeights(2, 1, 1, 1);

		assertThat(ActionPriorities.weights(configured, null, "0.5", "", " 3 "))
			.isEqualTo(new ActionWeights(2, 0.5, 1, 3));
		assertThat(ActionPriorities.weights(configured, null, null, null, null)).isEqualTo(configured);
	}

	@Test
	void refusesANegativeOrNonNumericWeightNamingTheParameterAndTheValue() {
		assertThatThrownBy(() -> ActionPriorities.weights(EQUAL, null, "-1", null, null))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("gap.actions.weight.invalid");
				assertThat(ex.arguments()).containsExactly("wLogistics", "-1");
			});
		assertThatThrownBy(() -> ActionPriorities.weights(EQUAL, "beaucoup", null, null, null))
			.isInstanceOfSatisfying(BadRequestException.class,
					(ex) -> assertThat(ex.arguments()).containsExactly("wCapacity", "beaucoup"))
			.hasCauseInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> ActionPriorities.weights(EQUAL, null, null, null, "NaN")).isInstanceOfSatisfying(
				BadRequestException.class, (ex) -> assertThat(ex.arguments()).containsExactly("wTime", "NaN"));
	}

	@Test
	void refusesFourZeroWeights() {
		assertThatThrownBy(() -> ActionPriorities.weights(EQUAL, "0", "0", "0", "0")).isInstanceOfSatisfying(
				BadRequestException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("gap.actions.weight.allZero"));
		assertThatThrownBy(() -> new ActionWeights(0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ActionWeights(1, -1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Action action(String id, String label, Scores scores) {
		String iri = "https://w3id.org/simimo/test/" + id;
		return new Action(iri, iri, LocalizedText.of(label), true, "Proposée", List.of(), "", List.of(), List.of(), "",
				"", scores, "");
	}

}
