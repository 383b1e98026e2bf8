package ma.hcp.simimo.kernel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;

/**
 * The two CSV dialects the exports write and the imports read: the field separator and
 * the decimal mark go together, as a spreadsheet program expects them in the reader's
 * locale. Quoting is RFC 4180 in both.
 */
public enum CsvDialect {

	/**
	 * French: ";" between fields and a decimal comma, as Excel in a French locale reads.
	 */
	SEMICOLON(';', ','),

	/**
	 * English and Arabic: "," between fields and a decimal point. The Arabic interface
	 * names no region, and Excel under the Arabic locales of the Middle East (ar-SA,
	 * ar-EG) uses the decimal point and "," as list separator; it is also what any
	 * program reads by default (RFC 4180). A reader whose Excel is set to French picks
	 * the French interface.
	 */
	COMMA(',', '.');

	private final char separator;

	private final char decimalMark;

	CsvDialect(char separator, char decimalMark) {
		this.separator = separator;
		this.decimalMark = decimalMark;
	}

	/** The dialect of a reader's locale. */
	public static CsvDialect of(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? SEMICOLON : COMMA;
	}

	/**
	 * The dialect of a CSV file, told from its header line: the separator that occurs
	 * more often outside quotes (a header holds no numbers, so its commas are
	 * separators).
	 */
	public static CsvDialect detect(String headerLine) {
		int semicolons = 0;
		int commas = 0;
		boolean quoted = false;
		for (char c : headerLine.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
		}
		return (semicolons > commas) ? SEMICOLON : COMMA;
	}

	public char separator() {
		return this.separator;
	}

	CSVFormat format() {
		return CSVFormat.RFC4180.builder().setDelimiter(this.separator).get();
	}

	/** A cell as text: numbers with this dialect's decimal mark, dates in ISO 8601. */
	public String text(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof Number number) {
			return decimal(number).toPlainString().replace('.', this.decimalMark);
		}
		if (cell instanceof LocalDate date) {
			return date.toString();
		}
		return cell.toString();
	}

	/** A number written in this dialect ("3,5" or "3.5"). */
	public BigDecimal decimal(String text) {
		String plain = text.strip();
		if (this.decimalMark == ',') {
			plain = plain.replace(',', '.');
		}
		return new BigDecimal(plain);
	}

	private static BigDecimal decimal(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (number instanceof Double || number instanceof Float) {
			// The shortest decimal that reads back as the same double: 51.8, not
			// 51.799....
			return BigDecimal.valueOf(number.doubleValue());
		}
		return BigDecimal.valueOf(number.longValue());
	}

}
