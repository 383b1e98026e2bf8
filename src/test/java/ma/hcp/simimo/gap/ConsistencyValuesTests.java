package ma.hcp.simimo.gap;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.Durations;
import ma.hcp.simimo.kernel.TestMessages;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consistency report says the values its rules write as codes in the reader's words.
 */
class ConsistencyValuesTests {

	private static final String WAGE_EARNER = "https://w3id.org/simimo/test/wage-earner";

	private final MessageSource messages = TestMessages.bundles();

	private final ConsistencyReportRepository report = new ConsistencyReportRepository(null, null, null, null, null,
			null, new Durations(this.messages), this.messages);

	@Test
	void saysCodesByTheirLabelAndDurationsAndRangesInWords() {
		Map<String, String> labels = Map.of(WAGE_EARNER, "Salarié");

		assertThat(this.report.inWords(WAGE_EARNER + " ; P6M ; P3M..P12M ; ..P1Y", labels, Locale.FRENCH))
			.isEqualTo("Salarié ; 6 mois ; de 3 mois à 12 mois ; au plus 1 an");
		assertThat(this.report.inWords("P3M..P12M", labels, Locale.ENGLISH)).isEqualTo("from 3 months to 12 months");
		assertThat(this.report.inWords("", labels, Locale.FRENCH)).isEmpty();
	}

}
