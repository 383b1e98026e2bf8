package ma.hcp.simimo.gap;

import java.util.List;

/**
 * Where the recorded knowledge contradicts itself, rule by rule.
 *
 * @param rules every rule, with what it found
 */
public record ConsistencyReport(List<RuleResult> rules) {

	public int total() {
		return this.rules.stream().mapToInt((rule) -> rule.findings().size()).sum();
	}

	/**
	 * One rule and its findings.
	 *
	 * @param name the rule's file name under queries/gap/consistency/, without .rq
	 * @param description what the rule checks, from the file's header
	 * @param query the rule's SPARQL, to run on /sparql
	 * @param findings what it found
	 */
	public record RuleResult(String name, String description, String query, List<Finding> findings) {
	}

	/**
	 * One contradiction.
	 *
	 * @param concept the concept concerned
	 * @param conceptHref its page
	 * @param conceptLabel its label
	 * @param counterpart the other concept, or ""
	 * @param counterpartHref its page, or ""
	 * @param counterpartLabel its label, or ""
	 * @param criterion the criterion's label, or ""
	 * @param conceptValue the concept's value on the criterion, as written, or ""
	 * @param counterpartValue the other concept's value, as written, or ""
	 * @param divergence the recorded divergence concerned, or ""
	 * @param divergenceHref its page, or ""
	 * @param conceptValueInWords the concept's value in the reader's words: codes by
	 * their label, durations and ranges of durations in words
	 * @param counterpartValueInWords the other concept's value, in the same words
	 */
	public record Finding(String concept, String conceptHref, String conceptLabel, String counterpart,
			String counterpartHref, String counterpartLabel, String criterion, String conceptValue,
			String counterpartValue, String divergence, String divergenceHref, String conceptValueInWords,
			String counterpartValueInWords) {
	}

}
