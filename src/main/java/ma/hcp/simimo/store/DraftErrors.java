package ma.hcp.simimo.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.RecordDrafts.Violation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The problems of a draft as the edit forms show them, one field at a time, in the
 * reader's language (decision 0021): a shapes violation's message is a translation in
 * messages*.properties ({@code shape.<field>.<constraint component>}), else the shape's
 * own in the reader's language, else its English one, marked as English.
 */
@Component
public class DraftErrors {

	private final MessageSource messages;

	DraftErrors(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * What is wrong with one field of an edit form.
	 *
	 * @param field the form field's name, or "record" for the record as a whole
	 * @param value the offending value, or empty when a value is missing
	 * @param message the message
	 */
	public record FieldError(String field, String value, LocalizedText message) {
	}

	/** A form's own check, with its message from {@code key}. */
	/**
	 * What creating a record gave (decision 0025): its IRI, or the problems that kept it
	 * from being created, nothing written.
	 *
	 * @param iri the new record's IRI, empty when it was not created
	 * @param errors the problems, in the reader's language
	 */
	public record Created(Optional<String> iri, List<FieldError> errors) {

		public static Created refused(List<FieldError> errors) {
			return new Created(Optional.empty(), errors);
		}

		public static Created as(String iri) {
			return new Created(Optional.of(iri), List.of());
		}

	}

	public FieldError error(String field, String value, String key, Locale locale, Object... arguments) {
		return new FieldError(field, value,
				new LocalizedText(this.messages.getMessage(key, arguments, locale), locale.getLanguage(), false));
	}

	/**
	 * Adds to {@code problems} that {@code value} of {@code field} is longer than
	 * {@code limit} characters, if it is, showing its start.
	 */
	public void tooLong(List<FieldError> problems, String field, String value, int limit, Locale locale) {
		if (value.codePointCount(0, value.length()) > limit) {
			problems.add(error(field, value.substring(0, Math.min(value.length(), 80)) + "…", "draft.error.tooLong",
					locale, limit));
		}
	}

	/** A shapes violation about {@code field}. */
	public FieldError violation(Violation violation, String field, Locale locale) {
		String key = "shape." + field + "." + violation.component();
		String translated = this.messages.getMessage(key, new Object[] { violation.value() }, null, locale);
		if (translated != null) {
			return new FieldError(field, violation.value(), new LocalizedText(translated, locale.getLanguage(), false));
		}
		String language = locale.getLanguage();
		String own = violation.messages().get(language);
		if (own != null) {
			return new FieldError(field, violation.value(), new LocalizedText(own, language, false));
		}
		String english = violation.messages()
			.getOrDefault("en", violation.messages().values().stream().findFirst().orElse(violation.component()));
		return new FieldError(field, violation.value(), new LocalizedText(english, "en", !"en".equals(language)));
	}

}
