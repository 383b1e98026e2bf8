package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.ProcessFileLock;

/**
 * Run in a child JVM by {@link StoreLockTests}: takes TDB2's lock on the file named by
 * the first argument as TDB2 does, says so, and holds it until its standard input closes.
 */
public final class HoldsStoreLock {

	private HoldsStoreLock() {
	}

	public static void main(String[] args) throws IOException {
		// TDB2 creates the file before it locks it; ProcessFileLock expects it there.
		Path file = Path.of(args[0]);
		if (!Files.exists(file)) {
			Files.createFile(file);
		}
		ProcessFileLock lock = ProcessFileLock.create(args[0]);
		lock.lockEx();
		System.out.println("locked " + ProcessHandle.current().pid());
		System.out.flush();
		while (System.in.read() != -1) {
			// holds the lock until the test closes the pipe
		}
		lock.unlock();
	}

}
