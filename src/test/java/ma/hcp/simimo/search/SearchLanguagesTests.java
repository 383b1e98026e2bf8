package ma.hcp.simimo.search;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis chains: what a word becomes in the index and in a query. */
class SearchLanguagesTests {

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

	private static List<String> terms(String language, String text) {
		Analyzer analyzer = SearchLanguages.textAnalyzer(language);
		return SearchQueries.tokens(analyzer, "label_" + language, text)
			.stream()
			.map(SearchQueries.Token::term)
			.toList();
	}

}
