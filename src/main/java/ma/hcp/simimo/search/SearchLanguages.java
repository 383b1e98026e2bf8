package ma.hcp.simimo.search;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.stream.Stream;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The languages the index analyses, each with its own Lucene analysis chain, and the
 * chains of the autocomplete fields. {@code und} holds literals without a language tag
 * (notations, codes): it only folds case and accents.
 */
final class SearchLanguages {

	/** The tags a literal may carry and be indexed under its own language. */
	static final List<String> TAGGED = LanguagePolicy.SUPPORTED;

	static final List<String> ALL = Stream.concat(TAGGED.stream(), Stream.of("und")).toList();

	private SearchLanguages() {
	}

	/** The language an index field is analysed in, or null when it has none. */
	static String languageOfField(String field) {
		int underscore = field.lastIndexOf('_');
		if (underscore < 0) {
			return null;
		}
		String suffix = field.substring(underscore + 1);
		return ALL.contains(suffix) ? suffix : null;
	}

	static String languageOfLiteral(String tag) {
		String primary = LanguagePolicy.primary(tag);
		return TAGGED.contains(primary) ? primary : "und";
	}

	/**
	 * The chain of the text fields of one language; query text goes through the same one.
	 */
	static Analyzer textAnalyzer(String language) {
		return switch (language) {
			case LanguagePolicy.FRENCH -> new FrenchText();
			case LanguagePolicy.ENGLISH -> new EnglishText();
			case LanguagePolicy.ARABIC -> new ArabicText();
			default -> new FoldedText(false);
		};
	}

	/** Words as written, only folded or normalised: what typo tolerance compares. */
	static Analyzer wordsAnalyzer(String language) {
		return LanguagePolicy.ARABIC.equals(language) ? new ArabicPrefixes(false) : new FoldedText(false);
	}

	/** The chain that indexes every prefix of every word, for autocomplete. */
	static Analyzer suggestIndexAnalyzer(String language) {
		return LanguagePolicy.ARABIC.equals(language) ? new ArabicPrefixes(true) : new FoldedText(true);
	}

	/**
	 * What is typed into the autocomplete box goes through the same chain, without
	 * prefixes.
	 */
	static Analyzer suggestQueryAnalyzer(String language) {
		return LanguagePolicy.ARABIC.equals(language) ? new ArabicPrefixes(false) : new FoldedText(false);
	}

	/**
	 * Elision (l', d', qu'…), lower case, French stop words, accents folded, light
	 * stemming.
	 */
	private static final class FrenchText extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
			stream = new LowerCaseFilter(stream);
			stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
			stream = new ASCIIFoldingFilter(stream);
			stream = new FrenchLightStemFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
		}

	}

	/** Possessives, lower case, English stop words, accents folded, Porter stemming. */
	private static final class EnglishText extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new EnglishPossessiveFilter(source);
			stream = new LowerCaseFilter(stream);
			stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			stream = new ASCIIFoldingFilter(stream);
			stream = new PorterStemFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	}

	/**
	 * Arabic stop words, then normalisation (hamza and alef forms, taa marbuta, alef
	 * maqsura, diacritics and tatweel) and light stemming of prefixes and suffixes.
	 */
	private static final class ArabicText extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(source);
			stream = new StopFilter(stream, ArabicAnalyzer.getDefaultStopSet());
			stream = new ArabicNormalizationFilter(stream);
			stream = new ArabicStemFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ArabicNormalizationFilter(new LowerCaseFilter(in));
		}

	}

	/** Lower case and folded accents; with prefixes, every prefix of every word too. */
	private static final class FoldedText extends Analyzer {

		private final boolean prefixes;

		FoldedText(boolean prefixes) {
			this.prefixes = prefixes;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
			stream = new LowerCaseFilter(stream);
			stream = new ASCIIFoldingFilter(stream);
			if (this.prefixes) {
				stream = new EdgeNGramTokenFilter(stream, 1, 30, true);
			}
			return new TokenStreamComponents(source, stream);
		}

	}

	/** Arabic normalisation without stemming (a prefix is not a word to stem). */
	private static final class ArabicPrefixes extends Analyzer {

		private final boolean prefixes;

		ArabicPrefixes(boolean prefixes) {
			this.prefixes = prefixes;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(source);
			stream = new ArabicNormalizationFilter(stream);
			if (this.prefixes) {
				stream = new EdgeNGramTokenFilter(stream, 1, 30, true);
			}
			return new TokenStreamComponents(source, stream);
		}

	}

}
