package ma.hcp.simimo.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ma.hcp.simimo.kernel.Table;
import ma.hcp.simimo.kernel.TableExports;

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
		return TableExports.XLSX;
	}

	@Override
	public void write(Glossary glossary, Locale locale, OutputStream out) throws IOException {
		List<String> columns = GlossaryCells.columns(glossary.request());
		List<Table> sheets = new ArrayList<>();
		for (String language : glossary.languages()) {
			Locale sheetLocale = Locale.forLanguageTag(language);
			List<String> headers = columns.stream().map((column) -> this.cells.heading(column, sheetLocale)).toList();
			List<List<String>> rows = glossary.entries()
				.stream()
				.map((entry) -> columns.stream().map((column) -> this.cells.cell(entry, column, language)).toList())
				.toList();
			sheets.add(new Table(this.messages.getMessage("glossary.language." + language, null, language, sheetLocale),
					sheetLocale, headers, rows, true));
		}
		TableExports.xlsx(sheets, out);
	}

}
