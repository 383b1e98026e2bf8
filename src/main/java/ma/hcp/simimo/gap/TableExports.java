package ma.hcp.simimo.gap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a {@link Table} as CSV (UTF-8 with a byte-order mark, so spreadsheet programs
 * read accents and Arabic right, RFC 4180 quoting) or XLSX (one sheet, bold header row,
 * frozen), and wraps either in a download response.
 */
public final class TableExports {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	/** The formats a table exports to, by the value of the format parameter. */
	public static final List<String> FORMATS = List.of("csv", "xlsx");

	private TableExports() {
	}

	public static byte[] csv(Table table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
				CSVFormat.RFC4180)) {
			bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			printer.printRecord(table.headers());
			for (List<String> row : table.rows()) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static byte[] xlsx(Table table) {
		// The streaming workbook keeps only a window of rows in memory.
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
				ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			Row headerRow = sheet.createRow(0);
			for (int column = 0; column < table.headers().size(); column++) {
				Cell cell = headerRow.createCell(column);
				cell.setCellValue(table.headers().get(column));
				cell.setCellStyle(header);
			}
			sheet.createFreezePane(0, 1);
			int index = 1;
			for (List<String> values : table.rows()) {
				Row row = sheet.createRow(index++);
				for (int column = 0; column < values.size(); column++) {
					row.createCell(column).setCellValue(values.get(column));
				}
			}
			workbook.write(bytes);
			workbook.dispose();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The table as a download in {@code format} (csv or xlsx), named after {@code name}.
	 */
	public static ResponseEntity<byte[]> download(Table table, String name, String format) {
		boolean excel = "xlsx".equals(format.toLowerCase(Locale.ROOT));
		String file = name + (excel ? ".xlsx" : ".csv");
		return ResponseEntity.ok()
			.contentType(excel ? XLSX : CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(excel ? xlsx(table) : csv(table));
	}

}
