package ma.hcp.simimo.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import ma.hcp.simimo.glossary.Glossary.Entry;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The glossary as CSV: one row per entry, each text column once per language ("Terme
 * (fr)", "Terme (ar)"), UTF-8 with a byte-order mark so spreadsheets read Arabic right.
 */
@Component
class GlossaryCsv implements GlossaryFormat {

	private final GlossaryCells cells;

	GlossaryCsv(MessageSource messages) {
		this.cells = new GlossaryCells(messages);
	}

	@Override
	public String name() {
		return "csv";
	}

	@Override
	public MediaType mediaType() {
		return MediaType.parseMediaType("text/csv;charset=UTF-8");
	}

	@Override
	public void write(Glossary glossary, Locale locale, OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		List<String> columns = GlossaryCells.columns(glossary.request());
		List<String> headers = new ArrayList<>();
		for (String column : columns) {
			if ("iri".equals(column)) {
				headers.add(this.cells.heading(column, locale));
				continue;
			}
			for (String language : glossary.languages()) {
				headers.add(this.cells.heading(column, locale) + " (" + language + ")");
			}
		}
		printer.printRecord(headers);
		for (Entry entry : glossary.entries()) {
			List<String> row = new ArrayList<>();
			for (String column : columns) {
				if ("iri".equals(column)) {
					row.add(entry.iri());
					continue;
				}
				for (String language : glossary.languages()) {
					row.add(this.cells.cell(entry, column, language));
				}
			}
			printer.printRecord(row);
		}
		printer.flush();
	}

}
