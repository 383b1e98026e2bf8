package ma.hcp.simimo.sparql;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.kernel.LanguagePolicy;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The endpoint's own error messages in the client's language. A SPARQL client states it
 * with Accept-Language, so the first supported language there wins; a client that names
 * none gets the reader's language of the pages (the language cookie, else French).
 */
@Component
class ProtocolMessages {

	private final MessageSource messages;

	private final LocaleResolver pages;

	ProtocolMessages(MessageSource messages, LocaleResolver pages) {
		this.messages = messages;
		this.pages = pages;
	}

	String text(HttpServletRequest request, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale(request));
	}

	/** Answers with a plain-text message, the form Fuseki gives its own errors. */
	void send(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... arguments)
			throws java.io.IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write(text(request, key, arguments) + "\n");
	}

	Locale locale(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") != null) {
			for (Locale locale : Collections.list(request.getLocales())) {
				if (LanguagePolicy.isSupported(locale.getLanguage())) {
					return Locale.forLanguageTag(LanguagePolicy.primary(locale.getLanguage()));
				}
			}
		}
		return this.pages.resolveLocale(request);
	}

}
