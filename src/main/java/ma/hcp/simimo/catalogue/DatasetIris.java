package ma.hcp.simimo.catalogue;

import java.util.function.Predicate;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.Slugs;

import org.springframework.stereotype.Component;

/**
 * The IRIs of new datasets (decisions 0003, 0025):
 * {@code <base>datasets/<producer>-<slug>}, like the seed catalogue's
 * ({@code datasets/anapec-…}), the slug made from the French title by {@link Slugs}.
 */
@Component
class DatasetIris {

	private final LinkedDataPaths paths;

	DatasetIris(LinkedDataPaths paths) {
		this.paths = paths;
	}

	/**
	 * A dataset IRI for {@code producer}'s dataset titled {@code frenchTitle} that
	 * {@code taken} says is free.
	 */
	String mint(String producer, String frenchTitle, Predicate<String> taken) {
		return Slugs.mint(this.paths.iriForPath("/datasets/"), localName(producer) + " " + frenchTitle,
				"jeu-de-donnees", taken);
	}

	/** The local name of a producer IRI: {@code anapec}. */
	static String localName(String producer) {
		return Slugs.localName(producer);
	}

}
