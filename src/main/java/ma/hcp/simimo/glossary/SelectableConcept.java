package ma.hcp.simimo.glossary;

import java.text.Normalizer;
import java.util.Locale;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * A concept the builder offers, with the scheme and family it can be added by.
 *
 * @param iri the concept
 * @param label its label in the reader's language, or a fallback
 * @param scheme its scheme
 * @param schemeLabel the scheme's label
 * @param family its concept family, or ""
 * @param familyLabel the family's label, or ""
 * @param national true when its scheme is a national one
 */
public record SelectableConcept(String iri, LocalizedText label, String scheme, String schemeLabel, String family,
		String familyLabel, boolean national) {

	/**
	 * True when the label contains every word of {@code text}, ignoring case and accents
	 * (and Arabic short vowels, which are combining marks too).
	 */
	public boolean matches(String text) {
		String label = fold(this.label.text());
		for (String word : fold(text).split("\\s+")) {
			if (!word.isEmpty() && !label.contains(word)) {
				return false;
			}
		}
		return true;
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

}
