package ma.hcp.simimo.store;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.dboe.DBOpEnvException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a start-up failure caused by the content, the store configuration or a store
 * another process holds as one short message naming the file, line or directory, instead
 * of a stack trace.
 */
class StoreFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeException> {

	// TDB2's wordings when the lock is taken between the probe and the store's opening:
	// "held by process N" when the lock file names a live process, "Lock already held"
	// when the operating system's lock on the file is held (a process still shutting
	// down,
	// for one).
	private static final Pattern TDB2_LOCK = Pattern
		.compile("Failed to get a lock: file='(.+)/tdb2/tdb\\.lock'(?:: held by process (\\d+))?");

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RuntimeException cause) {
		Throwable current = rootFailure;
		while (current != null) {
			if (current instanceof ContentLoadException) {
				return new FailureAnalysis(current.getMessage(),
						"Correct the file named above (or remove it), then start again. The store was left as it was.",
						current);
			}
			if (current instanceof StoreConfigurationException) {
				return new FailureAnalysis(current.getMessage(),
						"Check simimo.store.assembler, simimo.store.directory and the files under queries/.", current);
			}
			if (current instanceof StoreLockedException locked) {
				return locked(locked);
			}
			if (current instanceof DBOpEnvException && current.getMessage() != null) {
				Matcher matcher = TDB2_LOCK.matcher(current.getMessage());
				if (matcher.find()) {
					String holder = (matcher.group(2) != null) ? matcher.group(2) : "";
					return locked(new StoreLockedException(Path.of(matcher.group(1)), holder, current));
				}
			}
			current = current.getCause();
		}
		return null;
	}

	private static FailureAnalysis locked(StoreLockedException locked) {
		return new FailureAnalysis(locked.getMessage(),
				"Stop the process that has it open (another SIMIMO, a standalone Fuseki or a TDB2 tool on "
						+ locked.directory() + ") and start again; or give this instance a store of its own with "
						+ "--simimo.store.directory=PATH, or let it read the running one's endpoint with "
						+ "--simimo.store.endpoint=URL (docs/deployment.md).",
				locked);
	}

}
