package ma.hcp.simimo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.BadRequestException;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Gives every request a total deadline for its body, counted from the request's first
 * byte: a client that sends its body a byte at a time, each byte within the connection
 * timeout, is answered 408 and disconnected once the deadline passes, and the worker
 * thread it held is free again. The deadline sits under Tomcat's own reads, so it covers
 * the forms and multipart bodies Tomcat parses for {@code getParameter} as well as
 * {@code getInputStream}.
 */
final class BodyDeadlineValve extends ValveBase {

	private static final Logger log = LoggerFactory.getLogger(BodyDeadlineValve.class);

	private final long deadlineNanos;

	private final MessageSource messages;

	private final LocaleResolver locales;

	BodyDeadlineValve(Duration deadline, MessageSource messages, LocaleResolver locales) {
		super(true);
		this.deadlineNanos = deadline.toNanos();
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		org.apache.coyote.Request coyote = request.getCoyoteRequest();
		InputBuffer original = coyote.getInputBuffer();
		long start = (coyote.getStartTimeNanos() > 0) ? coyote.getStartTimeNanos() : System.nanoTime();
		DeadlineInputBuffer body = new DeadlineInputBuffer(original, coyote, start + this.deadlineNanos);
		coyote.setInputBuffer(body);
		try {
			getNext().invoke(request, response);
		}
		finally {
			coyote.setInputBuffer(original);
		}
		if (body.passed) {
			log.info("Request body not received within {} s: {} {} from {}, {} bytes read",
					Duration.ofNanos(this.deadlineNanos).toMillis() / 1000.0, request.getMethod(),
					request.getRequestURI(), request.getRemoteAddr(), body.bytes);
			if (!response.isCommitted()) {
				refuse(request, response);
			}
		}
	}

	/**
	 * Answers 408 in the reader's language, in place of whatever was made of the failed
	 * read: Tomcat's reader has already sent a bare 400 error (which suspends the
	 * response), and the application may have thrown.
	 */
	private void refuse(Request request, Response response) throws IOException {
		request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
		response.setSuspended(false);
		response.resetError();
		response.reset();
		Locale locale = this.locales.resolveLocale(request);
		byte[] text = (this.messages.getMessage("error.body.tooSlow",
				new Object[] { Duration.ofNanos(this.deadlineNanos).toSeconds() }, locale) + "\n")
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
		response.setHeader("Connection", "close");
		response.setContentType("text/plain;charset=UTF-8");
		response.setContentLength(text.length);
		response.getOutputStream().write(text);
	}

	/**
	 * Whether this exception, or one of its causes, is a body that missed its deadline.
	 */
	static boolean isDeadline(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyDeadlineException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Tomcat's body reader with a deadline: each read past it fails, and the rest of the
	 * body is not swallowed, so the connection closes after the answer. A
	 * {@link BadRequestException}, so Tomcat's form parser keeps the connection open for
	 * that answer instead of dropping it as a client abort.
	 */
	private static final class DeadlineInputBuffer implements InputBuffer {

		private final InputBuffer delegate;

		private final org.apache.coyote.Request request;

		private final long deadline;

		private volatile boolean passed;

		private long bytes;

		DeadlineInputBuffer(InputBuffer delegate, org.apache.coyote.Request request, long deadline) {
			this.delegate = delegate;
			this.request = request;
			this.deadline = deadline;
		}

		@Override
		public int doRead(ApplicationBufferHandler handler) throws IOException {
			check();
			int read = this.delegate.doRead(handler);
			if (read > 0) {
				this.bytes += read;
			}
			check();
			return read;
		}

		private void check() throws BodyDeadlineException {
			if (System.nanoTime() - this.deadline > 0) {
				if (!this.passed) {
					this.passed = true;
					this.request.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
				}
				throw new BodyDeadlineException();
			}
		}

		@Override
		public int available() {
			return this.delegate.available();
		}

	}

	private static final class BodyDeadlineException extends BadRequestException {

		private static final long serialVersionUID = 1L;

		BodyDeadlineException() {
			super("The request body was not received within its deadline");
		}

	}

}
