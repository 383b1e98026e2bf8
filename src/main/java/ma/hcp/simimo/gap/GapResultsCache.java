package ma.hcp.simimo.gap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

	private final Map<String, Object> results = new ConcurrentHashMap<>();

	private volatile String cachedFingerprint = "";

	GapResultsCache(ContentFingerprint fingerprint) {
		this.fingerprint = fingerprint;
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> compute) {
		String current = this.fingerprint.current();
		if (!current.equals(this.cachedFingerprint)) {
			this.results.clear();
			this.cachedFingerprint = current;
		}
		return (T) this.results.computeIfAbsent(key, (missing) -> compute.get());
	}

	/**
	 * Forgets every result, so the next request computes again (benchmarks time both).
	 */
	public void clear() {
		this.results.clear();
	}

}
