package ma.hcp.simimo.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read back, in either {@link CsvDialect}: the separator is told from the
 * header line, and a leading byte-order mark is skipped, so a file written by the
 * exports, or saved by a spreadsheet in a French or an English locale, reads the same.
 *
 * @param dialect the dialect the file is written in, which reads its numbers
 * @param headers the header line's cells
 * @param rows the other lines' cells
 */
public record CsvTable(CsvDialect dialect, List<String> headers, List<List<String>> rows) {

	/** Reads a UTF-8 CSV file to its end; the stream is not closed. */
	public static CsvTable read(InputStream in) throws IOException {
		String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CsvDialect dialect = CsvDialect.detect(text.lines().findFirst().orElse(""));
		List<List<String>> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), dialect.format())) {
			for (CSVRecord record : parser) {
				records.add(record.toList());
			}
		}
		if (records.isEmpty()) {
			return new CsvTable(dialect, List.of(), List.of());
		}
		return new CsvTable(dialect, records.get(0), List.copyOf(records.subList(1, records.size())));
	}

	/**
	 * The cell at {@code row} and {@code column} read as a number in the file's dialect.
	 */
	public BigDecimal decimal(int row, int column) {
		return this.dialect.decimal(this.rows.get(row).get(column));
	}

}
