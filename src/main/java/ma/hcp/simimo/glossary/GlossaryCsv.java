package ma.hcp.simimo.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ma.hcp.simimo.glossary.Glossary.Entry;
import ma.hcp.simimo.kernel.Table;
import ma.hcp.simimo.kernel.TableExports;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The glossary as CSV: one row per entry, each text column once per language ("Terme
 * (fr)", "Terme (ar)"), written by the one table writer in the reader's CSV dialect.
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
		return TableExports.CSV;
	}

	@Override
	public void write(Glossary glossary, Locale locale, OutputStream out) throws IOException {
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
		List<List<String>> rows = new ArrayList<>();
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
			rows.add(row);
		}
		TableExports.csv(new Table(glossary.metadata().title(), locale, headers, rows), out);
	}

}
