package ma.hcp.simimo.kernel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one reckoning of xsd:duration values: parsed by the JDK's XML Schema datatypes
 * (years, months, days, hours, minutes, fractional seconds, a leading minus sign), said
 * in words in the reader's language ("P1DT12H" is "1 jour 12 heures", "1 day 12 hours"),
 * and measured in days to place or compare them. Called from templates as
 * {@code @durations}.
 */
@Component("durations")
public class Durations {

	/**
	 * Mean lengths in days, so that months and years compare with days and hours; a month
	 * is a twelfth of a year, so P12M and P1Y are the same length.
	 */
	private static final double DAYS_PER_YEAR = 365.25;

	private static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

	private static final DatatypeFactory FACTORY = factory();

	private static final List<Field> FIELDS = List.of(new Field(DatatypeConstants.YEARS, "duration.years"),
			new Field(DatatypeConstants.MONTHS, "duration.months"), new Field(DatatypeConstants.DAYS, "duration.days"),
			new Field(DatatypeConstants.HOURS, "duration.hours"),
			new Field(DatatypeConstants.MINUTES, "duration.minutes"),
			new Field(DatatypeConstants.SECONDS, "duration.seconds"));

	private final MessageSource messages;

	public Durations(MessageSource messages) {
		this.messages = messages;
	}

	/** Whether the text is an xsd:duration lexical form. */
	public static boolean isDuration(String text) {
		return parse(text).isPresent();
	}

	/**
	 * The duration in words ("6 mois", "1 day 12 hours", "minus 1 month"), or the text as
	 * it is when it is not an xsd:duration.
	 */
	public String describe(String xsdDuration, Locale locale) {
		Optional<Duration> parsed = parse(xsdDuration);
		if (parsed.isEmpty()) {
			return xsdDuration;
		}
		Duration duration = parsed.get();
		List<String> parts = new ArrayList<>();
		Field last = null;
		for (Field field : FIELDS) {
			Number amount = duration.getField(field.field());
			if (amount != null) {
				last = field;
				if (new BigDecimal(amount.toString()).signum() != 0) {
					parts.add(this.messages.getMessage(field.key(), new Object[] { amount }, locale));
				}
			}
		}
		if (parts.isEmpty()) {
			// A zero duration (P0D, PT0S) is said in its own unit.
			parts.add(this.messages.getMessage(last.key(), new Object[] { 0 }, locale));
		}
		String words = String.join(" ", parts);
		return (duration.getSign() < 0) ? this.messages.getMessage("duration.negative", new Object[] { words }, locale)
				: words;
	}

	/**
	 * The duration in words followed by its code ("6 mois (P6M)"), or the text as it is
	 * when it is not an xsd:duration.
	 */
	public String describeWithCode(String xsdDuration, Locale locale) {
		return isDuration(xsdDuration) ? describe(xsdDuration, locale) + " (" + xsdDuration + ")" : xsdDuration;
	}

	/**
	 * The length of an xsd:duration in days, months and years taken at their mean length
	 * (30.4375 and 365.25 days), negative for a negative duration, to place or compare
	 * durations; empty if it is not one.
	 */
	public static OptionalDouble days(String xsdDuration) {
		return parse(xsdDuration).map((duration) -> {
			double days = amount(duration, DatatypeConstants.YEARS) * DAYS_PER_YEAR
					+ amount(duration, DatatypeConstants.MONTHS) * DAYS_PER_MONTH
					+ amount(duration, DatatypeConstants.DAYS) + amount(duration, DatatypeConstants.HOURS) / 24
					+ amount(duration, DatatypeConstants.MINUTES) / 1440
					+ amount(duration, DatatypeConstants.SECONDS) / 86400;
			return OptionalDouble.of(duration.getSign() * days);
		}).orElse(OptionalDouble.empty());
	}

	/**
	 * The units a contributor types a duration in, instead of an xsd:duration code. A
	 * week is written as seven days: xsd:duration has no weeks.
	 */
	public enum Unit {

		DAYS, WEEKS, MONTHS, YEARS;

		/** The unit's name in forms ({@code days}, {@code weeks}…). */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The unit named {@code code} in a form, if it is one. */
		public static Optional<Unit> ofCode(String code) {
			for (Unit unit : values()) {
				if (unit.code().equals(code)) {
					return Optional.of(unit);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * A duration as one whole number of one unit, as a form shows it.
	 *
	 * @param number the number of units, at least 1
	 * @param unit the unit
	 */
	public record Amount(long number, Unit unit) {
	}

	/**
	 * The xsd:duration of {@code number} {@code unit}s: P6M, P1Y, P3D, and P28D for four
	 * weeks.
	 * @throws IllegalArgumentException when the number is not positive
	 */
	public static String toXsd(long number, Unit unit) {
		if (number < 1) {
			throw new IllegalArgumentException("A duration is at least 1 " + unit.code() + ": " + number);
		}
		return switch (unit) {
			case DAYS -> "P" + number + "D";
			case WEEKS -> "P" + Math.multiplyExact(number, 7) + "D";
			case MONTHS -> "P" + number + "M";
			case YEARS -> "P" + number + "Y";
		};
	}

	/**
	 * The xsd:duration as one number of one unit, to fill a form: days (P28D is 28 days,
	 * the unit it is written in), months, or years when the months make whole years (P1Y
	 * and P12M are 1 year, P18M and P1Y6M 18 months). Empty when it is not a positive
	 * duration of whole days, or of whole months and years, such as PT24H, P1M15D or
	 * -P1M: those cannot be typed as a number and a unit.
	 */
	public static Optional<Amount> toAmount(String xsdDuration) {
		return parse(xsdDuration).flatMap(Durations::amount);
	}

	private static Optional<Amount> amount(Duration duration) {
		try {
			if (duration.getSign() <= 0 || hasTime(duration)) {
				return Optional.empty();
			}
			long months = whole(duration, DatatypeConstants.YEARS) * 12 + whole(duration, DatatypeConstants.MONTHS);
			long days = whole(duration, DatatypeConstants.DAYS);
			if (months > 0 && days > 0) {
				return Optional.empty();
			}
			if (days > 0) {
				return Optional.of(new Amount(days, Unit.DAYS));
			}
			return Optional
				.of((months % 12 == 0) ? new Amount(months / 12, Unit.YEARS) : new Amount(months, Unit.MONTHS));
		}
		catch (ArithmeticException ex) {
			// More units than a long holds, or a fraction: not a number a form can show.
			return Optional.empty();
		}
	}

	private static boolean hasTime(Duration duration) {
		return List.of(DatatypeConstants.HOURS, DatatypeConstants.MINUTES, DatatypeConstants.SECONDS)
			.stream()
			.map(duration::getField)
			.anyMatch((amount) -> amount != null && new BigDecimal(amount.toString()).signum() != 0);
	}

	private static long whole(Duration duration, DatatypeConstants.Field field) {
		Number amount = duration.getField(field);
		return (amount == null) ? 0 : new BigDecimal(amount.toString()).longValueExact();
	}

	private static Optional<Duration> parse(String text) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(FACTORY.newDuration(text));
		}
		// The JDK's factory throws IllegalArgumentException for a lexical form that is
		// not
		// an xsd:duration, and UnsupportedOperationException for one whose values its
		// implementation cannot hold: either way it is not a duration we can reckon with.
		catch (IllegalArgumentException | UnsupportedOperationException ex) {
			return Optional.empty();
		}
	}

	private static double amount(Duration duration, DatatypeConstants.Field field) {
		Number amount = duration.getField(field);
		return (amount == null) ? 0 : amount.doubleValue();
	}

	private static DatatypeFactory factory() {
		try {
			return DatatypeFactory.newInstance();
		}
		catch (DatatypeConfigurationException ex) {
			throw new IllegalStateException("The JDK has no XML Schema datatype factory", ex);
		}
	}

	private record Field(DatatypeConstants.Field field, String key) {
	}

}
