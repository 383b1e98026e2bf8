package ma.hcp.simimo.gap;

import java.util.List;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * How far the producers' methodology and quality reports are filled: for each producer
 * and each topic of the HCP meeting, how many of its datasets record the topic (decision
 * 0020).
 *
 * @param topics the topics, in the meeting's order
 * @param producers one row per producer, by name
 * @param total the whole catalogue, as one row
 */
public record InventoryCompleteness(List<Topic> topics, List<Row> producers, Row total) {

	/**
	 * A topic of the inventory.
	 *
	 * @param iri the topic
	 * @param code its number in the meeting's order
	 * @param label its label
	 * @param href its page
	 */
	public record Topic(String iri, String code, LocalizedText label, String href) {
	}

	/**
	 * The datasets of a producer (or of the catalogue) and how many record each topic.
	 *
	 * @param iri the producer, or empty for the catalogue
	 * @param label its name
	 * @param href its page, or empty
	 * @param datasets how many datasets it publishes
	 * @param filled per topic, in the order of {@code topics}, how many of them record it
	 * @param percent the share of topics recorded over all its datasets, 0 to 100
	 */
	public record Row(String iri, LocalizedText label, String href, int datasets, List<Integer> filled, int percent) {
	}

}
