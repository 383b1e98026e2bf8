package ma.hcp.simimo.kernel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one table writer of the exports: a {@link Table} as CSV (UTF-8 with a byte-order
 * mark, so spreadsheet programs read accents and Arabic right, in the {@link CsvDialect}
 * of the table's locale) or as XLSX (one sheet per table, bold frozen header row, numbers
 * and dates as typed cells, Arabic sheets right to left), and either as a download
 * response.
 */
public final class TableExports {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	/** The formats a table exports to, by the value of the format parameter. */
	public static final List<String> FORMATS = List.of("csv", "xlsx");

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Rows the streaming workbook keeps in memory. */
	private static final int WINDOW = 200;

	/** The narrowest and widest column, in characters; a longer text wraps. */
	public static final int MIN_WIDTH = 8;

	public static final int MAX_WIDTH = 60;

	/** A row is never taller than this many lines (Excel's limit is 409 points). */
	private static final int MAX_ROW_LINES = 25;

	private TableExports() {
	}

	/** Writes the table as CSV; the stream is flushed, not closed. */
	public static void csv(Table table, OutputStream out) throws IOException {
		CsvDialect dialect = CsvDialect.of(table.locale());
		out.write(BYTE_ORDER_MARK);
		CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), dialect.format());
		printer.printRecord(table.headers());
		for (List<?> row : table.rows()) {
			printer.printRecord(row.stream().map(dialect::text).toList());
		}
		printer.flush();
	}

	/** Writes the tables as one workbook, a sheet each; the stream is not closed. */
	public static void xlsx(List<Table> tables, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			Styles styles = new Styles(workbook);
			for (Table table : tables) {
				SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
				sheet.setRightToLeft(table.rightToLeft());
				Row headerRow = sheet.createRow(0);
				for (int column = 0; column < table.headers().size(); column++) {
					Cell cell = headerRow.createCell(column);
					cell.setCellValue(table.headers().get(column));
					cell.setCellStyle(styles.header);
				}
				sheet.createFreezePane(0, 1);
				int[] widths = widths(table);
				for (int column = 0; column < widths.length; column++) {
					sheet.setColumnWidth(column, widths[column] * 256);
				}
				if (!table.headers().isEmpty()) {
					sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, table.headers().size() - 1));
				}
				int index = 1;
				for (List<?> values : table.rows()) {
					Row row = sheet.createRow(index++);
					int lines = 1;
					for (int column = 0; column < values.size(); column++) {
						Object value = values.get(column);
						boolean wrap = table.wrapText() || lines(value, widths[column]) > 1;
						write(row.createCell(column), value, wrap, styles);
						if (wrap) {
							lines = Math.max(lines, lines(value, widths[column]));
						}
					}
					if (lines > 1) {
						// Neither Excel nor LibreOffice grows a row to its wrapped text
						// in a
						// written file: without a height the lines overlap the next row.
						row.setHeightInPoints(Math.min(MAX_ROW_LINES, lines) * sheet.getDefaultRowHeightInPoints());
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	/**
	 * The table as a download in {@code format} (csv or xlsx), named after {@code name}.
	 */
	public static ResponseEntity<byte[]> download(Table table, String name, String format) {
		boolean excel = "xlsx".equals(format.toLowerCase(Locale.ROOT));
		String file = name + (excel ? ".xlsx" : ".csv");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (excel) {
				xlsx(List.of(table), bytes);
			}
			else {
				csv(table, bytes);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(excel ? XLSX : CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(bytes.toByteArray());
	}

	/**
	 * Each column's width in characters: its longest line, header included, with a margin
	 * for the filter button, between {@link #MIN_WIDTH} and {@link #MAX_WIDTH}.
	 */
	static int[] widths(Table table) {
		int[] widths = new int[table.headers().size()];
		for (int column = 0; column < widths.length; column++) {
			int longest = longestLine(table.headers().get(column)) + 3;
			for (List<?> row : table.rows()) {
				longest = Math.max(longest, longestLine(row.get(column)) + 1);
			}
			widths[column] = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest));
		}
		return widths;
	}

	/** How many lines a cell takes in a column of {@code width} characters. */
	static int lines(Object value, int width) {
		if (!(value instanceof CharSequence text)) {
			return 1;
		}
		int lines = 0;
		for (String line : text.toString().split("\n", -1)) {
			lines += Math.max(1, (line.length() + width - 2) / (width - 1));
		}
		return lines;
	}

	private static int longestLine(Object value) {
		if (value == null) {
			return 0;
		}
		if (value instanceof LocalDate) {
			return 10;
		}
		int longest = 0;
		for (String line : CsvDialect.COMMA.text(value).split("\n", -1)) {
			longest = Math.max(longest, line.length());
		}
		return longest;
	}

	private static void write(Cell cell, Object value, boolean wrapText, Styles styles) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			if (number instanceof BigDecimal decimal && decimal.scale() > 0) {
				cell.setCellStyle(styles.decimals(decimal.scale()));
			}
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
		}
		else {
			cell.setCellValue((value == null) ? "" : value.toString());
			if (wrapText) {
				cell.setCellStyle(styles.wrapped);
			}
		}
	}

	/**
	 * The cell styles of one workbook, made once each (a workbook holds at most 64,000).
	 */
	private static final class Styles {

		private final SXSSFWorkbook workbook;

		final CellStyle header;

		final CellStyle wrapped;

		final CellStyle date;

		private final Map<Integer, CellStyle> decimals = new HashMap<>();

		Styles(SXSSFWorkbook workbook) {
			this.workbook = workbook;
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.wrapped = workbook.createCellStyle();
			this.wrapped.setWrapText(true);
			this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		}

		/** A number shown with as many decimals as it was given (3.80 stays 3.80). */
		CellStyle decimals(int scale) {
			return this.decimals.computeIfAbsent(scale, (digits) -> {
				CellStyle style = this.workbook.createCellStyle();
				style.setDataFormat(this.workbook.createDataFormat().getFormat("0." + "0".repeat(digits)));
				return style;
			});
		}

	}

}
