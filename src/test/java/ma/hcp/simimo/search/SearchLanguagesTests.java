package ma.hcp.simimo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis chains: what a word becomes in the index and in a query. */
class SearchLanguagesTests {

	private static final String FRENCH = "L'Émigrés de retour, qu'ils soient MRE à l'étranger";

	private static final String ENGLISH = "The migrant's returning remittances, and Émigrés";

	private static final String ARABIC = "المهاجرين المغاربة في إسبانيا والمندوبيّة مُهاجِر";

	@Test
	void frenchFoldsAccentsRemovesElisionAndStopWordsAndStemsLightly() {
		assertThat(terms("fr", "émigré")).isEqualTo(terms("fr", "emigre"));
		assertThat(terms("fr", "Émigrés")).isEqualTo(terms("fr", "emigre"));
		assertThat(terms("fr", "l'immigration")).isEqualTo(terms("fr", "immigration"));
		assertThat(terms("fr", "migrants de retour")).isEqualTo(terms("fr", "migrant retour"));
	}

	@Test
	void englishStemsAndDropsStopWords() {
		assertThat(terms("en", "return migrants")).isEqualTo(terms("en", "returning migrant"));
		assertThat(terms("en", "the remittances")).isEqualTo(terms("en", "remittance"));
	}

	@Test
	void arabicNormalisesHamzaAlefAndTaaMarbutaAndStemsLightly() {
		assertThat(terms("ar", "المندوبية")).isEqualTo(terms("ar", "المندوبيه"));
		assertThat(terms("ar", "إسبانيا")).isEqualTo(terms("ar", "اسبانيا"));
		assertThat(terms("ar", "أحمد")).isEqualTo(terms("ar", "احمد"));
		assertThat(terms("ar", "المهاجرين")).isEqualTo(terms("ar", "مهاجرين"));
	}

	@Test
	void autocompleteIndexesEveryPrefixOfEveryWord() {
		List<String> prefixes = SearchQueries
			.tokens(SearchLanguages.suggestIndexAnalyzer("fr"), "suggest", "Émigré MRE")
			.stream()
			.map(SearchQueries.Token::term)
			.toList();

		assertThat(prefixes).contains("e", "em", "emigre", "m", "mr", "mre");
	}

	/*
	 * The tokens below (term, position increment, offsets) were taken from the
	 * hand-written analysers before the chains were declared with CustomAnalyzer: the
	 * index must analyse exactly as it did.
	 */

	@Test
	void frenchChainKeepsItsTokensPositionsAndOffsets() {
		assertThat(tokens(SearchLanguages.textAnalyzer("fr"), FRENCH)).containsExactly("emigr:1:0-9", "retou:2:13-19",
				"mre:3:35-38", "etrang:2:41-51");
		assertThat(tokens(SearchLanguages.wordsAnalyzer("fr"), FRENCH)).containsExactly("emigres:1:0-9", "de:1:10-12",
				"retour:1:13-19", "ils:1:21-27", "soient:1:28-34", "mre:1:35-38", "a:1:39-40", "etranger:1:41-51");
		assertThat(tokens(SearchLanguages.suggestQueryAnalyzer("fr"), FRENCH))
			.isEqualTo(tokens(SearchLanguages.wordsAnalyzer("fr"), FRENCH));
		assertThat(tokens(SearchLanguages.suggestIndexAnalyzer("fr"), "Émigré l'MRE")).containsExactly("e:1:0-6",
				"em:0:0-6", "emi:0:0-6", "emig:0:0-6", "emigr:0:0-6", "emigre:0:0-6", "m:1:7-12", "mr:0:7-12",
				"mre:0:7-12");
		assertThat(SearchLanguages.textAnalyzer("fr").normalize("label_fr", "L'Émigrés").utf8ToString())
			.isEqualTo("emigres");
	}

	@Test
	void englishChainKeepsItsTokensPositionsAndOffsets() {
		assertThat(tokens(SearchLanguages.textAnalyzer("en"), ENGLISH)).containsExactly("migrant:2:4-13",
				"return:1:14-23", "remitt:1:24-35", "emigr:2:41-48");
		assertThat(SearchLanguages.textAnalyzer("en").normalize("label_en", "Émigrés's").utf8ToString())
			.isEqualTo("emigres's");
	}

	@Test
	void arabicChainKeepsItsTokensPositionsAndOffsets() {
		assertThat(tokens(SearchLanguages.textAnalyzer("ar"), ARABIC)).containsExactly("مهاجر:1:0-9", "مغارب:1:10-18",
				"اسبانيا:2:22-29", "مندوب:1:30-41", "مهاجر:1:42-49");
		assertThat(tokens(SearchLanguages.wordsAnalyzer("ar"), ARABIC)).containsExactly("المهاجرين:1:0-9",
				"المغاربه:1:10-18", "في:1:19-21", "اسبانيا:1:22-29", "والمندوبيه:1:30-41", "مهاجر:1:42-49");
		assertThat(tokens(SearchLanguages.suggestQueryAnalyzer("ar"), ARABIC))
			.isEqualTo(tokens(SearchLanguages.wordsAnalyzer("ar"), ARABIC));
		assertThat(tokens(SearchLanguages.suggestIndexAnalyzer("ar"), "المهاجرين إسبانيا")).containsExactly("ا:1:0-9",
				"ال:0:0-9", "الم:0:0-9", "المه:0:0-9", "المها:0:0-9", "المهاج:0:0-9", "المهاجر:0:0-9", "المهاجري:0:0-9",
				"المهاجرين:0:0-9", "ا:1:10-17", "اس:0:10-17", "اسب:0:10-17", "اسبا:0:10-17", "اسبان:0:10-17",
				"اسباني:0:10-17", "اسبانيا:0:10-17");
		assertThat(SearchLanguages.textAnalyzer("ar").normalize("label_ar", "إسبانيا مُهاجِر").utf8ToString())
			.isEqualTo("اسبانيا مهاجر");
	}

	@Test
	void untaggedChainKeepsItsTokensPositionsAndOffsets() {
		assertThat(tokens(SearchLanguages.textAnalyzer("und"), "ISIC-Rev.4 l'Émigré 2019 CITP-08")).containsExactly(
				"isic:1:0-4", "rev:1:5-8", "4:1:9-10", "emigre:1:11-19", "2019:1:20-24", "citp:1:25-29", "08:1:30-32");
	}

	/** Each token as term:positionIncrement:start-end. */
	private static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("label", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + ":" + increment.getPositionIncrement() + ":" + offsets.startOffset() + "-"
						+ offsets.endOffset());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static List<String> terms(String language, String text) {
		Analyzer analyzer = SearchLanguages.textAnalyzer(language);
		return SearchQueries.tokens(analyzer, "label_" + language, text)
			.stream()
			.map(SearchQueries.Token::term)
			.toList();
	}

}
