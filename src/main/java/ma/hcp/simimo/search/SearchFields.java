package ma.hcp.simimo.search;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The layout of the search index: field names, the analyser of each field and the facet
 * dimensions.
 */
final class SearchFields {

	/** Bump when the layout changes, so that an index built by older code is rebuilt. */
	static final String LAYOUT_VERSION = "5";

	static final String IRI = "iri";

	static final String KIND = "kind";

	static final String CODE = "code";

	static final String CONCEPT = "concept";

	static final String NARROWER = "narrower";

	static final String MAPPED = "mapped";

	static final String PRODUCER = "producer";

	static final String START_YEAR = "startYear";

	static final String END_YEAR = "endYear";

	/** The temporal coverage's ends as written, for the hit to say them in words. */
	static final String COVERAGE_START = "coverageStart";

	static final String COVERAGE_END = "coverageEnd";

	static final String SORT_DATE = "sortDate";

	static final String LABEL = "label";

	/** The label shown to a reader, per reader's language, with its own language tag. */
	static final String TITLE = "title";

	static final String TITLE_LANGUAGE = "titleLanguage";

	static final String ALT = "alt";

	static final String DESCRIPTION = "description";

	static final String KEYWORD = "keyword";

	/**
	 * Labels, alternative labels and keywords again, unstemmed: typo tolerance compares
	 * the word typed with the words written, which stems would blur.
	 */
	static final String WORDS = "words";

	/**
	 * The words field of a language. French, English and untagged words share one field
	 * (they fold alike), so a typo-tolerant word costs one automaton, not three.
	 */
	static String words(String language) {
		return LanguagePolicy.ARABIC.equals(language) ? "words_ar" : "words_latin";
	}

	/** The analysed text fields, each present once per index language. */
	static final List<String> TEXT_FIELDS = List.of(LABEL, ALT, KEYWORD, DESCRIPTION);

	/** The facet dimensions, in the order the page shows them. */
	static final List<String> FACETS = List.of("type", "producer", "sourceType", "family", "period", "accessRights",
			"scheme", "divergence");

	private SearchFields() {
	}

	static String text(String field, String language) {
		return field + "_" + language;
	}

	static String suggest(String language) {
		return "suggest_" + language;
	}

	static String sortTitle(String language) {
		return "sortTitle_" + language;
	}

	/** Every analysed text field, in every language. */
	static List<String> allTextFields() {
		List<String> fields = new ArrayList<>();
		for (String field : TEXT_FIELDS) {
			for (String language : SearchLanguages.ALL) {
				fields.add(text(field, language));
			}
		}
		return fields;
	}

	static Analyzer indexAnalyzer() {
		Map<String, Analyzer> analyzers = new HashMap<>();
		for (String language : SearchLanguages.ALL) {
			Analyzer text = SearchLanguages.textAnalyzer(language);
			for (String field : TEXT_FIELDS) {
				analyzers.put(text(field, language), text);
			}
			analyzers.put(suggest(language), SearchLanguages.suggestIndexAnalyzer(language));
			analyzers.put(words(language), SearchLanguages.wordsAnalyzer(language));
		}
		return new PerFieldAnalyzerWrapper(SearchLanguages.textAnalyzer("und"), analyzers);
	}

	static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		for (String dimension : FACETS) {
			config.setMultiValued(dimension, !"type".equals(dimension) && !"divergence".equals(dimension));
		}
		return config;
	}

}
