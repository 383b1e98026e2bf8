package ma.hcp.simimo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Gives every request a total deadline for its body, counted from Tomcat's start time of
 * the request (when a thread first read it): a client that sends its body a byte at a
 * time, each byte within the connection timeout, is answered 408 and disconnected once
 * the deadline passes, and the worker thread it held is free again. The deadline sits
 * under Tomcat's own reads, so it covers the forms and multipart bodies Tomcat parses for
 * {@code getParameter} as well as {@code getInputStream}. One client address may have
 * only so many bodies on their way at once (429 beyond): a body that has arrived, or a
 * request that has ended, no longer counts, so only slow bodies meet the limit.
 */
final class BodyDeadlineValve extends ValveBase {

	private static final Logger log = LoggerFactory.getLogger(BodyDeadlineValve.class);

	private final long deadlineNanos;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final int maxBodiesPerClient;

	private final ConcurrentHashMap<String, AtomicInteger> bodiesOnTheirWay = new ConcurrentHashMap<>();

	BodyDeadlineValve(Duration deadline, int maxBodiesPerClient, MessageSource messages, LocaleResolver locales) {
		super(true);
		this.deadlineNanos = deadline.toNanos();
		this.maxBodiesPerClient = maxBodiesPerClient;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		org.apache.coyote.Request coyote = request.getCoyoteRequest();
		if (request.getContentLengthLong() == 0
				|| (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") == null)) {
			getNext().invoke(request, response);
			return;
		}
		String client = request.getRemoteAddr();
		AtomicInteger count = this.bodiesOnTheirWay.computeIfAbsent(client, (key) -> new AtomicInteger());
		Slot slot = new Slot(client, count);
		if (count.incrementAndGet() > this.maxBodiesPerClient) {
			slot.release();
			coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			log.info("Too many request bodies on their way from {}: {} {} refused", client, request.getMethod(),
					request.getRequestURI());
			refuse(request, response, 429, "error.body.tooManyFromClient", this.maxBodiesPerClient);
			return;
		}
		InputBuffer original = coyote.getInputBuffer();
		long start = (coyote.getStartTimeNanos() != -1) ? coyote.getStartTimeNanos() : System.nanoTime();
		DeadlineInputBuffer body = new DeadlineInputBuffer(original, coyote, start + this.deadlineNanos, slot);
		coyote.setInputBuffer(body);
		try {
			getNext().invoke(request, response);
		}
		finally {
			coyote.setInputBuffer(original);
			slot.release();
		}
		if (body.passed) {
			log.info("Request body not received within {} s: {} {} from {}, {} bytes read",
					Duration.ofNanos(this.deadlineNanos).toMillis() / 1000.0, request.getMethod(),
					request.getRequestURI(), request.getRemoteAddr(), body.bytes);
			if (!response.isCommitted()) {
				refuse(request, response, HttpServletResponse.SC_REQUEST_TIMEOUT, "error.body.tooSlow",
						Duration.ofNanos(this.deadlineNanos).toSeconds());
			}
		}
	}

	/**
	 * Answers in the reader's language and closes the connection; after a failed read, in
	 * place of whatever was made of it: Tomcat's reader has already sent a bare 400 error
	 * (which suspends the response), and the application may have thrown.
	 */
	private void refuse(Request request, Response response, int status, String key, Object argument)
			throws IOException {
		request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
		response.setSuspended(false);
		response.resetError();
		response.reset();
		Locale locale = this.locales.resolveLocale(request);
		byte[] text = (this.messages.getMessage(key, new Object[] { argument }, locale) + "\n")
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
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

		private final Slot slot;

		private long bytes;

		DeadlineInputBuffer(InputBuffer delegate, org.apache.coyote.Request request, long deadline, Slot slot) {
			this.delegate = delegate;
			this.request = request;
			this.deadline = deadline;
			this.slot = slot;
		}

		private boolean ended;

		@Override
		public int doRead(ApplicationBufferHandler handler) throws IOException {
			if (this.ended) {
				// A body read to its end is on time, however long the request then takes.
				return this.delegate.doRead(handler);
			}
			check();
			int read = this.delegate.doRead(handler);
			if (read > 0) {
				this.bytes += read;
			}
			else if (read < 0) {
				this.ended = true;
				this.slot.release();
				return read;
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

	/** One body on its way from a client, counted once and released once. */
	private final class Slot {

		private final String client;

		private final AtomicInteger count;

		private final AtomicBoolean released = new AtomicBoolean();

		Slot(String client, AtomicInteger count) {
			this.client = client;
			this.count = count;
		}

		void release() {
			if (this.released.compareAndSet(false, true) && this.count.decrementAndGet() <= 0) {
				BodyDeadlineValve.this.bodiesOnTheirWay.remove(this.client, this.count);
			}
		}

	}

	private static final class BodyDeadlineException extends BadRequestException {

		private static final long serialVersionUID = 1L;

		BodyDeadlineException() {
			super("The request body was not received within its deadline");
		}

	}

}
