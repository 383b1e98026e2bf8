package ma.hcp.simimo.kernel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says an xsd:date, xsd:gYearMonth, xsd:gYear or xsd:dateTime lexical form as a reader
 * writes it: "1 août 2018", "August 2018", "1 غشت 2018". Arabic takes Morocco's month
 * names (ar-MA: ماي، يوليوز، غشت…), and every language Western digits, as Moroccan usage
 * has them (java.time's standard decimal style). A text that is none of these forms is
 * returned as it is. A range ("d'août 2018 à janvier 2019", "August 2018 to January
 * 2019", "من غشت 2018 إلى يناير 2019") takes its words from the {@code dates.range.*}
 * messages, chosen by the start's precision, since French says "du 1er … au …" of days
 * and "de … à …", or "d'" before a vowel, of months and years. Called from templates as
 * {@code @dates}.
 */
@Component("dates")
public class Dates {

	private static final Map<Long, String> FRENCH_DAYS = frenchDays();

	private static Map<Long, String> frenchDays() {
		Map<Long, String> days = new HashMap<>();
		for (long day = 1; day <= 31; day++) {
			days.put(day, (day == 1) ? "1er" : Long.toString(day));
		}
		return days;
	}

	/** French month names that start with a vowel, after which "de" is elided to "d'". */
	private static final String ELIDING = "aàâeéèêiîoôuh";

	private final MessageSource messages;

	public Dates(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A temporal coverage in words: both ends said as {@link #describe} says them, joined
	 * by the reader's words for a range; a single date when both ends are the same,
	 * "since" the start when the end is missing, and "" without a start.
	 */
	public String range(String start, String end, Locale locale) {
		if (start == null || start.isBlank()) {
			return "";
		}
		String from = describe(start, locale);
		if (end == null || end.isBlank()) {
			return this.messages.getMessage(isDay(start) ? "dates.since.day" : "dates.since", new Object[] { from },
					locale);
		}
		if (start.strip().equals(end.strip())) {
			return from;
		}
		String to = describe(end, locale);
		String key = isDay(start) ? "dates.range.days"
				: (ELIDING.indexOf(Character.toLowerCase(from.charAt(0))) >= 0) ? "dates.range.elided" : "dates.range";
		return this.messages.getMessage(key, new Object[] { from, to }, locale);
	}

	private static boolean isDay(String lexical) {
		return lexical.strip().matches("\\d{4}-\\d{2}-\\d{2}.*");
	}

	/** The date in words, or the text as it is when it is not a date. */
	public String describe(String lexical, Locale locale) {
		if (lexical == null || lexical.isBlank()) {
			return "";
		}
		String text = lexical.strip();
		Locale language = LanguagePolicy.ARABIC.equals(locale.getLanguage()) ? Locale.forLanguageTag("ar-MA") : locale;
		try {
			if (text.matches("\\d{4}")) {
				return text;
			}
			if (text.matches("\\d{4}-\\d{2}")) {
				return DateTimeFormatter.ofPattern("LLLL y", language).format(YearMonth.parse(text));
			}
			// French writes the first of the month as an ordinal: "1er août 2018".
			DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM y", language);
			if (LanguagePolicy.FRENCH.equals(locale.getLanguage())) {
				day = new DateTimeFormatterBuilder().appendText(ChronoField.DAY_OF_MONTH, FRENCH_DAYS)
					.appendPattern(" MMMM y")
					.toFormatter(language);
			}
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return day.format(LocalDate.parse(text));
			}
			if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:\\d{2})")) {
				return day.format(OffsetDateTime.parse(text).toLocalDate());
			}
			if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
				return day.format(LocalDate.parse(text.substring(0, 10)));
			}
		}
		catch (DateTimeParseException ex) {
			// Not a valid date after all (2018-13): shown as written.
		}
		return text;
	}

}
