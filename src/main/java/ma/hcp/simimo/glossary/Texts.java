package ma.hcp.simimo.glossary;

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
	 * The text in {@code language}, else in French, English or Arabic, else untagged, so
	 * a link always has a label.
	 */
	public String label(String language) {
		for (String candidate : new String[] { language, "fr", "en", "ar", "" }) {
			String text = this.byLanguage.get(candidate);
			if (text != null && !text.isEmpty()) {
				return text;
			}
		}
		return "";
	}

}
