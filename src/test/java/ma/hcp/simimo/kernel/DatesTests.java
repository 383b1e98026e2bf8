package ma.hcp.simimo.kernel;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	private final Dates dates = new Dates(TestMessages.bundles());

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

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

	@Test
	void saysACoverageRangeInWordsWithFrenchElisionBeforeAVowel() {
		assertThat(this.dates.range("2018-08", "2019-01", Locale.FRENCH)).isEqualTo("d'août 2018 à janvier 2019");
		assertThat(this.dates.range("2018-03", "2019-01", Locale.FRENCH)).isEqualTo("de mars 2018 à janvier 2019");
		assertThat(this.dates.range("2018-08", "2019-01", Locale.ENGLISH)).isEqualTo("August 2018 to January 2019");
		assertThat(this.dates.range("2018-08", "2019-01", ARABIC)).isEqualTo("من غشت 2018 إلى يناير 2019");
		assertThat(this.dates.range("2014-09-01", "2014-09-20", Locale.FRENCH))
			.isEqualTo("du 1er septembre 2014 au 20 septembre 2014");
		assertThat(this.dates.range("2014-09-01", "2014-09-20", ARABIC)).isEqualTo("من 1 شتنبر 2014 إلى 20 شتنبر 2014");
		assertThat(this.dates.range("2004", "2014", Locale.FRENCH)).isEqualTo("de 2004 à 2014");
		assertThat(this.dates.range("2004", "2014", Locale.ENGLISH)).isEqualTo("2004 to 2014");
	}

	@Test
	void saysOneDateForARangeOfOneAndSinceForARangeWithoutAnEnd() {
		assertThat(this.dates.range("2021", "2021", Locale.FRENCH)).isEqualTo("2021");
		assertThat(this.dates.range("2000-01-01", "", Locale.FRENCH)).isEqualTo("depuis le 1er janvier 2000");
		assertThat(this.dates.range("2018-08", null, Locale.FRENCH)).isEqualTo("depuis août 2018");
		assertThat(this.dates.range("2000-01-01", "", Locale.ENGLISH)).isEqualTo("since 1 January 2000");
		assertThat(this.dates.range("", "2019", Locale.FRENCH)).isEmpty();
	}

}
