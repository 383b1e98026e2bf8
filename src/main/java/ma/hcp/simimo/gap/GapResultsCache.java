package ma.hcp.simimo.gap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import ma.hcp.simimo.store.ContentFingerprint;

import org.springframework.stereotype.Component;

/**
 * Keeps each gap analysis once computed, until the store content changes. An analysis
 * crosses every national concept with the standards (seconds at 10,000 concepts), while
 * the content changes only when files are loaded; the key includes the content
 * fingerprint (the checksums of every loaded graph, one small query), so a change in the
 * embedded store or in a remote one is seen at the next request.
 */
@Component
public class GapResultsCache {

	private final ContentFingerprint fingerprint;

	private final Map<String, Future<Object>> results = new ConcurrentHashMap<>();

	private volatile String cachedFingerprint = "";

	GapResultsCache(ContentFingerprint fingerprint) {
		this.fingerprint = fingerprint;
	}

	/**
	 * The result under {@code key}, computed once. The computation runs outside the map's
	 * own locking, as a task the map only holds: one analysis reads others (the scores
	 * read the matrix), and a map must not be updated from inside its own
	 * computeIfAbsent. Concurrent requests for the same key wait for the one computation;
	 * a failed one is forgotten, so the next request tries again.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> compute) {
		String current = this.fingerprint.current();
		if (!current.equals(this.cachedFingerprint)) {
			this.results.clear();
			this.cachedFingerprint = current;
		}
		FutureTask<Object> task = new FutureTask<>(compute::get);
		Future<Object> result = this.results.putIfAbsent(key, task);
		if (result == null) {
			result = task;
			task.run();
		}
		try {
			return (T) result.get();
		}
		catch (ExecutionException ex) {
			this.results.remove(key, result);
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + key, ex);
		}
	}

	/**
	 * True when the result under {@code key} is computed for the content as it is now.
	 */
	boolean holds(String key) {
		Future<Object> result = this.results.get(key);
		return this.fingerprint.current().equals(this.cachedFingerprint) && result != null && result.isDone();
	}

	/**
	 * Forgets every result, so the next request computes again (benchmarks time both).
	 */
	public void clear() {
		this.results.clear();
	}

}
