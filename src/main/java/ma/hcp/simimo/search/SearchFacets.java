package ma.hcp.simimo.search;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Labels facet values in the reader's language: IRIs by their labels in the store, the
 * fixed values (types, divergence statuses, decades, "not stated") by message keys.
 */
final class SearchFacets {

	/** The access-rights value of a dataset that states none. */
	static final String NOT_STATED = "notStated";

	/** Facets whose values are fixed words, labelled through messages. */
	static final List<String> WORD_VALUED = List.of("type", "divergence");

	private SearchFacets() {
	}

	static String label(String facet, String value, Map<String, Map<String, String>> labels, MessageSource messages,
			Locale locale) {
		if (WORD_VALUED.contains(facet) || NOT_STATED.equals(value)) {
			return messages.getMessage("search." + facet + "." + value, null, value, locale);
		}
		if ("period".equals(facet)) {
			try {
				int decade = Integer.parseInt(value);
				return decade + "–" + (decade + 9);
			}
			catch (NumberFormatException ex) {
				return value;
			}
		}
		return labelOf(value, labels, locale.getLanguage());
	}

	static String labelOf(String iri, Map<String, Map<String, String>> labels, String language) {
		Map<String, String> byLanguage = labels.get(iri);
		if (byLanguage == null) {
			return iri;
		}
		return LanguagePolicy.pick(byLanguage.keySet(), (tag) -> tag, language)
			.map(byLanguage::get)
			.orElseGet(() -> LanguagePolicy.localName(iri));
	}

}
