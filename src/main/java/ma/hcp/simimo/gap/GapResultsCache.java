package ma.hcp.simimo.gap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import ma.hcp.simimo.store.ContentKey;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.ReaderView;

import org.springframework.stereotype.Component;

/**
 * Keeps each gap analysis once computed, for the content version and the reader view it
 * was computed for. An analysis crosses every national concept with the standards
 * (seconds at 10,000 concepts), while the content changes only when something is written;
 * the key includes the content version (one small query), so any write through the
 * store's write path, in the embedded store or in a remote one, is seen at the next
 * request, and a result computed for one view is never served to another.
 */
@Component
public class GapResultsCache {

	private final ContentVersion version;

	private final Map<Entry, Future<Object>> results = new ConcurrentHashMap<>();

	GapResultsCache(ContentVersion version) {
		this.version = version;
	}

	/** The result under {@code name} for the published view, computed once. */
	<T> T get(String name, Supplier<T> compute) {
		return get(ReaderView.PUBLISHED, name, compute);
	}

	/**
	 * The result under {@code name} for {@code view}, computed once per content version.
	 * The computation runs outside the map's own locking, as a task the map only holds:
	 * one analysis reads others (the scores read the matrix), and a map must not be
	 * updated from inside its own computeIfAbsent. Concurrent requests for the same key
	 * wait for the one computation; a failed one is forgotten, so the next request tries
	 * again.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(ReaderView view, String name, Supplier<T> compute) {
		ContentKey content = this.version.keyFor(view);
		// Results of earlier versions can never be asked for again.
		this.results.keySet().removeIf((entry) -> !entry.content().version().equals(content.version()));
		Entry key = new Entry(content, name);
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
			throw new IllegalStateException("Interrupted while waiting for " + name, ex);
		}
	}

	/**
	 * True when the result under {@code name} is computed for the published view of the
	 * content as it is now.
	 */
	boolean holds(String name) {
		Future<Object> result = this.results.get(new Entry(this.version.keyFor(ReaderView.PUBLISHED), name));
		return result != null && result.isDone();
	}

	/**
	 * Forgets every result, so the next request computes again (benchmarks time both).
	 */
	public void clear() {
		this.results.clear();
	}

	private record Entry(ContentKey content, String name) {
	}

}
