package ma.hcp.simimo.gap;

import java.util.List;
import java.util.Map;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * Which classifications the datasets use, and where each stands against the international
 * standards: international, national with a correspondence to an international one,
 * national with none, or not recorded.
 *
 * @param producer the producer the datasets are filtered to, or "" for all
 * @param producers every producer with a dataset, for the filter
 * @param counts the number of datasets in each category (a dataset using several
 * classifications counts once in each of their categories)
 * @param datasets the datasets, by producer then title
 * @param held every classification the catalogue holds
 */
public record ClassificationUsage(String producer, List<Option> producers, Map<String, Integer> counts,
		List<DatasetUse> datasets, List<Held> held) {

	/**
	 * The categories, from the closest to the international standards to the farthest.
	 */
	public static final List<String> CATEGORIES = List.of("international", "correspondence", "national", "unrecorded");

	/**
	 * A choice in a filter.
	 *
	 * @param iri its value
	 * @param label its label
	 */
	public record Option(String iri, String label) {
	}

	/**
	 * One dataset and the classifications it uses.
	 *
	 * @param iri the dataset
	 * @param href its page
	 * @param label its title
	 * @param producer its publisher
	 * @param producerLabel the publisher's name
	 * @param uses the classifications it uses; empty when none is recorded
	 */
	public record DatasetUse(String iri, String href, LocalizedText label, String producer, LocalizedText producerLabel,
			List<Use> uses) {

		public boolean isUnrecorded() {
			return this.uses.isEmpty();
		}

	}

	/**
	 * A classification a dataset uses.
	 *
	 * @param iri the classification (a concept scheme)
	 * @param href its page
	 * @param label its label
	 * @param category international, correspondence or national
	 * @param targets the international classifications it has a recorded correspondence
	 * with
	 */
	public record Use(String iri, String href, LocalizedText label, String category, List<Target> targets) {
	}

	/**
	 * The other side of a correspondence.
	 *
	 * @param correspondence the correspondence (an xkos:Correspondence)
	 * @param iri the classification it leads to
	 * @param href its page
	 * @param label its label
	 * @param associations how many concept associations the correspondence records (0
	 * when only the usage is known)
	 */
	public record Target(String correspondence, String iri, String href, LocalizedText label, int associations) {
	}

	/**
	 * A classification the catalogue holds.
	 *
	 * @param iri the classification
	 * @param href its page
	 * @param label its label
	 * @param kind international or national
	 * @param publisher its publisher's name, or none
	 * @param items how many of its items are recorded
	 * @param datasets how many datasets use it
	 * @param targets its recorded correspondences
	 */
	public record Held(String iri, String href, LocalizedText label, String kind, LocalizedText publisher, int items,
			int datasets, List<Target> targets) {
	}

}
