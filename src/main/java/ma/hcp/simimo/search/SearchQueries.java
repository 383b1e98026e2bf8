package ma.hcp.simimo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds Lucene queries from analysed text, never from query syntax. Each index language
 * reads the whole text with its own analyser and must match every word in its own fields
 * (a word may match in the label of one field and another in the description); the
 * languages then compete in a disjunction, so a French stop word does not have to be
 * found in English fields.
 */
final class SearchQueries {

	static final Map<String, Float> FIELD_BOOSTS = Map.of(SearchFields.LABEL, 3f, SearchFields.ALT, 2.5f,
			SearchFields.KEYWORD, 1.5f, SearchFields.DESCRIPTION, 1f);

	/** Words this long or longer tolerate one typo (one edit, the first letter kept). */
	static final int FUZZY_FROM = 5;

	/** How many indexed words one typo-tolerant word may stand for. */
	static final int MAX_FUZZY_TERMS = 50;

	static final float FUZZY_BOOST = 0.4f;

	static final float CODE_BOOST = 4f;

	private static final Map<String, Analyzer> WORDS = Map.of("fr", SearchLanguages.wordsAnalyzer("fr"), "en",
			SearchLanguages.wordsAnalyzer("en"), "ar", SearchLanguages.wordsAnalyzer("ar"), "und",
			SearchLanguages.wordsAnalyzer("und"));

	private static final Map<String, Analyzer> ANALYZERS = Map.of("fr", SearchLanguages.textAnalyzer("fr"), "en",
			SearchLanguages.textAnalyzer("en"), "ar", SearchLanguages.textAnalyzer("ar"), "und",
			SearchLanguages.textAnalyzer("und"));

	private SearchQueries() {
	}

	/**
	 * The text query without typo tolerance, or null when the text holds nothing
	 * searchable.
	 */
	static Query text(QueryText text) {
		return text(text, null);
	}

	/**
	 * The text query, or null when the text holds nothing searchable (say, a lone *).
	 * With a searcher, each word of {@value #FUZZY_FROM} letters or more also matches the
	 * indexed words one edit away. Those fuzzy clauses are rewritten against the searcher
	 * once, into the terms they match, and shared by every language reading: building a
	 * Levenshtein automaton for each reading and each search is what made long words
	 * slow. The query is then valid for that searcher only. Without a searcher there is
	 * no typo tolerance, which is what the highlighter needs.
	 */
	static Query text(QueryText text, IndexSearcher searcher) {
		List<Query> readings = new ArrayList<>();
		Map<String, Query> fuzzy = new java.util.HashMap<>();
		for (String language : SearchLanguages.ALL) {
			Query reading = reading(text, language, searcher, fuzzy);
			if (reading != null) {
				readings.add(reading);
			}
		}
		String code = SearchDocuments.fold(text.text().replace("\"", ""));
		if (code.codePoints().anyMatch(Character::isLetterOrDigit)) {
			readings.add(new BoostQuery(new TermQuery(new Term(SearchFields.CODE, code)), CODE_BOOST));
		}
		return readings.isEmpty() ? null : new DisjunctionMaxQuery(readings, 0.1f);
	}

	/**
	 * One language's reading of the text. {@code fuzzy} (null for none) holds the
	 * typo-tolerant queries already built, by field and word, so the readings share their
	 * automata.
	 */
	private static Query reading(QueryText text, String language, IndexSearcher searcher, Map<String, Query> fuzzy) {
		Analyzer analyzer = ANALYZERS.get(language);
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int clauses = 0;
		Map<Integer, String> written = new java.util.HashMap<>();
		String wordsField = SearchFields.words(language);
		tokens(WORDS.get(language), wordsField, text.words()).forEach((word) -> written.put(word.start(), word.term()));
		for (Token token : tokens(analyzer, SearchFields.text(SearchFields.LABEL, language), text.words())) {
			List<Query> fields = new ArrayList<>();
			for (String field : SearchFields.TEXT_FIELDS) {
				String name = SearchFields.text(field, language);
				fields.add(new BoostQuery(new TermQuery(new Term(name, token.term())), FIELD_BOOSTS.get(field)));
			}
			String word = written.get(token.start());
			if (searcher != null && token.wordLength() >= FUZZY_FROM && word != null) {
				fields.add(
						fuzzy
							.computeIfAbsent(wordsField + "\u0000" + word,
									(key) -> new BoostQuery(
											rewritten(searcher,
													new FuzzyQuery(new Term(wordsField, word), 1, 1, MAX_FUZZY_TERMS,
															true)),
											FIELD_BOOSTS.get(SearchFields.LABEL) * FUZZY_BOOST)));
			}
			all.add(new DisjunctionMaxQuery(fields, 0.1f), Occur.MUST);
			clauses++;
		}
		QueryBuilder phrases = new QueryBuilder(analyzer);
		for (String phrase : text.phrases()) {
			List<Query> fields = new ArrayList<>();
			for (String field : SearchFields.TEXT_FIELDS) {
				Query query = phrases.createPhraseQuery(SearchFields.text(field, language), phrase);
				if (query != null) {
					fields.add(new BoostQuery(query, FIELD_BOOSTS.get(field)));
				}
			}
			if (fields.isEmpty()) {
				continue;
			}
			all.add(new DisjunctionMaxQuery(fields, 0.1f), Occur.MUST);
			clauses++;
		}
		return (clauses == 0) ? null : all.build();
	}

	private static Query rewritten(IndexSearcher searcher, Query query) {
		try {
			return searcher.rewrite(query);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Finds the resources whose IRI, or one of whose concepts, is in {@code iris}. */
	static Query anyOf(String field, Collection<String> iris) {
		return new ConstantScoreQuery(new TermInSetQuery(field, iris.stream().map(BytesRef::new).toList()));
	}

	static List<Token> tokens(Analyzer analyzer, String field, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(
						new Token(term.toString(), offsets.endOffset() - offsets.startOffset(), offsets.startOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/**
	 * One analysed word.
	 *
	 * @param term the term as indexed
	 * @param wordLength the length of the word the reader typed
	 * @param start where the word starts in the text
	 */
	record Token(String term, int wordLength, int start) {
	}

}
