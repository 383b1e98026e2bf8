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

	/** Words this long or longer tolerate one typo; from {@link #TWO_EDITS} on, two. */
	static final int FUZZY_FROM = 5;

	static final int TWO_EDITS = 9;

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

	/** The text query, or null when the text holds nothing searchable (say, a lone *). */
	static Query text(QueryText text) {
		return text(text, true);
	}

	/**
	 * The text query, with or without typo tolerance. Without, it is what the highlighter
	 * needs: it marks the words that match, and fuzzy automata would only cost time
	 * there.
	 */
	static Query text(QueryText text, boolean typoTolerant) {
		List<Query> readings = new ArrayList<>();
		Map<String, Query> fuzzy = typoTolerant ? new java.util.HashMap<>() : null;
		for (String language : SearchLanguages.ALL) {
			Query reading = reading(text, language, fuzzy);
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
	private static Query reading(QueryText text, String language, Map<String, Query> fuzzy) {
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
			if (fuzzy != null && token.wordLength() >= FUZZY_FROM && word != null) {
				int edits = (token.wordLength() >= TWO_EDITS) ? 2 : 1;
				fields.add(fuzzy.computeIfAbsent(wordsField + "\u0000" + word,
						(key) -> new BoostQuery(new FuzzyQuery(new Term(wordsField, word), edits, 1, 50, true),
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
