package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Lucene index directory holds before anything opens it: nothing, a damaged index,
 * or a readable one with its commit data and document count. Both derived indexes (the
 * search index and the jena-text index) are checked with it at start-up, so a damaged one
 * is discarded and rebuilt from the store instead of failing the start or failing
 * searches later.
 *
 * @param condition what was found
 * @param problem why the index is not usable, or "" when it is
 * @param commitData the user data of the latest commit (empty unless readable)
 * @param documents the live documents of the latest commit (0 unless readable)
 */
public record LuceneIndexCheck(Condition condition, String problem, Map<String, String> commitData, int documents) {

	private static final Logger log = LoggerFactory.getLogger(LuceneIndexCheck.class);

	/** What a directory was found to hold. */
	public enum Condition {

		MISSING, DAMAGED, READABLE

	}

	/**
	 * Checks the index at {@code location}: that its latest commit reads and that every
	 * file of every segment matches its checksum (Lucene's CheckIndex, checksums only: it
	 * reads each file once, and is what finds a garbled or truncated segment that would
	 * otherwise open and fail some searches later).
	 * @throws StoreConfigurationException when another process holds the index open
	 */
	public static LuceneIndexCheck of(Path location) {
		if (!Files.isDirectory(location)) {
			return new LuceneIndexCheck(Condition.MISSING, "no index directory", Map.of(), 0);
		}
		try (Directory directory = FSDirectory.open(location)) {
			clearForeignLockFile(directory, location);
			if (!DirectoryReader.indexExists(directory)) {
				return new LuceneIndexCheck(Condition.MISSING, "no index commit", Map.of(), 0);
			}
			String problem = integrityProblem(directory);
			if (!problem.isEmpty()) {
				return new LuceneIndexCheck(Condition.DAMAGED, problem, Map.of(), 0);
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				return new LuceneIndexCheck(Condition.READABLE, "", Map.copyOf(reader.getIndexCommit().getUserData()),
						reader.numDocs());
			}
		}
		catch (LockObtainFailedException ex) {
			throw new StoreConfigurationException(
					"The index at " + location + " is open in another process: stop it before starting this one", ex);
		}
		catch (IOException | RuntimeException ex) {
			return new LuceneIndexCheck(Condition.DAMAGED, describe(ex), Map.of(), 0);
		}
	}

	/** Deletes the index directory and everything in it. */
	public static void discard(Path location) {
		if (!Files.exists(location)) {
			return;
		}
		try (Stream<Path> files = Files.walk(location)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the damaged index at " + location, ex);
		}
	}

	/**
	 * Lucene's {@code write.lock} is an OS lock on an empty file; its content is never
	 * written. A lock file with bytes in it (a damaged disk, a hand edit) would open,
	 * then fail the first commit with "Unexpected lock file size", so it is deleted once
	 * this process holds the lock and the file is known to be nobody's.
	 * @throws LockObtainFailedException when another process holds the lock
	 */
	private static void clearForeignLockFile(Directory directory, Path location) throws IOException {
		Path lockFile = location.resolve(IndexWriter.WRITE_LOCK_NAME);
		if (!Files.isRegularFile(lockFile) || Files.size(lockFile) == 0) {
			return;
		}
		long size = Files.size(lockFile);
		try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			Files.delete(lockFile);
		}
		log.warn("Index lock file {} held {} byte(s), where Lucene writes none: deleted", lockFile, size);
	}

	public boolean isReadable() {
		return this.condition == Condition.READABLE;
	}

	/** A few words for a log line: "missing (no index commit)", "damaged (...)". */
	public String summary() {
		return this.condition.name().toLowerCase(java.util.Locale.ROOT)
				+ (this.problem.isEmpty() ? "" : " (" + this.problem + ")");
	}

	private static String integrityProblem(Directory directory) throws IOException {
		try (CheckIndex check = new CheckIndex(directory)) {
			check.setChecksumsOnly(true);
			CheckIndex.Status status = check.checkIndex();
			if (status.clean) {
				return "";
			}
			if (status.missingSegments) {
				return "its latest commit cannot be read";
			}
			return status.numBadSegments + " of " + status.numSegments + " segment(s) fail their check";
		}
	}

	private static String describe(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage().lines().findFirst().orElse("") : "";
		return ex.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

}
