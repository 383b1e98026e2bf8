package ma.hcp.simimo.search;

import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LocalizedText;
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

	static LocalizedText label(String facet, String value, Map<String, Map<String, LocalizedText>> labels,
			MessageSource messages, Locale locale) {
		if (WORD_VALUED.contains(facet) || NOT_STATED.equals(value)) {
			return new LocalizedText(messages.getMessage("search." + facet + "." + value, null, value, locale),
					locale.getLanguage(), false);
		}
		if ("period".equals(facet)) {
			try {
				int decade = Integer.parseInt(value);
				return LocalizedText.of(decade + "–" + (decade + 9));
			}
			catch (NumberFormatException ex) {
				return LocalizedText.of(value);
			}
		}
		return labelOf(value, labels, locale.getLanguage());
	}

	/**
	 * The label of an IRI for a reader of {@code language}, as {@code Labels} shows it on
	 * every page: with its own language tag, marked as a fallback when it is not the
	 * reader's language.
	 */
	static LocalizedText labelOf(String iri, Map<String, Map<String, LocalizedText>> labels, String language) {
		Map<String, LocalizedText> byReader = labels.get(iri);
		if (byReader == null) {
			return LocalizedText.of(iri);
		}
		LocalizedText shown = byReader.get(LanguagePolicy.supportedOrDefault(language));
		return (shown != null) ? shown
				: new LocalizedText(LanguagePolicy.localName(iri), LanguagePolicy.UNTAGGED, true);
	}

}
