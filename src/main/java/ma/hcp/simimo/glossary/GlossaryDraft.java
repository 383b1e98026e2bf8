package ma.hcp.simimo.glossary;

import java.util.Map;

import ma.hcp.simimo.kernel.BadRequestException;

/**
 * What a trainer writes about a glossary when saving it, checked: a title is required,
 * and no field is longer than {@link #MAX_LENGTH}, so an anonymous save stays small.
 *
 * @param title its title
 * @param audience who it is for, or ""
 * @param author who made it, or ""
 */
public record GlossaryDraft(String title, String audience, String author) {

	public static final int MAX_LENGTH = 200;

	/**
	 * Reads title, audience and author, trimmed.
	 * @throws BadRequestException naming the field at fault
	 */
	public static GlossaryDraft from(Map<String, String> parameters) {
		String title = field(parameters, "title");
		if (title.isEmpty()) {
			throw new BadRequestException("glossary.error.titleMissing");
		}
		return new GlossaryDraft(title, field(parameters, "audience"), field(parameters, "author"));
	}

	private static String field(Map<String, String> parameters, String name) {
		String value = parameters.getOrDefault(name, "").strip();
		if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
			throw new BadRequestException("glossary.error.tooLong", name, String.valueOf(MAX_LENGTH));
		}
		return value;
	}

}
