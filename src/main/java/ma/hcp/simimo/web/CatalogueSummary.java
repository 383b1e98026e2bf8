package ma.hcp.simimo.web;

import java.util.List;
import java.util.Map;

/**
 * What the home page says the catalogue holds.
 *
 * @param counts how many datasets, producers, concepts, divergences… keyed by kind
 * @param bySourceType how many datasets come from each source type
 * @param byFamily how many national and international concepts each concept family holds
 */
public record CatalogueSummary(Map<String, Long> counts, List<Count> bySourceType, List<FamilyCount> byFamily) {

	public long count(String kind) {
		return this.counts.getOrDefault(kind, 0L);
	}

	/**
	 * The concepts of one concept family.
	 *
	 * @param label the family
	 * @param href its page
	 * @param national how many national concepts it holds
	 * @param international how many international concepts it holds
	 */
	public record FamilyCount(String label, String href, long national, long international) {
	}

	/**
	 * A labelled count.
	 *
	 * @param label what is counted
	 * @param href where it is listed, or null
	 * @param count how many
	 */
	public record Count(String label, String href, long count) {
	}

}
