package ma.hcp.simimo.web;

import java.util.Locale;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats the messages that count something with ICU's MessageFormat, whose {@code {0,
 * plural, …}} knows each language's plural forms (French two, Arabic six: zero, one, two,
 * few, many, other), where Java's MessageFormat has only number ranges. Digits are
 * Western in every language, as Moroccan usage has them. Templates call it as
 * {@code @plurals.format('search.total', count, query)}; such a message is written in
 * ICU's syntax and is read by nothing else.
 */
@Component("plurals")
public class Plurals {

	private final MessageSource messages;

	Plurals(MessageSource messages) {
		this.messages = messages;
	}

	public String format(String code, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		// No arguments: Spring hands the pattern over as written, for ICU to parse.
		String pattern = this.messages.getMessage(code, null, locale);
		ULocale language = ULocale.forLocale(locale).setKeywordValue("numbers", "latn");
		return new MessageFormat(pattern, language).format(arguments);
	}

}
