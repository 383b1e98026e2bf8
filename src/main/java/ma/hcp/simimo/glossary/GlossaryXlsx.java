package ma.hcp.simimo.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import ma.hcp.simimo.glossary.Glossary.Entry;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The glossary as an XLSX workbook with one sheet per language, named after it; the
 * Arabic sheet reads right to left. Streamed, so a long glossary keeps only a window of
 * rows in memory.
 */
@Component
class GlossaryXlsx implements GlossaryFormat {

	private final GlossaryCells cells;

	private final MessageSource messages;

	GlossaryXlsx(MessageSource messages) {
		this.cells = new GlossaryCells(messages);
		this.messages = messages;
	}

	@Override
	public String name() {
		return "xlsx";
	}

	@Override
	public MediaType mediaType() {
		return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Override
	public void write(Glossary glossary, Locale locale, OutputStream out) throws IOException {
		List<String> columns = GlossaryCells.columns(glossary.request());
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			for (String language : glossary.languages()) {
				Locale sheetLocale = Locale.forLanguageTag(language);
				SXSSFSheet sheet = workbook.createSheet(
						this.messages.getMessage("glossary.language." + language, null, language, sheetLocale));
				sheet.setRightToLeft("ar".equals(language));
				Row headerRow = sheet.createRow(0);
				for (int column = 0; column < columns.size(); column++) {
					Cell cell = headerRow.createCell(column);
					cell.setCellValue(this.cells.heading(columns.get(column), sheetLocale));
					cell.setCellStyle(header);
				}
				sheet.createFreezePane(0, 1);
				int index = 1;
				for (Entry entry : glossary.entries()) {
					Row row = sheet.createRow(index++);
					for (int column = 0; column < columns.size(); column++) {
						Cell cell = row.createCell(column);
						cell.setCellValue(this.cells.cell(entry, columns.get(column), language));
						cell.setCellStyle(wrapped);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

}
