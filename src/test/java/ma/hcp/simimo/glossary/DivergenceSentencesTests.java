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

	@Test
	void aShorterNationalThresholdMeansTheFiguresAlsoCountShorterStays() {
		Texts note = this.sentences.sentence(new DivergenceSentences.Parts(this.census, this.un, this.duration,
				words("6 mois", "6 months", "6 أشهر"), words("12 mois", "12 months", "12 أشهر"), "P6M", "P12M", 1),
				List.of("fr", "en", "ar"));

		assertThat(note.in("en")).isEqualTo("For “Legal population”, residence-duration threshold: 6 months; "
				+ "for “Long-term migrant”: 12 months. The national figures therefore also count shorter durations "
				+ "than the standard does. The difference is minor: the figures stay comparable, provided it is "
				+ "pointed out.");
		assertThat(note.in("fr")).contains("des durées plus courtes que celles de la norme");
		// The UN label has no Arabic: the sentence falls back to the French label inside
		// the Arabic sentence rather than leaving a gap.
		assertThat(note.in("ar"))
			.startsWith("في «السكان القانونيون»، عتبة مدة الإقامة: 6 أشهر؛ وفي «Migrant de longue durée»")
			.contains("مددا أقصر");
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

		assertThat(note.in("en")).startsWith(
				"On the criterion “Population basis”, “Legal population” uses de jure, while “Long-term migrant” uses usual residence.");
	}

	@Test
	void anAlignedDivergenceSaysTheDefinitionsAgreeAndAMissingValueSaysOnlyThatTheyDiffer() {
		Texts aligned = this.sentences.sentence(new DivergenceSentences.Parts(this.census, this.un, this.duration,
				words("12 mois", "12 months", "12 أشهر"), words("12 mois", "12 months", "12 أشهر"), "P12M", "P12M", 0),
				List.of("fr"));
		Texts unknown = this.sentences.sentence(new DivergenceSentences.Parts(this.census, this.un, this.duration,
				Texts.none(), words("12 mois", "12 months", "12 أشهر"), "", "P12M", -1), List.of("fr"));

		assertThat(aligned.in("fr")).isEqualTo(
				"Pour le critère « Seuil de durée de résidence », « Population légale » et « Migrant de longue durée » concordent.");
		assertThat(unknown.in("fr")).isEqualTo(
				"« Population légale » et « Migrant de longue durée » ne sont pas définis de la même façon pour le critère « Seuil de durée de résidence ».");
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
