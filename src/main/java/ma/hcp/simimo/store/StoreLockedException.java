package ma.hcp.simimo.store;

import java.nio.file.Path;

/**
 * The embedded store's directory is held by another live process: TDB2 lets one process
 * open a database at a time ({@code tdb2/tdb.lock}).
 */
public class StoreLockedException extends RuntimeException {

	private final Path directory;

	StoreLockedException(Path directory, String holder, Throwable cause) {
		super("The store directory " + directory + " is in use by another process"
				+ (holder.isEmpty() ? "" : " (PID " + holder + ")")
				+ ": TDB2 lets only one process open a store, and holds " + directory.resolve("tdb2/tdb.lock")
				+ " while it does.", cause);
		this.directory = directory;
	}

	public Path directory() {
		return this.directory;
	}

}
