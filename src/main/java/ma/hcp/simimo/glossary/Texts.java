package ma.hcp.simimo.glossary;

import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.Map;

/**
 * One text in several languages, by language tag ("" for an untagged text).
 *
 * @param byLanguage the texts by language
 */
public record Texts(Map<String, String> byLanguage) {

	public Texts {
		byLanguage = Map.copyOf(byLanguage);
	}

	public static Texts none() {
		return new Texts(Map.of());
	}

	/** The text in {@code language}, else the untagged one, else "". */
	public String in(String language) {
		return this.byLanguage.getOrDefault(language, this.byLanguage.getOrDefault("", ""));
	}

	public boolean has(String language) {
		return !in(language).isEmpty();
	}

	/**
	 * The text for a reader of {@code language}, chosen by the language policy, so a link
	 * always has a label.
	 */
	public String label(String language) {
		return localized(language).text();
	}

	/** As {@link #label(String)}, with its language and whether it is a fallback. */
	public LocalizedText localized(String language) {
		return LanguagePolicy.choose(this.byLanguage.entrySet()
			.stream()
			.map((text) -> new LocalizedText(text.getValue(), text.getKey(), false))
			.toList(), language);
	}

}
