package ma.hcp.simimo.web;

import ma.hcp.simimo.linkeddata.ResourceNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Turns domain exceptions into pages that help the reader: a 404 with a search box, a 400
 * that names the problem.
 */
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler(ResourceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(ResourceNotFoundException ex, Model model) {
		model.addAttribute("iri", ex.iri());
		return "error/404";
	}

	@ExceptionHandler(BadRequestException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(BadRequestException ex, Model model) {
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", ex.arguments());
		return "error/400";
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String missingParameter(MissingServletRequestParameterException ex, Model model) {
		model.addAttribute("messageKey", "error.parameter.missing");
		model.addAttribute("messageArguments", new Object[] { ex.getParameterName() });
		return "error/400";
	}

}
