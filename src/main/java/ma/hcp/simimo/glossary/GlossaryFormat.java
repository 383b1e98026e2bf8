package ma.hcp.simimo.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.springframework.http.MediaType;

/**
 * One output of a glossary (html, pdf, docx, xlsx, csv, ttl). Each is a bean; the export
 * controller picks the one named by the format parameter, so every output is written from
 * the same {@link Glossary}.
 */
public interface GlossaryFormat {

	/** The value of the format parameter: "pdf", "xlsx"… */
	String name();

	MediaType mediaType();

	/** The file extension, without the dot. */
	default String extension() {
		return name();
	}

	/** True when the browser should show the output rather than download it. */
	default boolean inline() {
		return false;
	}

	/**
	 * Writes the glossary; {@code locale} is the reader's language, for the words around
	 * the entries (headings, column names).
	 */
	void write(Glossary glossary, Locale locale, OutputStream out) throws IOException;

}
