package ma.hcp.simimo.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The glossary as a standalone printable page (templates/glossary/print.html): A4 print
 * styles, languages side by side or one after another, and every text marked with its
 * language and direction. The PDF is laid out from the same page.
 */
@Component
class GlossaryHtml implements GlossaryFormat {

	private final ITemplateEngine templates;

	private final GlossaryPrint print;

	GlossaryHtml(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.print = new GlossaryPrint(messages);
	}

	@Override
	public String name() {
		return "html";
	}

	@Override
	public MediaType mediaType() {
		return MediaType.parseMediaType("text/html;charset=UTF-8");
	}

	@Override
	public boolean inline() {
		return true;
	}

	@Override
	public void write(Glossary glossary, Locale locale, OutputStream out) throws IOException {
		out.write(render(glossary, locale).getBytes(StandardCharsets.UTF_8));
	}

	String render(Glossary glossary, Locale locale) {
		return render(glossary, locale, false);
	}

	/**
	 * The page; for the PDF renderer, which knows no {@code <bdi>}, the texts keep their
	 * directional isolates as characters, which its bidi algorithm (ICU) honours.
	 */
	String render(Glossary glossary, Locale locale, boolean pdf) {
		Context context = new Context(locale, Map.of("glossary", this.print.layout(glossary, locale), "pdf", pdf));
		return this.templates.process("glossary/print", context);
	}

}
