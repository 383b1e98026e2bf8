package ma.hcp.simimo.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import ma.hcp.simimo.kernel.LinkedDataPaths;

import org.springframework.stereotype.Component;

/**
 * The IRIs of new datasets (decisions 0003, 0025):
 * {@code <base>datasets/<producer>-<slug>}, like the seed catalogue's
 * ({@code datasets/anapec-…}), where the slug is the French title with its accents
 * dropped, in lower case, every run of other characters a hyphen, at most
 * {@value #SLUG_LENGTH} characters; a taken IRI gets {@code -2}, {@code -3}, … So an IRI
 * holds only {@code [a-z0-9-]}, whatever was typed.
 */
@Component
class DatasetIris {

	static final int SLUG_LENGTH = 60;

	/** Paths of the datasets family that are routes, not records. */
	private static final Set<String> RESERVED = Set.of("new");

	private static final int ATTEMPTS = 1000;

	private final LinkedDataPaths paths;

	DatasetIris(LinkedDataPaths paths) {
		this.paths = paths;
	}

	/**
	 * A dataset IRI for {@code producer}'s dataset titled {@code frenchTitle} that
	 * {@code taken} says is free.
	 */
	String mint(String producer, String frenchTitle, Predicate<String> taken) {
		String stem = slug(localName(producer) + " " + frenchTitle);
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			String id = (attempt == 1) ? stem : stem + "-" + attempt;
			String iri = this.paths.iriForPath("/datasets/" + id);
			if (!RESERVED.contains(id) && !taken.test(iri)) {
				return iri;
			}
		}
		throw new IllegalStateException("No free dataset IRI for " + stem + " after " + ATTEMPTS + " attempts");
	}

	/** The local name of a producer IRI: {@code anapec}. */
	static String localName(String producer) {
		return producer.substring(producer.lastIndexOf('/') + 1);
	}

	static String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > SLUG_LENGTH) {
			ascii = ascii.substring(0, SLUG_LENGTH);
			int hyphen = ascii.lastIndexOf('-');
			if (hyphen > SLUG_LENGTH / 2) {
				ascii = ascii.substring(0, hyphen);
			}
			ascii = ascii.replaceAll("-+$", "");
		}
		return ascii.isEmpty() ? "jeu-de-donnees" : ascii;
	}

}
