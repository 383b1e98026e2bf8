package ma.hcp.simimo.glossary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import ma.hcp.simimo.kernel.LanguagePolicy;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The glossary as PDF: the printable page laid out by openhtmltopdf, with DejaVu Sans
 * embedded for its Arabic glyphs and ICU shaping the Arabic letters and ordering
 * right-to-left text (docs/glossary.md).
 */
@Component
class GlossaryPdf implements GlossaryFormat {

	static final String FONT = "DejaVu Sans";

	/**
	 * Characters XML 1.0 forbids, which an RDF literal may hold and Thymeleaf does not
	 * escape: openhtmltopdf parses the page as XML and would fail on them.
	 */
	private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

	private final GlossaryHtml html;

	private final byte[] regular;

	private final byte[] bold;

	GlossaryPdf(GlossaryHtml html) {
		// openhtmltopdf's logger is global; without this it prints to the console itself.
		XRLog.setLoggerImpl(new PdfRendererLog());
		this.html = html;
		this.regular = font("fonts/DejaVuSans.ttf");
		this.bold = font("fonts/DejaVuSans-Bold.ttf");
	}

	@Override
	public String name() {
		return "pdf";
	}

	@Override
	public MediaType mediaType() {
		return MediaType.APPLICATION_PDF;
	}

	@Override
	public void write(Glossary glossary, Locale locale, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.defaultTextDirection(
				LanguagePolicy.isRightToLeft(locale.getLanguage()) ? TextDirection.RTL : TextDirection.LTR);
		builder.useFont(() -> new ByteArrayInputStream(this.regular), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(this.bold), FONT, 700, FontStyle.NORMAL, true);
		// The page links nothing it needs; refusing every fetch keeps a label from making
		// the server load a URL.
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withHtmlContent(NOT_XML.matcher(this.html.render(glossary, locale, true)).replaceAll(""), null);
		builder.toStream(out);
		builder.run();
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF font " + path + " is missing from the classpath", ex);
		}
	}

}
