package ma.hcp.simimo.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a start-up failure caused by the content or the store configuration as one short
 * message naming the file and line, instead of a stack trace.
 */
class StoreFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeException> {

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
			current = current.getCause();
		}
		return null;
	}

}
