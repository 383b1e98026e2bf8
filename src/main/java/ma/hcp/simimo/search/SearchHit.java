package ma.hcp.simimo.search;

import java.util.List;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;

/**
 * One resource found.
 *
 * @param iri the resource
 * @param href where SIMIMO shows it
 * @param type dataset, concept, classificationItem, indicator, organisation or scheme
 * @param label its label in the reader's language, or a fallback
 * @param snippet the best matching passage, or the start of its description
 * @param score the relevance score
 * @param why why it matched
 * @param producers its producers or custodians
 * @param period its temporal coverage in years ("2014" or "2004–2014"), or ""
 * @param coverageStart the start of its temporal coverage as written ("2018-08"), or ""
 * @param coverageEnd the end of its temporal coverage as written, or ""
 */
public record SearchHit(String iri, String href, String type, LocalizedText label, Snippet snippet, float score,
		List<MatchReason> why, List<LabelledLink> producers, String period, String coverageStart, String coverageEnd) {

	/**
	 * One reason a resource matched.
	 *
	 * @param reason label, alt, code, keyword, description, measures, narrower or mapped
	 * @param value the text that matched, or the concept concerned
	 * @param via for a concept found through another: the concept the text matched
	 * @param valueLanguage the language of the value ("" when it has none, as a code)
	 * @param viaLanguage the language of via's label
	 */
	public record MatchReason(String reason, String value, String via, String valueLanguage, String viaLanguage) {

		/** The message that says this reason in a sentence. */
		public String messageKey() {
			return "search.why." + this.reason + (this.via.isEmpty() ? "" : ".via");
		}

	}

}
