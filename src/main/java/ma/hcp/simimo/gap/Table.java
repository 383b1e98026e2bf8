package ma.hcp.simimo.gap;

import java.util.List;

/**
 * A table ready to export: a title (the sheet name), column headers and rows of text, all
 * in the reader's language.
 *
 * @param title what the table is, used as the sheet name and in file names
 * @param headers the column headers
 * @param rows the rows, each as long as the headers
 */
public record Table(String title, List<String> headers, List<List<String>> rows) {

	public Table {
		for (List<String> row : rows) {
			if (row.size() != headers.size()) {
				throw new IllegalArgumentException(
						"Row of " + row.size() + " cells in a table of " + headers.size() + " columns: " + row);
			}
		}
	}

}
