package ma.hcp.simimo.web;

import java.util.List;
import java.util.Map;

/**
 * What the home page says the catalogue holds.
 *
 * @param counts how many datasets, producers, concepts, divergences… keyed by kind
 * @param bySourceType how many datasets come from each source type
 */
public record CatalogueSummary(Map<String, Long> counts, List<Count> bySourceType) {

	public long count(String kind) {
		return this.counts.getOrDefault(kind, 0L);
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
