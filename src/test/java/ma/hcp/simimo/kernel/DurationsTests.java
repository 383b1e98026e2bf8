package ma.hcp.simimo.kernel;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The one duration reckoning: any xsd:duration is parsed, said in words in each language
 * and measured in days; anything else is left as it is.
 */
class DurationsTests {

	private final Durations durations = new Durations(TestMessages.bundles());

	// Arabic numbers are written in Arabic-Indic digits, as the locale formats them.
	@ParameterizedTest(name = "{0} is \"{1}\" / \"{2}\" / \"{3}\"")
	@CsvSource(delimiter = '|', value = { "P6M|6 mois|6 months|٦ أشهر", "P1Y|1 an|1 year|١ سنة",
			"P1DT12H|1 jour 12 heures|1 day 12 hours|١ يوم ١٢ ساعة", "PT36H|36 heures|36 hours|٣٦ ساعة",
			"P0D|0 jour|0 days|٠ يوم", "-P1M|moins 1 mois|minus 1 month|ناقص ١ أشهر",
			"P1Y2M3DT4H5M|1 an 2 mois 3 jours 4 heures 5 minutes|1 year 2 months 3 days 4 hours 5 minutes|١ سنة ٢ أشهر ٣ يوم ٤ ساعة ٥ دقيقة" })
	void describesAnyXsdDurationInWordsInEachLanguage(String duration, String french, String english, String arabic) {
		assertThat(this.durations.describe(duration, Locale.FRENCH)).isEqualTo(french);
		assertThat(this.durations.describe(duration, Locale.ENGLISH)).isEqualTo(english);
		assertThat(this.durations.describe(duration, Locale.forLanguageTag("ar"))).isEqualTo(arabic);
	}

	@Test
	void describesFractionalSecondsWithTheReadersDecimalMark() {
		assertThat(this.durations.describe("PT1.5S", Locale.FRENCH)).isEqualTo("1,5 secondes");
		assertThat(this.durations.describe("PT1.5S", Locale.ENGLISH)).isEqualTo("1.5 seconds");
	}

	@Test
	void describesADurationWithItsCodeAndLeavesOtherTextAlone() {
		assertThat(this.durations.describeWithCode("P1DT12H", Locale.ENGLISH)).isEqualTo("1 day 12 hours (P1DT12H)");
		assertThat(this.durations.describeWithCode("six mois", Locale.FRENCH)).isEqualTo("six mois");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "P", "PT", "P1W", "6M", "P6", "six mois", " P1D", "P1.5Y", "--P1M" })
	void leavesTextThatIsNoXsdDurationAsItIs(String text) {
		assertThat(Durations.isDuration(text)).isFalse();
		assertThat(Durations.days(text)).isEmpty();
		assertThat(this.durations.describe(text, Locale.ENGLISH)).isEqualTo(text);
	}

	@Test
	void measuresDurationsInDaysWithMonthsAndYearsAtTheirMeanLength() {
		assertThat(Durations.days("P6M").getAsDouble()).isCloseTo(182.625, within(1e-9));
		assertThat(Durations.days("P1Y").getAsDouble()).isCloseTo(365.25, within(1e-9));
		assertThat(Durations.days("P1DT12H").getAsDouble()).isCloseTo(1.5, within(1e-9));
		assertThat(Durations.days("PT36H").getAsDouble()).isCloseTo(1.5, within(1e-9));
		assertThat(Durations.days("P0D").getAsDouble()).isZero();
		assertThat(Durations.days("-P1M").getAsDouble()).isCloseTo(-30.4375, within(1e-9));
		assertThat(Durations.days("PT43200S").getAsDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(Durations.days(null)).isEmpty();
	}

	@Test
	void comparesMixedDurationsByLength() {
		assertThat(Durations.days("P1DT12H").getAsDouble()).isEqualTo(Durations.days("PT36H").getAsDouble());
		assertThat(Durations.days("P6M").getAsDouble()).isLessThan(Durations.days("P1Y").getAsDouble());
		assertThat(Durations.days("P12M").getAsDouble()).isEqualTo(Durations.days("P1Y").getAsDouble());
		assertThat(Durations.days("-P1M").getAsDouble()).isLessThan(Durations.days("P0D").getAsDouble());
	}

	@ParameterizedTest(name = "{0} {1} is {2}")
	@CsvSource({ "6,months,P6M", "1,years,P1Y", "3,days,P3D", "4,weeks,P28D", "18,months,P18M" })
	void writesANumberAndAUnitAsAnXsdDuration(long number, String unit, String xsd) {
		assertThat(Durations.toXsd(number, Durations.Unit.ofCode(unit).orElseThrow())).isEqualTo(xsd);
		assertThat(Durations.isDuration(xsd)).isTrue();
	}

	@Test
	void refusesANumberOfUnitsBelowOne() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> Durations.toXsd(0, Durations.Unit.DAYS));
		assertThat(Durations.Unit.ofCode("fortnights")).isEmpty();
	}

	@ParameterizedTest(name = "{0} is {1} {2}")
	@CsvSource({ "P6M,6,months", "P12M,1,years", "P1Y,1,years", "P1Y6M,18,months", "P28D,28,days", "P1D,1,days",
			"P3M,3,months" })
	void readsAnXsdDurationAsOneNumberOfOneUnit(String xsd, long number, String unit) {
		assertThat(Durations.toAmount(xsd))
			.contains(new Durations.Amount(number, Durations.Unit.ofCode(unit).orElseThrow()));
	}

	@ParameterizedTest(name = "{0} is no number of one unit")
	@ValueSource(strings = { "PT24H", "P1M15D", "-P1M", "P0D", "P1.5D", "six months", "" })
	void leavesDurationsThatAreNoWholeNumberOfOneUnit(String xsd) {
		assertThat(Durations.toAmount(xsd)).isEmpty();
	}

}
