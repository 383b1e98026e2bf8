package ma.hcp.simimo.kernel;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	private final Dates dates = new Dates();

	@Test
	void saysADayAMonthAndAYearInEachLanguageWithWesternDigits() {
		assertThat(this.dates.describe("2018-08-01", Locale.FRENCH)).isEqualTo("1er août 2018");
		assertThat(this.dates.describe("2018-08-02", Locale.FRENCH)).isEqualTo("2 août 2018");
		assertThat(this.dates.describe("2018-08-01", Locale.ENGLISH)).isEqualTo("1 August 2018");
		assertThat(this.dates.describe("2018-08-01", Locale.forLanguageTag("ar"))).isEqualTo("1 غشت 2018");
		assertThat(this.dates.describe("2019-01", Locale.FRENCH)).isEqualTo("janvier 2019");
		assertThat(this.dates.describe("2021-07", Locale.forLanguageTag("ar"))).isEqualTo("يوليوز 2021");
		assertThat(this.dates.describe("2014", Locale.forLanguageTag("ar"))).isEqualTo("2014");
		assertThat(this.dates.describe("2024-03-05T10:15:00Z", Locale.ENGLISH)).isEqualTo("5 March 2024");
	}

	@Test
	void returnsWhatIsNotADateAsItIs() {
		assertThat(this.dates.describe("2018-13", Locale.FRENCH)).isEqualTo("2018-13");
		assertThat(this.dates.describe("vers 2010", Locale.FRENCH)).isEqualTo("vers 2010");
		assertThat(this.dates.describe(null, Locale.FRENCH)).isEmpty();
	}

}
