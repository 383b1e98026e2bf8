package ma.hcp.simimo.kernel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The one table writer and its reader: the CSV dialect follows the reader's locale, the
 * reader takes either back, and XLSX cells keep their types.
 */
class TableExportsTests {

	private static final List<String> HEADERS = List.of("Producteur, office", "Score", "Concepts", "Échéance");

	private static final List<List<Object>> ROWS = List.of(
			List.of("Haut-Commissariat au Plan", new BigDecimal("51.80"), 12, LocalDate.of(2027, 6, 30)),
			List.of("Office; « des changes »", 0.5, 3, "non renseigné"));

	@Test
	void writesAFrenchCsvWithSemicolonsAndADecimalComma() throws IOException {
		String csv = csv(Locale.FRENCH);

		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv.lines().toList()).containsExactly("\uFEFFProducteur, office;Score;Concepts;Échéance",
				"Haut-Commissariat au Plan;51,80;12;2027-06-30", "\"Office; « des changes »\";0,5;3;non renseigné");
	}

	@Test
	void writesAnEnglishOrArabicCsvWithCommasAndADecimalPoint() throws IOException {
		String csv = csv(Locale.ENGLISH);

		assertThat(csv.lines().toList()).containsExactly("\uFEFF\"Producteur, office\",Score,Concepts,Échéance",
				"Haut-Commissariat au Plan,51.80,12,2027-06-30", "Office; « des changes »,0.5,3,non renseigné");
		assertThat(csv(Locale.forLanguageTag("ar"))).isEqualTo(csv);
	}

	@Test
	void readsBothDialectsBackToTheSameRows() throws IOException {
		CsvTable french = CsvTable.read(new ByteArrayInputStream(csv(Locale.FRENCH).getBytes(StandardCharsets.UTF_8)));
		CsvTable english = CsvTable
			.read(new ByteArrayInputStream(csv(Locale.ENGLISH).getBytes(StandardCharsets.UTF_8)));

		assertThat(french.dialect()).isEqualTo(CsvDialect.SEMICOLON);
		assertThat(english.dialect()).isEqualTo(CsvDialect.COMMA);
		for (CsvTable table : List.of(french, english)) {
			assertThat(table.headers()).isEqualTo(HEADERS);
			assertThat(table.rows()).hasSize(2);
			assertThat(table.rows().get(0).get(0)).isEqualTo("Haut-Commissariat au Plan");
			assertThat(table.decimal(0, 1)).isEqualTo(new BigDecimal("51.80"));
			assertThat(table.decimal(1, 1)).isEqualTo(new BigDecimal("0.5"));
			assertThat(table.decimal(0, 2)).isEqualTo(new BigDecimal("12"));
			assertThat(LocalDate.parse(table.rows().get(0).get(3))).isEqualTo(LocalDate.of(2027, 6, 30));
			assertThat(table.rows().get(1).get(0)).isEqualTo("Office; « des changes »");
			assertThat(table.rows().get(1).get(3)).isEqualTo("non renseigné");
		}
	}

	@Test
	void detectsTheSeparatorFromTheHeaderLineOutsideQuotes() {
		assertThat(CsvDialect.detect("Code;Libellé;Valeur")).isEqualTo(CsvDialect.SEMICOLON);
		assertThat(CsvDialect.detect("Code,Label,Value")).isEqualTo(CsvDialect.COMMA);
		assertThat(CsvDialect.detect("\"Code; or id\",Label,Value")).isEqualTo(CsvDialect.COMMA);
		assertThat(CsvDialect.detect("Code")).isEqualTo(CsvDialect.COMMA);
	}

	@Test
	void writesNumbersAsNumericCellsAndDatesAsDateFormattedNumericCells() throws IOException {
		try (XSSFWorkbook workbook = xlsx(new Table("Scores", Locale.FRENCH, HEADERS, ROWS))) {
			Row row = workbook.getSheetAt(0).getRow(1);
			Cell score = row.getCell(1);
			Cell concepts = row.getCell(2);
			Cell deadline = row.getCell(3);

			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Scores");
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(score.getNumericCellValue()).isEqualTo(51.8);
			assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(concepts.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(concepts.getNumericCellValue()).isEqualTo(12);
			assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
			assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 6, 30));
			assertThat(workbook.getSheetAt(0).getRow(2).getCell(3).getStringCellValue()).isEqualTo("non renseigné");
		}
	}

	@Test
	void writesOneSheetPerTableWithTheArabicSheetRightToLeftAndBoldFrozenHeaders() throws IOException {
		List<List<String>> rows = List.of(List.of("السكان القانونيون"));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		TableExports
			.xlsx(List.of(new Table("Français", Locale.FRENCH, List.of("Terme"), List.of(List.of("Population"))),
					new Table("العربية", Locale.forLanguageTag("ar"), List.of("المصطلح"), rows, true)), bytes);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			assertThat(workbook.getSheetAt(0).isRightToLeft()).isFalse();
			assertThat(workbook.getSheetAt(1).isRightToLeft()).isTrue();
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getCellStyle().getWrapText()).isTrue();
			assertThat(workbook.getSheetAt(0).getPaneInformation().isFreezePane()).isTrue();
			assertThat(workbook.getFontAt(workbook.getSheetAt(0).getRow(0).getCell(0).getCellStyle().getFontIndex())
				.getBold()).isTrue();
		}
	}

	@Test
	void sizesEachColumnToItsLongestTextWithinBoundsAndFiltersTheHeaderRow() throws IOException {
		String longText = "mot ".repeat(50).strip();
		List<List<Object>> rows = List.of(List.of("Court", longText, 3.5), List.of("Un peu plus long", "x", 12));
		try (XSSFWorkbook workbook = xlsx(new Table("t", Locale.FRENCH, List.of("A", "Texte", "Nombre"), rows))) {
			var sheet = workbook.getSheetAt(0);

			assertThat(sheet.getColumnWidth(0)).isEqualTo(("Un peu plus long".length() + 1) * 256);
			assertThat(sheet.getColumnWidth(1)).isEqualTo(TableExports.MAX_WIDTH * 256);
			// The header and its filter button set the width of a column of short
			// numbers.
			assertThat(sheet.getColumnWidth(2)).isEqualTo(("Nombre".length() + 3) * 256);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
			// The long text wraps, and its row is tall enough for its four lines.
			assertThat(sheet.getRow(1).getCell(1).getCellStyle().getWrapText()).isTrue();
			assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(4 * sheet.getDefaultRowHeightInPoints());
			assertThat(sheet.getRow(2).getCell(1).getCellStyle().getWrapText()).isFalse();
		}
	}

	@Test
	void refusesACellThatIsNeitherTextNorNumberNorDate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Table("t", Locale.FRENCH, List.of("a"), List.of(List.of(new Object()))))
			.withMessageContaining("text, a number or a date");
	}

	private static String csv(Locale locale) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		TableExports.csv(new Table("Scores", locale, HEADERS, ROWS), bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static XSSFWorkbook xlsx(Table table) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		TableExports.xlsx(List.of(table), bytes);
		return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
	}

}
