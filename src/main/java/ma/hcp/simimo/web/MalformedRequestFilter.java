package ma.hcp.simimo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses, before anything reads them, requests whose parameters cannot be decoded (an
 * invalid percent-escape or invalid UTF-8 in the query string or a form body, a form
 * larger than Tomcat's limit) with a 400 or 413 in the reader's language, instead of the
 * 500 and stack trace each later reader of a parameter would cause; and answers a request
 * for the error path itself with the 404 page, as it is no page of its own.
 */
final class MalformedRequestFilter extends OncePerRequestFilter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	MalformedRequestFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			if (BodyDeadlineValve.isDeadline(ex)) {
				// The form came too slowly: BodyDeadlineValve answers it.
				return;
			}
			boolean tooLarge = ex.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
			refuse(request, response,
					tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST,
					tooLarge ? "error.parameter.tooLarge" : "error.parameter.malformed");
			return;
		}
		if (request.getRequestURI().substring(request.getContextPath().length()).equals("/error")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
			throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		byte[] body = (this.messages.getMessage(key, null, locale) + "\n").getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
