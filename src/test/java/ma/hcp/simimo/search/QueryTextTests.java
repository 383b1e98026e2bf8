package ma.hcp.simimo.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTests {

	@Test
	void keepsQuotedPhrasesApartFromFreeWords() {
		QueryText text = QueryText.parse("  MRE \"migrant de retour\" 2014 ");

		assertThat(text.phrases()).containsExactly("migrant de retour");
		assertThat(text.words()).isEqualTo("MRE 2014");
		assertThat(text.text()).isEqualTo("MRE \"migrant de retour\" 2014");
	}

	@Test
	void readsAnUnbalancedQuoteAsFreeWords() {
		QueryText text = QueryText.parse("\"a b\" \"c d");

		assertThat(text.phrases()).containsExactly("a b");
		assertThat(text.words()).isEqualTo("c d");
	}

	@Test
	void replacesControlAndFormatCharactersAndFoldsWhiteSpace() {
		QueryText text = QueryText.parse("a\u0000b\tc\u200Bd\n\ne");

		assertThat(text.text()).isEqualTo("a b c d e");
	}

	@Test
	void cutsLongTextAndSaysSo() {
		QueryText text = QueryText.parse("x".repeat(10_000));

		assertThat(text.shortened()).isTrue();
		assertThat(text.text()).hasSize(QueryText.MAX_LENGTH);
	}

	@Test
	void aLoneStarOrOperatorsGiveNoQueryAtAll() {
		assertThat(SearchQueries.text(QueryText.parse("*"))).isNull();
		assertThat(SearchQueries.text(QueryText.parse("( ) ~ ^ :"))).isNull();
		assertThat(SearchQueries.text(QueryText.parse("AND("))).isNotNull();
	}

}
