package ma.hcp.simimo.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import ma.hcp.simimo.kernel.Durations;
import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LocalizedText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes, for a typed divergence, one sentence a non-statistician understands, in each
 * language, from its parts only: the two concepts, the criterion, the two values and the
 * severity. When both values are durations the sentence says which way the figures lean
 * ("the national figures also count shorter stays"); otherwise it sets the two values
 * side by side and says what the severity means for comparing figures.
 */
@Component
public class DivergenceSentences {

	/** FIRST STRONG ISOLATE: the start of a run laid out apart from the sentence. */
	static final char ISOLATE = '\u2068';

	/** POP DIRECTIONAL ISOLATE: the end of that run. */
	static final char POP = '\u2069';

	private final MessageSource messages;

	private final GlossaryFallback fallback;

	DivergenceSentences(MessageSource messages) {
		this.messages = messages;
		this.fallback = new GlossaryFallback(messages);
	}

	/**
	 * The parts of one divergence, each in every language.
	 *
	 * @param national the national concept's label
	 * @param standard the standard concept's label
	 * @param criterion the criterion's label
	 * @param nationalValue the national value in words ("" when not recorded)
	 * @param standardValue the standard value in words
	 * @param nationalDuration the national value as an xsd:duration, or ""
	 * @param standardDuration the standard value as an xsd:duration, or ""
	 * @param severity 0 aligned, 1 minor, 2 major, -1 not graded
	 */
	public record Parts(Texts national, Texts standard, Texts criterion, Texts nationalValue, Texts standardValue,
			String nationalDuration, String standardDuration, int severity) {
	}

	public Texts sentence(Parts parts, List<String> languages) {
		Map<String, String> sentences = new LinkedHashMap<>();
		for (String language : languages) {
			sentences.put(language, sentence(parts, language));
		}
		return new Texts(sentences);
	}

	private String sentence(Parts parts, String language) {
		Locale locale = Locale.forLanguageTag(language);
		String nationalValue = argument(parts.nationalValue(), language, false);
		String standardValue = argument(parts.standardValue(), language, false);
		Object[] arguments = { argument(parts.national(), language, false), argument(parts.standard(), language, false),
				nationalValue, standardValue, argument(parts.criterion(), language, false),
				argument(parts.criterion(), language, true) };
		String comparison;
		if (parts.severity() == 0) {
			comparison = message("glossary.note.aligned", arguments, locale);
		}
		else if (nationalValue.isEmpty() || standardValue.isEmpty()) {
			comparison = message("glossary.note.differsOn", arguments, locale);
		}
		else {
			int direction = compare(parts.nationalDuration(), parts.standardDuration());
			String key = (direction < 0) ? "glossary.note.shorter"
					: (direction > 0) ? "glossary.note.longer" : "glossary.note.different";
			comparison = message(key, arguments, locale);
		}
		if (parts.severity() == 1 || parts.severity() == 2) {
			comparison = comparison + " " + message("glossary.note.consequence." + parts.severity(), arguments, locale);
		}
		return comparison;
	}

	/**
	 * One part of the sentence in its language: its label there, else the glossary's
	 * fallback (the label in another language, then the mark saying so in the sentence's
	 * language). In a right-to-left sentence, or when the label's direction is not the
	 * sentence's, the label is wrapped in directional isolates, so that a French value in
	 * an Arabic sentence neither takes the punctuation around it nor breaks its order;
	 * HTML turns the isolates into {@code <bdi>}.
	 */
	private String argument(Texts texts, String language, boolean lowerFirst) {
		LocalizedText text = texts.localized(language);
		if (!text.isPresent()) {
			return "";
		}
		String words = lowerFirst ? lowerFirst(text.text(), Locale.forLanguageTag(language)) : text.text();
		boolean isolate = LanguagePolicy.isRightToLeft(language)
				|| !text.direction().equals(LanguagePolicy.direction(language));
		String shown = isolate ? ISOLATE + words + POP : words;
		return text.fallback() ? shown + " " + this.fallback.mark(text.language(), language) : shown;
	}

	/** "Seuil de durée" reads "seuil de durée" inside a sentence. */
	private static String lowerFirst(String text, Locale locale) {
		return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(locale) + text.substring(1);
	}

	private String message(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * -1 when the national duration is the shorter, 1 when it is the longer, 0 when they
	 * are equal or either is not a duration.
	 */
	static int compare(String national, String standard) {
		OptionalDouble left = Durations.days(national);
		OptionalDouble right = Durations.days(standard);
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		return Double.compare(left.getAsDouble(), right.getAsDouble());
	}

}
