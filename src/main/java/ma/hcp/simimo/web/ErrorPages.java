package ma.hcp.simimo.web;

import ma.hcp.simimo.access.AccessRefusedException;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.kernel.LimitReachedException;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.RecordWithdrawnException;
import ma.hcp.simimo.store.RemoteStoreException;
import ma.hcp.simimo.store.WithdrawnRecords.Withdrawal;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns domain exceptions into pages that help the reader: a 404 with a search box, a 400
 * that names the problem, a 406 that lists what the path offers, a 409 that says a write
 * is not done with a remote public store. Requests to the JSON API under /api get the
 * same answer as an RFC 9457 problem ({@code application/problem+json}), and so does any
 * other failure of an /api request (405, 500); pages keep Spring Boot's error page for
 * those.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	Object notFound(ResourceNotFoundException ex, HttpServletRequest request, Locale locale) {
		if (isApi(request)) {
			return problem(HttpStatus.NOT_FOUND, "error.notFound.title",
					this.messages.getMessage("error.notFound.iri", null, locale) + " " + ex.iri(), request, locale);
		}
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND).addObject("iri", ex.iri());
	}

	/**
	 * A withdrawn record (decision 0027): 410 Gone, with its label and the date, for a
	 * browser as for an RDF client, never 404, since its IRI was published.
	 */
	@ExceptionHandler(RecordWithdrawnException.class)
	Object withdrawn(RecordWithdrawnException ex, HttpServletRequest request, Locale locale) {
		Withdrawal withdrawal = ex.withdrawal();
		if (isApi(request)) {
			return problem(HttpStatus.GONE, "error.gone.title",
					this.messages.getMessage("error.gone.text",
							new Object[] { withdrawal.label(locale.getLanguage()).text(), withdrawal.date() }, locale),
					request, locale);
		}
		return new ModelAndView("error/410", HttpStatus.GONE).addObject("iri", withdrawal.record())
			.addObject("label", withdrawal.label(locale.getLanguage()))
			.addObject("withdrawnOn", withdrawal.date());
	}

	/**
	 * The permission matrix refused: a reader who is not signed in is sent to sign in and
	 * back, a signed-in one gets the 403 page naming the action.
	 */
	@ExceptionHandler(AccessRefusedException.class)
	Object refused(AccessRefusedException ex, HttpServletRequest request, Locale locale) {
		String action = this.messages.getMessage("action." + ex.action().name(), null, locale);
		if (isApi(request)) {
			return problem(HttpStatus.FORBIDDEN, "error.forbidden.title",
					this.messages.getMessage("error.forbidden.action", new Object[] { action }, locale), request,
					locale);
		}
		if (!ex.viewer().signedIn()) {
			String back = "GET".equals(request.getMethod()) ? request.getRequestURI() : refererPath(request);
			return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath(SignInPaths.SIGN_IN)
				.queryParam(SignInPaths.NEXT, SignInPaths.next(back))
				.queryParam("needed")
				.encode()
				.build()
				.toUriString());
		}
		return new ModelAndView("error/403", HttpStatus.FORBIDDEN).addObject("messageKey", "error.forbidden.action")
			.addObject("messageArguments", new Object[] { action });
	}

	/** The path of the page a form was sent from, if it was this site's. */
	private static String refererPath(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return "/";
		}
		try {
			java.net.URI uri = java.net.URI.create(referer);
			String path = uri.getRawPath();
			return (uri.getRawQuery() == null) ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

	@ExceptionHandler(BadRequestException.class)
	Object badRequest(BadRequestException ex, HttpServletRequest request, Locale locale) {
		return badRequest(ex.messageKey(), ex.arguments(), request, locale);
	}

	/**
	 * A limit reached: the 400 page's layout with its own status and heading, and
	 * {@code Retry-After} when a new try can succeed later.
	 */
	@ExceptionHandler(LimitReachedException.class)
	Object limitReached(LimitReachedException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		HttpStatus status = HttpStatus.valueOf(ex.status());
		if (ex.retryAfter() != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())));
		}
		String detail = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
		if (isApi(request)) {
			return problem(status, "error.limit.title", detail, request, locale);
		}
		return new ModelAndView("error/400", status).addObject("messageKey", ex.messageKey())
			.addObject("messageArguments", ex.arguments())
			.addObject("titleKey", "error.limit.title");
	}

	/**
	 * A write refused with a remote public store (decision 0027): 409, since the request
	 * is well formed but this installation's state, a read-only mirror, forbids it, for
	 * good (503 would promise that a retry may succeed). A form page asked for is the
	 * same notice with 200: the page is there, and says why it has no form.
	 */
	@ExceptionHandler(RemoteStoreException.class)
	Object remoteStore(RemoteStoreException ex, HttpServletRequest request, Locale locale) {
		boolean form = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (isApi(request)) {
			return problem(HttpStatus.CONFLICT, "error.remoteStore.title",
					this.messages.getMessage("error.remoteStore.text", null, locale), request, locale);
		}
		return new ModelAndView("error/remoteStore", form ? HttpStatus.OK : HttpStatus.CONFLICT)
			.addObject("refusedWrite", !form);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request, Locale locale) {
		return badRequest("error.parameter.missing", new Object[] { ex.getParameterName() }, request, locale);
	}

	/**
	 * A parameter that is not of its type ({@code page=abc}, {@code page=1e309}): a 400
	 * naming it, for the API as for pages, rather than the API's 500.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request, Locale locale) {
		String value = String.valueOf(ex.getValue());
		return badRequest("error.parameter.invalid",
				new Object[] { ex.getName(), value.substring(0, Math.min(value.length(), 40)) }, request, locale);
	}

	/**
	 * A request for a representation nobody serves: a problem for the API and for clients
	 * that name JSON, else the application's own page, which lists what the path offers.
	 * Boot's error controller would answer such a client with an empty body.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request, Locale locale) {
		String offered = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.collect(java.util.stream.Collectors.joining(", "));
		String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
		if (isApi(request) || accept.contains("json")) {
			return problem(HttpStatus.NOT_ACCEPTABLE, "error.notAcceptable.title",
					this.messages.getMessage("error.notAcceptable.text", new Object[] { offered }, locale), request,
					locale);
		}
		return new ModelAndView("error/406", HttpStatus.NOT_ACCEPTABLE).addObject("offered", offered);
	}

	/**
	 * Any other failure of an /api request. A page request, or a client that went away,
	 * goes on to Spring's own resolvers and Boot's error page: rethrowing the exception a
	 * handler was given is how an exception handler declines it.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> apiFailure(Exception ex, HttpServletRequest request, Locale locale) throws Exception {
		if (!isApi(request) || DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			throw ex;
		}
		if (ex instanceof ErrorResponse response) {
			ProblemDetail problem = response.updateAndGetBody(this.messages, locale);
			return problem(response.getStatusCode(), problem, request);
		}
		log.error("Request {} failed", request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.generic.title",
				this.messages.getMessage("error.generic.text", new Object[] { 500 }, locale), request, locale);
	}

	private Object badRequest(String key, Object[] arguments, HttpServletRequest request, Locale locale) {
		if (isApi(request)) {
			return problem(HttpStatus.BAD_REQUEST, "error.badRequest.title",
					this.messages.getMessage(key, arguments, locale), request, locale);
		}
		return new ModelAndView("error/400", HttpStatus.BAD_REQUEST).addObject("messageKey", key)
			.addObject("messageArguments", arguments);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail,
			HttpServletRequest request, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(this.messages.getMessage(titleKey, null, locale));
		return problem(status, problem, request);
	}

	/**
	 * The problem as {@code application/problem+json} whatever the request accepted: a
	 * client that asked for a format the API does not have still learns why.
	 */
	private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, ProblemDetail problem,
			HttpServletRequest request) {
		if (problem.getType() == null) {
			problem.setType(URI.create("about:blank"));
		}
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

}
