package ma.hcp.simimo.kernel;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says an xsd:duration in words in the reader's language ("P6M" is "6 mois", "6 months",
 * "6 أشهر"). Called from templates as {@code @durations}.
 */
@Component("durations")
public class Durations {

	private final MessageSource messages;

	public Durations(MessageSource messages) {
		this.messages = messages;
	}

	public String describe(String xsdDuration, Locale locale) {
		try {
			if (xsdDuration.contains("T")) {
				long hours = Duration.parse(xsdDuration).toHours();
				return this.messages.getMessage("duration.hours", new Object[] { hours }, locale);
			}
			Period period = Period.parse(xsdDuration);
			List<String> parts = new ArrayList<>();
			add(parts, "duration.years", period.getYears(), locale);
			add(parts, "duration.months", period.getMonths(), locale);
			add(parts, "duration.days", period.getDays(), locale);
			return String.join(" ", parts);
		}
		catch (DateTimeParseException ex) {
			return xsdDuration;
		}
	}

	/**
	 * The length of an xsd:duration in days, months and years taken at their mean length
	 * (30.44 and 365.25 days), to place or compare durations; empty if it is not one.
	 */
	public static OptionalDouble days(String xsdDuration) {
		if (xsdDuration == null || xsdDuration.isEmpty()) {
			return OptionalDouble.empty();
		}
		try {
			if (xsdDuration.contains("T")) {
				return OptionalDouble.of(Duration.parse(xsdDuration).toMinutes() / 1440.0);
			}
			Period period = Period.parse(xsdDuration);
			return OptionalDouble.of(period.getYears() * 365.25 + period.getMonths() * 30.44 + period.getDays());
		}
		catch (DateTimeParseException ex) {
			return OptionalDouble.empty();
		}
	}

	private void add(List<String> parts, String key, int amount, Locale locale) {
		if (amount != 0) {
			parts.add(this.messages.getMessage(key, new Object[] { amount }, locale));
		}
	}

}
