package ma.hcp.simimo.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class PluralsTests {

	private final Plurals plurals = new Plurals(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesFrenchSingularAndPluralWithoutParentheses() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.plurals.format("search.total", 0, "MRE")).isEqualTo("Aucun résultat pour « MRE »");
		assertThat(this.plurals.format("search.total", 1, "MRE")).isEqualTo("1 résultat pour « MRE »");
		assertThat(this.plurals.format("search.total", 2, "MRE")).isEqualTo("2 résultats pour « MRE »");
		assertThat(this.plurals.format("search.total.datasets", 23)).isEqualTo("23 jeux de données dans le catalogue");
	}

	@Test
	void writesEnglishSingularAndPlural() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.plurals.format("search.total.all", 1)).isEqualTo("1 resource in the catalogue");
		assertThat(this.plurals.format("search.total.all", 710)).isEqualTo("710 resources in the catalogue");
	}

	@Test
	void writesTheSixArabicFormsWithWesternDigits() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ar"));
		assertThat(this.plurals.format("search.total", 0, "x")).isEqualTo("لا توجد نتائج لـ «x»");
		assertThat(this.plurals.format("search.total", 1, "x")).isEqualTo("نتيجة واحدة لـ «x»");
		assertThat(this.plurals.format("search.total", 2, "x")).isEqualTo("نتيجتان لـ «x»");
		assertThat(this.plurals.format("search.total", 3, "x")).isEqualTo("3 نتائج لـ «x»");
		assertThat(this.plurals.format("search.total", 11, "x")).isEqualTo("11 نتيجة لـ «x»");
		assertThat(this.plurals.format("search.total", 100, "x")).isEqualTo("100 نتيجة لـ «x»");
		assertThat(this.plurals.format("search.total.all", 710)).isEqualTo("710 موارد في الفهرس");
		assertThat(this.plurals.format("search.total.all", 700)).isEqualTo("700 مورد في الفهرس");
	}

	@Test
	void countsAProducersDivergencesWithTheirPluralForms() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.plurals.format("producer.alignment.minor", 1)).isEqualTo("1 divergence mineure");
		assertThat(this.plurals.format("producer.alignment.major", 3)).isEqualTo("3 divergences majeures");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.plurals.format("producer.alignment.minor", 0)).isEqualTo("0 minor divergences");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ar"));
		assertThat(this.plurals.format("producer.alignment.major", 2)).isEqualTo("اختلافان كبيران");
		assertThat(this.plurals.format("producer.alignment.minor", 4)).isEqualTo("4 اختلافات طفيفة");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
