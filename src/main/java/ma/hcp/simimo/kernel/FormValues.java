package ma.hcp.simimo.kernel;

/**
 * The rules every edit form applies to what it was sent, in one place: a field is trimmed
 * and a missing one is empty, a form's field in one of the three content languages is
 * chosen by its language tag (fr, en, ar, as {@link LanguagePolicy} names them; any other
 * is a programming error, not a reader's), and the revision the form was loaded from is a
 * number it must send.
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

	/**
	 * The revision an edit form says it was loaded from (its hidden field
	 * {@code revision}, decision 0027): a whole number, 0 or more.
	 * @throws BadRequestException when it is missing or is not one, so that a form that
	 * cannot say what it started from saves nothing
	 */
	public static int revision(String value) {
		String revision = clean(value);
		if (revision.isEmpty()) {
			throw new BadRequestException("error.revision.missing");
		}
		// At most nine digits: any revision a draft can reach, and never an overflow.
		if (!revision.matches("[0-9]{1,9}")) {
			throw new BadRequestException("error.revision.malformed",
					revision.substring(0, Math.min(revision.length(), 20)));
		}
		return Integer.parseInt(revision);
	}

}
