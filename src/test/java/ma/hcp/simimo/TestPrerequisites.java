package ma.hcp.simimo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs some tests drive (Chromium and chromedriver, pdftoppm). On CI (CI=true) a
 * missing one fails the test, since .ci/run installs them; elsewhere the test is skipped,
 * and the build log says so once per program in a WARNING line, so a green local run
 * cannot hide that the browser tests did not run.
 */
public final class TestPrerequisites {

	private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

	private TestPrerequisites() {
	}

	/**
	 * @param what the tests that need the programs, for the message
	 * @param packages the Debian packages that install them
	 */
	public static void require(String what, String packages, Path... executables) {
		if (Arrays.stream(executables).allMatch(Files::isExecutable)) {
			return;
		}
		String message = "Missing for " + what + ": " + Arrays.toString(executables) + " (apt-get install " + packages
				+ ")";
		if ("true".equals(System.getenv("CI"))) {
			Assertions.fail(message + " (CI=true, so this is a failure, not a skip)");
		}
		if (WARNED.add(what)) {
			System.err.println("WARNING: " + message + ". Skipped here; on CI this fails.");
		}
		Assumptions.abort(message);
	}

}
