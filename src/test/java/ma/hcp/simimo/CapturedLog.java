package ma.hcp.simimo;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * What the application logs while a test runs, from an appender on the root logger: for
 * tests that count the lines a request writes.
 */
public final class CapturedLog implements AutoCloseable {

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private CapturedLog() {
		this.appender.start();
		root().addAppender(this.appender);
	}

	public static CapturedLog start() {
		return new CapturedLog();
	}

	/** The lines at WARN or above since the start or the last {@link #clear()}. */
	public List<ILoggingEvent> warnings() {
		synchronized (this.appender.list) {
			return this.appender.list.stream()
				.filter((event) -> event.getLevel().isGreaterOrEqual(Level.WARN))
				.toList();
		}
	}

	/** The lines, at any level, that carry a stack trace. */
	public List<ILoggingEvent> stackTraces() {
		synchronized (this.appender.list) {
			return this.appender.list.stream().filter((event) -> event.getThrowableProxy() != null).toList();
		}
	}

	public void clear() {
		synchronized (this.appender.list) {
			this.appender.list.clear();
		}
	}

	@Override
	public void close() {
		root().detachAppender(this.appender);
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
