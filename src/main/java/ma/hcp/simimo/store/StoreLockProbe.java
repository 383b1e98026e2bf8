package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.ProcessFileLock;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start, before the web server and the store are built, when another process
 * holds the embedded store's TDB2 lock, so the failure is one
 * {@link StoreFailureAnalyzer} paragraph rather than a store half-opened inside Tomcat's
 * start. The lock is TDB2's own ({@link ProcessFileLock}): an OS file lock, so a
 * {@code tdb.lock} left by a stopped or killed process does not count.
 */
class StoreLockProbe implements ApplicationListener<ApplicationPreparedEvent> {

	private static final String LOCK_FILE = "tdb2/tdb.lock";

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		StoreProperties properties = Binder.get(event.getApplicationContext().getEnvironment())
			.bindOrCreate("simimo.store", StoreProperties.class);
		if (!properties.isRemote()) {
			checkFree(properties.directoryPath());
		}
	}

	static void checkFree(Path storeDirectory) {
		Path directory = storeDirectory.toAbsolutePath().normalize();
		Path lockFile = directory.resolve(LOCK_FILE);
		if (!Files.isRegularFile(lockFile)) {
			return;
		}
		ProcessFileLock lock = ProcessFileLock.create(lockFile.toString());
		if (lock.isLockedHere()) {
			// This JVM has the store open already; TDB2 shares it within a process.
			return;
		}
		if (!lock.tryLock()) {
			throw new StoreLockedException(directory, holder(lockFile), null);
		}
		// Not unlock(): it releases the OS lock but keeps the JVM's one lock object for
		// this file marked as taken, and TDB2's own open takes that same object next and
		// fails with "Lock already held". release() frees it and forgets it, so TDB2 gets
		// a fresh one.
		ProcessFileLock.release(lock);
	}

	/** The PID TDB2 writes into the lock file, or "" when it cannot be read. */
	static String holder(Path lockFile) {
		try {
			return Files.readString(lockFile, StandardCharsets.UTF_8).trim();
		}
		catch (IOException ex) {
			return "";
		}
	}

}
