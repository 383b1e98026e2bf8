package ma.hcp.simimo.search;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.store.ContentKey;
import ma.hcp.simimo.store.StoreContentChanged;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the store. At start-up the index is rebuilt when it
 * was found damaged, is missing, holds another number of documents than its build wrote,
 * or was not built from the same content version, for the same reader view, by the same
 * index layout; afterwards it is rebuilt each time a content load commits a change,
 * before the load returns, so what was loaded is findable at once and what was removed is
 * gone.
 */
@Component
public class SearchIndexer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final IndexSourceRepository source;

	SearchIndexer(SearchIndex index, IndexSourceRepository source) {
		this.index = index;
		this.source = source;
	}

	@Override
	public void afterPropertiesSet() {
		recover();
	}

	/**
	 * Verifies the index against the store and rebuilds it when it does not match;
	 * returns why it was rebuilt, or null when it was kept.
	 */
	String recover() {
		String reason = staleness();
		if (reason == null) {
			this.index.useLabels(this.source.facetValueLabels());
			log.info("Search index is up to date with the store");
			return null;
		}
		long start = System.nanoTime();
		int documents = build();
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (this.index.damage() != null) {
			log.warn("Search index {}: rebuilt from the store, {} resources in {} ms", reason, documents, millis);
		}
		else {
			log.info("Search index {}: rebuilt from the store, {} resources in {} ms", reason, documents, millis);
		}
		return reason;
	}

	/** Why the index cannot serve as it is, or null when it matches the store. */
	private String staleness() {
		if (this.index.damage() != null) {
			return this.index.damage();
		}
		return disagreement();
	}

	/**
	 * How the committed index differs from the store (missing, behind, or holding another
	 * number of documents than its build wrote), or null when it agrees.
	 */
	String disagreement() {
		String builtFrom = this.index.builtFrom();
		if (builtFrom.isEmpty()) {
			return "is missing";
		}
		if (!SearchIndex.buildKey(this.source.contentKey()).equals(builtFrom)) {
			return "is behind the store";
		}
		return this.index.documentMismatch();
	}

	@EventListener
	void onStoreChange(StoreContentChanged change) {
		rebuild();
	}

	/** The bytes the index takes on disk, for health reports and benchmarks. */
	public long indexSizeOnDisk() {
		return this.index.sizeOnDisk();
	}

	/** Rebuilds the whole index from the store; returns the number of documents. */
	public synchronized int rebuild() {
		long start = System.nanoTime();
		int documents = build();
		log.info("Search index built: {} resources in {} ms", documents, (System.nanoTime() - start) / 1_000_000);
		return documents;
	}

	private synchronized int build() {
		ContentKey content = this.source.contentKey();
		Map<String, String> resources = this.source.resources();
		Map<String, Map<String, String>> labels = this.source.facetValueLabels();
		this.index.replaceAll(
				(sink) -> this.source.read(resources, (resource) -> sink.accept(SearchDocuments.toDocument(resource))),
				content, labels);
		return resources.size();
	}

}
