package ma.hcp.simimo.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The last segment of a new record's IRI (decisions 0003, 0025): a French text with its
 * accents dropped (NFD, combining marks removed), in lower case, every run of other
 * characters one hyphen, at most {@value #LENGTH} characters cut at a hyphen; a taken IRI
 * gets {@code -2}, {@code -3}, … So a minted IRI holds only {@code [a-z0-9-]} in its last
 * segment, whatever was typed. One rule for datasets, concepts and reference periods.
 */
public final class Slugs {

	public static final int LENGTH = 60;

	/** Last segments that are routes of every record family, never records. */
	private static final Set<String> RESERVED = Set.of("new", "edit", "draft", "discard");

	private static final int ATTEMPTS = 1000;

	private Slugs() {
	}

	/**
	 * The first of {@code <prefix><slug>}, {@code <prefix><slug>-2}, … that is not a
	 * route and that {@code taken} says is free.
	 * @param prefix the IRI up to the slug ({@code …/concepts/hcp-rgph/})
	 * @param text the text the slug is made from
	 * @param fallback the slug when {@code text} has no letter or digit
	 */
	public static String mint(String prefix, String text, String fallback, Predicate<String> taken) {
		String stem = slug(text, fallback);
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			String id = (attempt == 1) ? stem : stem + "-" + attempt;
			String iri = prefix + id;
			if (!RESERVED.contains(id) && !taken.test(iri)) {
				return iri;
			}
		}
		throw new IllegalStateException("No free IRI for " + prefix + stem + " after " + ATTEMPTS + " attempts");
	}

	public static String slug(String text, String fallback) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > LENGTH) {
			ascii = ascii.substring(0, LENGTH);
			int hyphen = ascii.lastIndexOf('-');
			if (hyphen > LENGTH / 2) {
				ascii = ascii.substring(0, hyphen);
			}
			ascii = ascii.replaceAll("-+$", "");
		}
		return ascii.isEmpty() ? fallback : ascii;
	}

	/** The last segment of an IRI: {@code anapec} for a producer. */
	public static String localName(String iri) {
		return iri.substring(iri.lastIndexOf('/') + 1);
	}

}
