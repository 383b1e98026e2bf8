package ma.hcp.simimo.glossary;

import java.util.Locale;

import ma.hcp.simimo.glossary.Glossary.Entry;
import ma.hcp.simimo.glossary.PrintedGlossary.Shown;
import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LocalizedText;

import org.springframework.context.MessageSource;

/**
 * The one rule every glossary output (the builder's preview, HTML, PDF, DOCX, XLSX, CSV)
 * follows for a text missing in one of the chosen languages: the text in that language;
 * else the one the language policy falls back to, kept in its own language and followed
 * by the site's fallback mark written in the missing language ("(en français : pas de
 * version arabe)", the words of {@code fragments/text :: fallback}); and a definition
 * recorded in no language says so, in the missing language.
 */
final class GlossaryFallback {

	private final MessageSource messages;

	GlossaryFallback(MessageSource messages) {
		this.messages = messages;
	}

	/** The entry's definition for the {@code language} column. */
	Shown definition(Entry entry, String language) {
		Shown shown = text(entry.definition(), language);
		if (!shown.isEmpty()) {
			return shown;
		}
		return new Shown(message("glossary.definitionUnavailable", new Object[0], language), language,
				LanguagePolicy.direction(language), false, "");
	}

	/**
	 * A text for the {@code language} column, or an empty one when it has none at all.
	 */
	Shown text(Texts texts, String language) {
		LocalizedText text = texts.localized(language);
		if (!text.isPresent()) {
			return new Shown("", language, LanguagePolicy.direction(language), false, "");
		}
		return new Shown(text.text(), text.language(), text.direction(), text.fallback(),
				text.fallback() ? mark(text.language(), language) : "");
	}

	/**
	 * The mark of a text in {@code textLanguage} standing in for one in {@code language}.
	 */
	String mark(String textLanguage, String language) {
		if (textLanguage.isEmpty()) {
			return message("text.fallback.untagged", new Object[0], language);
		}
		String name = message("language.in." + textLanguage, new Object[0], language);
		return message("text.fallback", new Object[] { name }, language);
	}

	/** The text as one plain string, its mark after it, for a table cell. */
	static String inline(Shown shown) {
		return shown.mark().isEmpty() ? shown.text() : shown.text() + " " + shown.mark();
	}

	private String message(String key, Object[] arguments, String language) {
		return this.messages.getMessage(key, arguments, key, Locale.forLanguageTag(language));
	}

}
