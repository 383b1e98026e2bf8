package ma.hcp.simimo.kernel;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagePolicyTests {

	private static final String IRI = "https://w3id.org/simimo/concepts/test/resident";

	@Test
	void speaksFrenchFirstThenEnglishAndArabic() {
		assertThat(LanguagePolicy.SUPPORTED).containsExactly("fr", "en", "ar");
		assertThat(LanguagePolicy.locales()).containsExactly(Locale.FRENCH, Locale.ENGLISH,
				Locale.forLanguageTag("ar"));
		assertThat(LanguagePolicy.DEFAULT).isEqualTo("fr");
	}

	@Test
	void fallsBackToTheReadersLanguageThenFrenchEnglishArabicAndUntagged() {
		assertThat(LanguagePolicy.fallbackOrder("ar")).containsExactly("ar", "fr", "en", "");
		assertThat(LanguagePolicy.fallbackOrder("en")).containsExactly("en", "fr", "ar", "");
		assertThat(LanguagePolicy.fallbackOrder("fr")).containsExactly("fr", "en", "ar", "");
		assertThat(LanguagePolicy.fallbackOrder("es")).containsExactly("es", "fr", "en", "ar", "");
	}

	@Test
	void picksFrenchForAnArabicReaderWhenThereIsNoArabicLabelAndMarksIt() {
		LocalizedText label = LanguagePolicy
			.label(List.of(text("Resident", "en"), text("Résident", "fr"), text("Bewohner", "de")), "ar", IRI);

		assertThat(label).isEqualTo(new LocalizedText("Résident", "fr", true));
		assertThat(label.direction()).isEqualTo("ltr");
	}

	@Test
	void picksTheReadersLanguageUnmarked() {
		LocalizedText label = LanguagePolicy.label(List.of(text("Résident", "fr"), text("مقيم", "ar")), "ar", IRI);

		assertThat(label).isEqualTo(new LocalizedText("مقيم", "ar", false));
		assertThat(label.direction()).isEqualTo("rtl");
	}

	@Test
	void prefersEnglishToArabicAndArabicToUntaggedForAFrenchReader() {
		assertThat(LanguagePolicy.label(List.of(text("مقيم", "ar"), text("Resident", "en")), "fr", IRI).text())
			.isEqualTo("Resident");
		assertThat(LanguagePolicy.label(List.of(text("R-01", ""), text("مقيم", "ar")), "fr", IRI).text())
			.isEqualTo("مقيم");
		assertThat(LanguagePolicy.label(List.of(text("Bewohner", "de"), text("R-01", "")), "fr", IRI))
			.isEqualTo(new LocalizedText("R-01", "", true));
	}

	@Test
	void takesAnyOtherLanguageBeforeTheLocalName() {
		assertThat(LanguagePolicy.label(List.of(text("Bewohner", "de")), "fr", IRI))
			.isEqualTo(new LocalizedText("Bewohner", "de", true));
	}

	@Test
	void fallsBackToTheLocalNameOfTheIriMarkedAsSuch() {
		assertThat(LanguagePolicy.label(List.of(), "en", IRI)).isEqualTo(new LocalizedText("resident", "", true));
		assertThat(LanguagePolicy.label(List.of(), "en", "https://example.org/def#Resident").text())
			.isEqualTo("Resident");
		assertThat(LanguagePolicy.label(List.of(), "en", "https://example.org/schemes/").text()).isEqualTo("schemes");
	}

	@Test
	void keepsTheFirstCandidateOfALanguageSoPropertyOrderDecidesTies() {
		assertThat(LanguagePolicy.label(List.of(text("Libellé préféré", "fr"), text("Titre", "fr")), "fr", IRI).text())
			.isEqualTo("Libellé préféré");
	}

	@Test
	void matchesRegionalTagsOnTheirLanguageAndKeepsTheTag() {
		LocalizedText label = LanguagePolicy.label(List.of(text("Résident", "fr-MA"), text("Resident", "en")), "fr",
				IRI);

		assertThat(label).isEqualTo(new LocalizedText("Résident", "fr-MA", false));
		assertThat(LanguagePolicy.direction("ar-MA")).isEqualTo("rtl");
	}

	@Test
	void writesArabicRightToLeftAndEveryOtherLanguageLeftToRight() {
		assertThat(LanguagePolicy.direction("ar")).isEqualTo("rtl");
		assertThat(LanguagePolicy.direction("AR")).isEqualTo("rtl");
		assertThat(LanguagePolicy.direction("fr")).isEqualTo("ltr");
		assertThat(LanguagePolicy.direction("en")).isEqualTo("ltr");
		assertThat(LanguagePolicy.direction("")).isEqualTo("ltr");
		assertThat(new LocalizedText("مقيم", "ar", false).direction()).isEqualTo("rtl");
	}

	@Test
	void answersAnUnsupportedLanguageInFrench() {
		assertThat(LanguagePolicy.supportedOrDefault("de")).isEqualTo("fr");
		assertThat(LanguagePolicy.supportedOrDefault("ar-MA")).isEqualTo("ar");
		assertThat(LanguagePolicy.supportedOrDefault((String) null)).isEqualTo("fr");
		assertThat(LanguagePolicy.supportedOrDefault(Locale.GERMAN)).isEqualTo(Locale.FRENCH);
	}

	private static LocalizedText text(String text, String language) {
		return new LocalizedText(text, language, false);
	}

}
