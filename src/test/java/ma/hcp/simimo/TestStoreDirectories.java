package ma.hcp.simimo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh store directory under target/, one per test class, so no test touches ./data.
 */
public final class TestStoreDirectories {

	private TestStoreDirectories() {
	}

	public static Path fresh(String name) {
		try {
			Files.createDirectories(Path.of("target/test-stores"));
			return Files.createTempDirectory(Path.of("target/test-stores"), name + "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
