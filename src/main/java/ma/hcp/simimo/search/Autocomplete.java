package ma.hcp.simimo.search;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import ma.hcp.simimo.kernel.LinkedDataPaths;

import org.springframework.stereotype.Component;

/**
 * Proposes resources as the reader types: every word typed must start a word of a label,
 * alternative label, acronym or code in the reader's language (the index holds every
 * prefix of those words, so this is a term lookup, not a scan).
 */
@Component
public class Autocomplete {

	static final int MAX_LENGTH = 100;

	static final int DEFAULT_LIMIT = 8;

	private final SearchIndex index;

	private final LinkedDataPaths paths;

	Autocomplete(SearchIndex index, LinkedDataPaths paths) {
		this.index = index;
		this.paths = paths;
	}

	public List<Suggestion> suggest(String typed, String language, int limit) {
		return suggest(this.index, Optional.empty(), typed, language, limit);
	}

	/**
	 * As {@link #suggest(String, String, int)}, from {@code index}, among the documents
	 * {@code visible} matches when given: the filter is a clause of the Lucene query, so
	 * a document it leaves out is never scored nor read (the editors' index of decision
	 * 0027).
	 */
	List<Suggestion> suggest(SearchIndex index, Optional<Query> visible, String typed, String language, int limit) {
		String text = QueryText.parse(typed).text().replace("\"", " ");
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
		String fieldLanguage = LanguagePolicy.supportedOrDefault(language);
		List<Query> readings = new ArrayList<>();
		List<String> languageTokens = terms(SearchLanguages.suggestQueryAnalyzer(fieldLanguage), text);
		addReading(readings, SearchFields.suggest(fieldLanguage), languageTokens);
		List<String> codeTokens = terms(SearchLanguages.suggestQueryAnalyzer("und"), text);
		addReading(readings, SearchFields.suggest("und"), codeTokens);
		if (readings.isEmpty()) {
			return List.of();
		}
		Query typedQuery = new DisjunctionMaxQuery(readings, 0f);
		Query query = visible.<Query>map(
				(filter) -> new BooleanQuery.Builder().add(typedQuery, Occur.MUST).add(filter, Occur.FILTER).build())
			.orElse(typedQuery);
		return index.search((searcher) -> {
			try {
				TopDocs top = searcher.search(query, limit);
				StoredFields stored = searcher.storedFields();
				List<Suggestion> suggestions = new ArrayList<>();
				for (ScoreDoc hit : top.scoreDocs) {
					Document document = stored.document(hit.doc);
					String iri = document.get(SearchFields.IRI);
					String label = FacetedSearch.title(document, fieldLanguage).text();
					suggestions.add(new Suggestion(iri, this.paths.hrefFor(iri), document.get(SearchFields.KIND), label,
							matched(document, fieldLanguage, label, languageTokens, codeTokens)));
				}
				return suggestions;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Autocomplete failed", ex);
			}
		});
	}

	private static void addReading(List<Query> readings, String field, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		tokens.forEach((token) -> all.add(new TermQuery(new Term(field, token)), Occur.MUST));
		readings.add(all.build());
	}

	/**
	 * The alternative label, acronym or code the reader was typing, when not the label.
	 */
	private static String matched(Document document, String language, String label, List<String> languageTokens,
			List<String> codeTokens) {
		if (startsEveryWord(label, language, languageTokens)) {
			return "";
		}
		for (String alt : document.getValues(SearchFields.text(SearchFields.ALT, language))) {
			if (startsEveryWord(alt, language, languageTokens)) {
				return alt;
			}
		}
		for (String code : document.getValues(SearchFields.CODE)) {
			if (startsEveryWord(code, "und", codeTokens)) {
				return code;
			}
		}
		return "";
	}

	private static boolean startsEveryWord(String value, String language, List<String> typed) {
		if (typed.isEmpty()) {
			return false;
		}
		List<String> words = terms(SearchLanguages.suggestQueryAnalyzer(language), value);
		return typed.stream().allMatch((prefix) -> words.stream().anyMatch((word) -> word.startsWith(prefix)));
	}

	private static List<String> terms(Analyzer analyzer, String text) {
		return SearchQueries.tokens(analyzer, "suggest", text).stream().map(SearchQueries.Token::term).toList();
	}

}
