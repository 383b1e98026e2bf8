package ma.hcp.simimo.glossary;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class DivergenceSentencesTests {

	final DivergenceSentences sentences = new DivergenceSentences(messages());

	final Texts census = new Texts(
			Map.of("fr", "Population légale", "en", "Legal population", "ar", "السكان القانونيون"));

	final Texts un = new Texts(Map.of("fr", "Migrant de longue durée", "en", "Long-term migrant"));

	final Texts duration = new Texts(Map.of("fr", "Seuil de durée de résidence", "en", "Residence-duration threshold",
			"ar", "عتبة مدة الإقامة"));

	static final String MARK = " (بالفرنسية: لا توجد نسخة عربية)";

	@Test
	void aShorterNationalThresholdMeansTheFiguresAlsoCountShorterStays() {
		Texts note = this.sentences.sentence(new DivergenceSentences.Parts(this.census, this.un, this.duration,
				words("6 mois", "6 months", "6 أشهر"), words("12 mois", "12 months", "12 أشهر"), "P6M", "P12M", 1),
				List.of("fr", "en", "ar"));

		assertThat(note.in("en")).isEqualTo("Residence-duration threshold: 6 months for “Legal population”, "
				+ "12 months for “Long-term migrant”. The national figures therefore also count shorter durations "
				+ "than the standard does. The difference is minor: the figures stay comparable, provided it is "
				+ "pointed out.");
		assertThat(note.in("fr")).startsWith("Seuil de durée de résidence : 6 mois pour « Population légale », "
				+ "12 mois pour « Migrant de longue durée ». Les chiffres nationaux comptent donc aussi des durées "
				+ "plus courtes que celles que retient la norme.");
		// Every part of the Arabic sentence is isolated; the UN label has no Arabic, so
		// the French one stands in, marked in Arabic as the glossary marks every
		// fallback.
		assertThat(note.in("ar"))
			.startsWith(isolated("عتبة مدة الإقامة") + ": " + isolated("6 أشهر") + " في «"
					+ isolated("السكان القانونيون") + "»، و" + isolated("12 أشهر") + " في «"
					+ isolated("Migrant de longue durée") + MARK + "».")
			.contains("مددا أقصر");
	}

	@Test
	void aValueWithNoArabicLabelIsIsolatedAndMarkedInTheArabicSentence() {
		Texts none = new Texts(Map.of("fr", "Aucune condition", "en", "No condition"));
		Texts note = this.sentences.sentence(new DivergenceSentences.Parts(this.census, this.un, this.duration, none,
				words("12 mois", "12 months", "12 أشهر"), "", "P12M", 2), List.of("ar", "fr"));

		assertThat(note.in("ar")).contains("«" + isolated("Aucune condition") + MARK + "» في الأول");
		assertThat(note.in("fr")).startsWith("« Population légale » et « Migrant de longue durée » diffèrent sur le "
				+ "critère « Seuil de durée de résidence » : « Aucune condition » pour le premier, « 12 mois » pour "
				+ "le second.")
			.doesNotContain(String.valueOf(DivergenceSentences.ISOLATE));
	}

	@Test
	void aLongerNationalThresholdMeansTheFiguresLeaveOutStaysTheStandardCounts() {
		Texts note = this.sentences.sentence(new DivergenceSentences.Parts(this.census, this.un, this.duration,
				words("2 ans", "2 years", "2 سنة"), words("12 mois", "12 months", "12 أشهر"), "P2Y", "P12M", 2),
				List.of("en"));

		assertThat(note.in("en")).contains("leave out durations that the standard counts")
			.endsWith("The difference is major: the figures cannot be compared without adjustment.");
	}

	@Test
	void valuesThatAreNotDurationsAreSetSideBySide() {
		Texts basis = new Texts(Map.of("en", "Population basis"));
		Texts note = this.sentences
			.sentence(new DivergenceSentences.Parts(this.census, this.un, basis, words("de jure", "de jure", "de jure"),
					words("usual residence", "usual residence", "usual residence"), "", "", 1), List.of("en"));

		assertThat(note.in("en")).startsWith("“Legal population” and “Long-term migrant” differ on the criterion "
				+ "“Population basis”: “de jure” for the first, “usual residence” for the second.");
	}

	@Test
	void anAlignedDivergenceSaysTheDefinitionsAgreeAndAMissingValueSaysOnlyThatTheyDiffer() {
		Texts aligned = this.sentences.sentence(new DivergenceSentences.Parts(this.census, this.un, this.duration,
				words("12 mois", "12 months", "12 أشهر"), words("12 mois", "12 months", "12 أشهر"), "P12M", "P12M", 0),
				List.of("fr"));
		Texts unknown = this.sentences.sentence(new DivergenceSentences.Parts(this.census, this.un, this.duration,
				Texts.none(), words("12 mois", "12 months", "12 أشهر"), "", "P12M", -1), List.of("fr"));

		assertThat(aligned.in("fr")).isEqualTo(
				"« Population légale » et « Migrant de longue durée » concordent sur le critère « Seuil de durée de résidence ».");
		assertThat(unknown.in("fr")).isEqualTo(
				"« Population légale » et « Migrant de longue durée » diffèrent sur le critère « Seuil de durée de résidence ».");
	}

	private static String isolated(String text) {
		return DivergenceSentences.ISOLATE + text + DivergenceSentences.POP;
	}

	private static Texts words(String french, String english, String arabic) {
		return new Texts(Map.of("fr", french, "en", english, "ar", arabic));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
