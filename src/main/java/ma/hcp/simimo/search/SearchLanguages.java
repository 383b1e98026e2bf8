package ma.hcp.simimo.search;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.stream.Stream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;

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

	static String languageOfLiteral(String tag) {
		String primary = LanguagePolicy.primary(tag);
		return TAGGED.contains(primary) ? primary : "und";
	}

	/**
	 * The chain of the text fields of one language; query text goes through the same one.
	 */
	static Analyzer textAnalyzer(String language) {
		return switch (language) {
			case LanguagePolicy.FRENCH -> frenchText();
			case LanguagePolicy.ENGLISH -> englishText();
			case LanguagePolicy.ARABIC -> arabicText();
			default -> foldedText(false);
		};
	}

	/** Words as written, only folded or normalised: what typo tolerance compares. */
	static Analyzer wordsAnalyzer(String language) {
		return LanguagePolicy.ARABIC.equals(language) ? arabicPrefixes(false) : foldedText(false);
	}

	/** The chain that indexes every prefix of every word, for autocomplete. */
	static Analyzer suggestIndexAnalyzer(String language) {
		return LanguagePolicy.ARABIC.equals(language) ? arabicPrefixes(true) : foldedText(true);
	}

	/**
	 * What is typed into the autocomplete box goes through the same chain, without
	 * prefixes.
	 */
	static Analyzer suggestQueryAnalyzer(String language) {
		return LanguagePolicy.ARABIC.equals(language) ? arabicPrefixes(false) : foldedText(false);
	}

	/**
	 * Elision (l', d', qu'…), lower case, French stop words, accents folded, light
	 * stemming. The stop words are those of Lucene's {@code FrenchAnalyzer}.
	 */
	private static Analyzer frenchText() {
		return build((chain) -> chain.addTokenFilter(ElisionFilterFactory.class)
			.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(StopFilterFactory.class, "words", "org/apache/lucene/analysis/snowball/french_stop.txt",
					"format", "snowball")
			.addTokenFilter(ASCIIFoldingFilterFactory.class)
			.addTokenFilter(FrenchLightStemFilterFactory.class));
	}

	/**
	 * Possessives, lower case, English stop words (the factory's default set), accents
	 * folded, Porter stemming.
	 */
	private static Analyzer englishText() {
		return build((chain) -> chain.addTokenFilter(EnglishPossessiveFilterFactory.class)
			.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(StopFilterFactory.class)
			.addTokenFilter(ASCIIFoldingFilterFactory.class)
			.addTokenFilter(PorterStemFilterFactory.class));
	}

	/**
	 * Arabic stop words (those of Lucene's {@code ArabicAnalyzer}), then normalisation
	 * (hamza and alef forms, taa marbuta, alef maqsura, diacritics and tatweel) and light
	 * stemming of prefixes and suffixes.
	 */
	private static Analyzer arabicText() {
		return build((chain) -> chain.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(StopFilterFactory.class, "words", "org/apache/lucene/analysis/ar/stopwords.txt")
			.addTokenFilter(ArabicNormalizationFilterFactory.class)
			.addTokenFilter(ArabicStemFilterFactory.class));
	}

	/** Lower case and folded accents; with prefixes, every prefix of every word too. */
	private static Analyzer foldedText(boolean prefixes) {
		return build((chain) -> prefixes(chain.addTokenFilter(ElisionFilterFactory.class)
			.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(ASCIIFoldingFilterFactory.class), prefixes));
	}

	/** Arabic normalisation without stemming (a prefix is not a word to stem). */
	private static Analyzer arabicPrefixes(boolean prefixes) {
		return build((chain) -> prefixes(chain.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(ArabicNormalizationFilterFactory.class), prefixes));
	}

	private static CustomAnalyzer.Builder prefixes(CustomAnalyzer.Builder chain, boolean prefixes) throws IOException {
		return prefixes ? chain.addTokenFilter(EdgeNGramFilterFactory.class, "minGramSize", "1", "maxGramSize", "30",
				"preserveOriginal", "true") : chain;
	}

	private static Analyzer build(Chain filters) {
		try {
			return filters.after(CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)).build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build a search analyser", ex);
		}
	}

	@FunctionalInterface
	private interface Chain {

		CustomAnalyzer.Builder after(CustomAnalyzer.Builder tokenizer) throws IOException;

	}

}
