package ma.hcp.simimo.catalogue;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * What is wrong with one field of an edit form: the field, the value it was given and the
 * message, in the reader's language where a translation exists (else the shape's English
 * message, marked as English).
 *
 * @param field the form field's name (title, description, keywords, coverage,
 * accessRights, stockOrFlow), or "record" for the record as a whole
 * @param value the offending value, or empty when a value is missing
 * @param message the message
 */
public record DraftFieldError(String field, String value, LocalizedText message) {
}
