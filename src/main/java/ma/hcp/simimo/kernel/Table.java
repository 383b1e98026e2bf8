package ma.hcp.simimo.kernel;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A table ready to export, in the reader's language: a title (the sheet name), column
 * headers and rows whose cells are text, numbers ({@link Number}) or dates
 * ({@link LocalDate}), so a spreadsheet receives numbers as numbers and dates as dates.
 *
 * @param title what the table is, used as the sheet name
 * @param locale the language of the table: it chooses the CSV dialect, and an Arabic
 * sheet reads right to left
 * @param headers the column headers
 * @param rows the rows, each as long as the headers; a null cell is empty
 * @param wrapText whether text cells wrap in a spreadsheet (long definitions)
 */
public record Table(String title, Locale locale, List<String> headers, List<? extends List<?>> rows, boolean wrapText) {

	public Table {
		for (List<?> row : rows) {
			if (row.size() != headers.size()) {
				throw new IllegalArgumentException(
						"Row of " + row.size() + " cells in a table of " + headers.size() + " columns: " + row);
			}
			for (Object cell : row) {
				if (cell != null
						&& !(cell instanceof CharSequence || cell instanceof Number || cell instanceof LocalDate)) {
					throw new IllegalArgumentException("A table cell is text, a number or a date, not " + cell);
				}
			}
		}
	}

	public Table(String title, Locale locale, List<String> headers, List<? extends List<?>> rows) {
		this(title, locale, headers, rows, false);
	}

	/** Whether the table reads right to left. */
	public boolean rightToLeft() {
		return LanguagePolicy.isRightToLeft(this.locale.getLanguage());
	}

}
