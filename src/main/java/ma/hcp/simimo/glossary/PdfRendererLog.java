package ma.hcp.simimo.glossary;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Sends openhtmltopdf's messages to the application's logging instead of its own console
 * handler, one logger per area ("com.openhtmltopdf.load"…). Its INFO messages (timings,
 * "Prepare to fly") come once or more per PDF, so they are logged at DEBUG.
 */
final class PdfRendererLog implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Log log = LogFactory.getLog(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			log.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			log.warn(message, error);
		}
		else if (value >= Level.INFO.intValue()) {
			log.debug(message, error);
		}
		else {
			log.trace(message, error);
		}
	}

	@Override
	public void setLevel(String where, Level level) {
		// Levels are set in the application's logging configuration.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Log log = LogFactory.getLog(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		return (value >= Level.WARNING.intValue()) ? log.isWarnEnabled()
				: (value >= Level.INFO.intValue()) ? log.isDebugEnabled() : log.isTraceEnabled();
	}

}
