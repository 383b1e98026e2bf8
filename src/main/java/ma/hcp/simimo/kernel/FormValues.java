package ma.hcp.simimo.kernel;

/**
 * The two rules every edit form applies to what it was sent, in one place: a field is
 * trimmed and a missing one is empty, and a form's field in one of the three content
 * languages is chosen by its language tag (fr, en, ar, as {@link LanguagePolicy} names
 * them; any other is a programming error, not a reader's).
 */
public final class FormValues {

	private FormValues() {
	}

	/** The value of a field as the form sent it: trimmed, and empty when missing. */
	public static String clean(String value) {
		return (value == null) ? "" : value.strip();
	}

	/** The one of {@code fr}, {@code en} and {@code ar} that is in {@code language}. */
	public static String inLanguage(String language, String fr, String en, String ar) {
		return switch (language) {
			case LanguagePolicy.FRENCH -> fr;
			case LanguagePolicy.ENGLISH -> en;
			case LanguagePolicy.ARABIC -> ar;
			default -> throw new IllegalArgumentException(language);
		};
	}

}
