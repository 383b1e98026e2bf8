package ma.hcp.simimo.kernel;

/**
 * A text in the language the reader asked for, or in a fallback language, which the page
 * then says; chosen by {@link LanguagePolicy}.
 *
 * @param text the text
 * @param language its language tag ("" for none)
 * @param fallback true when it is not in the reader's language
 */
public record LocalizedText(String text, String language, boolean fallback) {

	public static LocalizedText none() {
		return new LocalizedText("", "", false);
	}

	/** A text with no language, as computed texts (codes, numbers) are. */
	public static LocalizedText of(String text) {
		return new LocalizedText(text, "", false);
	}

	public boolean isPresent() {
		return !this.text.isEmpty();
	}

	/** The direction of the text, for the dir attribute of mixed-language pages. */
	public String direction() {
		return LanguagePolicy.direction(this.language);
	}

}
