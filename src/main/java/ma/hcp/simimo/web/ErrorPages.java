package ma.hcp.simimo.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.kernel.ResourceNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Turns domain exceptions into pages that help the reader: a 404 with a search box, a 400
 * that names the problem. Requests to the JSON API under /api get the same answer as a
 * JSON object.
 */
@ControllerAdvice
class ErrorPages {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(ResourceNotFoundException ex, HttpServletRequest request, Locale locale) {
		if (isApi(request)) {
			return json(HttpStatus.NOT_FOUND,
					this.messages.getMessage("error.notFound.iri", null, locale) + " " + ex.iri());
		}
		return new ModelAndView("error/404").addObject("iri", ex.iri());
	}

	@ExceptionHandler(BadRequestException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badRequest(BadRequestException ex, HttpServletRequest request, Locale locale) {
		return badRequest(ex.messageKey(), ex.arguments(), request, locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request,
			Locale locale) {
		return badRequest("error.parameter.missing", new Object[] { ex.getParameterName() }, request, locale);
	}

	private ModelAndView badRequest(String key, Object[] arguments, HttpServletRequest request, Locale locale) {
		if (isApi(request)) {
			return json(HttpStatus.BAD_REQUEST, this.messages.getMessage(key, arguments, locale));
		}
		return new ModelAndView("error/400").addObject("messageKey", key).addObject("messageArguments", arguments);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

	private static ModelAndView json(HttpStatus status, String message) {
		return new ModelAndView(new JacksonJsonView()).addObject("status", status.value())
			.addObject("error", status.getReasonPhrase())
			.addObject("message", message);
	}

}
