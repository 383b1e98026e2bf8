package ma.hcp.simimo.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationContextException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * TDB2's own lock errors, raised when another process takes the store between the probe
 * and the opening, become the same one paragraph as the probe's refusal, however deep
 * Spring wraps them (here as Tomcat's "Unable to start web server").
 */
class StoreFailureAnalyzerTests {

	@Test
	void explainsTdb2sLockAlreadyHeldErrorWrappedByTheWebServerStart(@TempDir Path store) throws Exception {
		Path lockFile = Files.createFile(Files.createDirectories(store.resolve("tdb2")).resolve("tdb.lock"));
		ProcessFileLock lock = ProcessFileLock.create(lockFile.toString());
		lock.lockEx();
		try {
			// TDB2's wording when the lock is held already ("Lock already held").
			AlreadyLocked held = catchThrowableOfType(AlreadyLocked.class, lock::lockEx);
			FailureAnalysis analysis = new StoreFailureAnalyzer()
				.analyze(new ApplicationContextException("Unable to start web server", held));

			assertThat(held.getMessage()).contains("Lock already held");
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).startsWith("The store directory " + store)
				.contains("is in use by another process")
				.doesNotContain("PID");
			assertThat(analysis.getAction()).contains("--simimo.store.directory=PATH");
		}
		finally {
			lock.unlock();
		}
	}

}
