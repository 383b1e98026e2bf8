package ma.hcp.simimo.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.ContentKey;
import ma.hcp.simimo.store.PatchLog;
import ma.hcp.simimo.store.ReaderView;
import ma.hcp.simimo.store.StoreChange;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the store (decision 0023). After each committed
 * write ({@link StoreChange}) it re-indexes only the resources whose documents the write
 * can have changed (those the changed triples name, and the resources whose documents
 * embed them, queries/search/documentsUsing.rq), deletes the documents of resources that
 * are gone, and commits with the store's write sequence, before the write returns. A
 * change too large to be worth it, or one that does not say all it changed, rebuilds the
 * whole index instead.
 * <p>
 * At start-up the index is kept when it was built from the same content version, for the
 * same reader view, by the same layout, and holds as many documents as it recorded. An
 * index behind the store catches up from the {@link PatchLog}, from the write sequence it
 * records to the store's; it is rebuilt when it was found damaged, is missing, was built
 * by another layout, holds another number of documents, or the log cannot bridge the gap.
 */
@Component
public class SearchIndexer implements InitializingBean {

	/** Past this many documents to rewrite, one change rebuilds the index instead. */
	static final int INCREMENTAL_LIMIT = 5_000;

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

	/**
	 * The predicates whose objects' documents depend on the link (their narrower
	 * concepts, their mappings, their divergences): a change of such a triple re-indexes
	 * its object as well as its subject.
	 */
	static final List<String> LINKED_FROM = List.of(SKOS + "broader", SKOS + "narrower", SKOS + "exactMatch",
			SKOS + "closeMatch", SKOS + "broadMatch", SKOS + "narrowMatch", SKOS + "relatedMatch",
			"https://w3id.org/simimo/def#nationalConcept");

	/**
	 * The predicates whose objects are facet values (queries/search/facetValueLabels.rq).
	 */
	static final List<String> FACET_LINKS = List.of("http://purl.org/dc/terms/publisher",
			"https://w3id.org/simimo/def#custodian", "https://w3id.org/simimo/def#sourceType",
			"https://w3id.org/simimo/def#conceptFamily", SKOS + "inScheme", "http://purl.org/dc/terms/accessRights");

	private final SearchIndex index;

	private final IndexSourceRepository source;

	/** Null where the store keeps none (a remote store, some tests). */
	private final PatchLog patches;

	@Autowired
	SearchIndexer(SearchIndex index, IndexSourceRepository source, ObjectProvider<PatchLog> patches) {
		this(index, source, patches.getIfAvailable());
	}

	SearchIndexer(SearchIndex index, IndexSourceRepository source, PatchLog patches) {
		this.index = index;
		this.source = source;
		this.patches = patches;
	}

	SearchIndexer(SearchIndex index, IndexSourceRepository source) {
		this(index, source, (PatchLog) null);
	}

	@Override
	public void afterPropertiesSet() {
		recover();
	}

	/**
	 * Verifies the index against the store, catches it up or rebuilds it when it does not
	 * match; returns why it was rebuilt (or {@link #CAUGHT_UP}), or null when it was
	 * kept.
	 */
	synchronized String recover() {
		String reason = staleness();
		if (reason == null) {
			this.index.useLabels(this.source.facetValueLabels());
			log.info("Search index is up to date with the store");
			return null;
		}
		if (reason.equals(BEHIND) && catchUp()) {
			return CAUGHT_UP;
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

	static final String BEHIND = "is behind the store";

	/**
	 * What {@link #recover()} returns when the patch log brought the index up to date.
	 */
	static final String CAUGHT_UP = "caught up from the patch log";

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
		if (!SearchFields.LAYOUT_VERSION.equals(this.index.layout())) {
			return "was built by another index layout";
		}
		String mismatch = this.index.documentMismatch();
		if (mismatch != null) {
			return mismatch;
		}
		if (!SearchIndex.buildKey(this.source.contentKey()).equals(builtFrom)) {
			return BEHIND;
		}
		return null;
	}

	/** Applies the log's entries from the index's write sequence to the store's. */
	private boolean catchUp() {
		long indexed = this.index.recordedVersion();
		long store = this.source.storeVersion();
		if (this.patches == null || indexed < 0 || store <= indexed) {
			log.info("Search index is behind the store, and records no write the patch log can start from "
					+ "(index at {}, store at {})", indexed, store);
			return false;
		}
		long start = System.nanoTime();
		Optional<StoreChange> change = this.patches.between(indexed, store);
		if (change.isEmpty() || !change.get().complete()) {
			return false;
		}
		// A freshly opened index knows no facet labels yet: the update brings only the
		// changed ones up to date, so it starts from the store's.
		this.index.useLabels(this.source.facetValueLabels());
		int documents;
		try {
			documents = apply(change.get());
		}
		catch (RuntimeException ex) {
			// The affected-records query can hit the query time limit on a large change
			// and a loaded machine: the start must go on, and a rebuild is always right.
			log.warn("Search index could not catch up from the patch log ({}); rebuilding", ex.toString());
			return false;
		}
		if (documents < 0) {
			return false;
		}
		log.info(
				"Search index is behind the store by {} write(s): caught up from the patch log, "
						+ "{} resource(s) re-indexed in {} ms",
				store - indexed, documents, (System.nanoTime() - start) / 1_000_000);
		return true;
	}

	/**
	 * Follows one committed write: applies its change when the index reflects the write
	 * before it, bridges from the log when the index missed some, and rebuilds when
	 * neither can be done. A failure is logged, not thrown: the write has committed, and
	 * the index catches up at the next write or the next start.
	 */
	@EventListener
	synchronized void onStoreChange(StoreChange change) {
		try {
			long indexed = this.index.recordedVersion();
			if (indexed >= change.to()) {
				return;
			}
			StoreChange step = change;
			if (indexed != change.from()) {
				step = (this.patches != null && indexed >= 0) ? this.patches.between(indexed, change.to()).orElse(null)
						: null;
			}
			if (step == null || !step.complete()) {
				log.info("Search index: the change of write {} does not say all it changed; rebuilding", change.to());
				rebuild();
				return;
			}
			long start = System.nanoTime();
			int documents;
			try {
				documents = apply(step);
			}
			catch (RuntimeException ex) {
				// As at start-up: a rebuild is always right, and leaves no stale index
				// behind until the next write.
				log.warn("Search index could not follow write {} ({}); rebuilding", change.to(), ex.toString());
				rebuild();
				return;
			}
			if (documents >= 0) {
				log.info("Search index updated to write {}: {} resource(s) re-indexed in {} ms", step.to(), documents,
						(System.nanoTime() - start) / 1_000_000);
			}
		}
		catch (RuntimeException ex) {
			log.error("Search index not updated after write {}; it catches up at the next write or start", change.to(),
					ex);
		}
	}

	/**
	 * Re-indexes what {@code change} touched; returns the number of documents rewritten,
	 * or -1 when the change was too large and the index was rebuilt instead.
	 */
	private int apply(StoreChange change) {
		long start = System.nanoTime();
		Set<String> subjects = change.allSubjects();
		Set<String> named = new TreeSet<>(subjects);
		named.addAll(change.objectsOf(LINKED_FROM));
		Set<String> affected = this.source.documentsUsing(named);
		long found = System.nanoTime();
		if (affected.size() > INCREMENTAL_LIMIT) {
			log.info("Search index: write {} touches {} resources, over {}; rebuilding instead of updating",
					change.to(), affected.size(), INCREMENTAL_LIMIT);
			rebuild();
			return -1;
		}
		Map<String, String> kept = this.source.resourcesAmong(affected);
		Set<String> removed = new TreeSet<>(affected);
		removed.removeAll(kept.keySet());
		Set<String> values = new TreeSet<>(subjects);
		values.addAll(change.objectsOf(FACET_LINKS));
		Map<String, Map<String, LocalizedText>> labels = this.source.facetValueLabels(this.index.facetValueLabels(),
				values);
		long labelled = System.nanoTime();
		ContentKey content = (change.contentVersion() != null)
				? new ContentKey(change.contentVersion(), ReaderView.PUBLISHED) : this.source.contentKey();
		int deleted = this.index.update(removed,
				(sink) -> this.source.read(kept, (resource) -> sink.accept(SearchDocuments.toDocument(resource))),
				content, change.to(), labels);
		// Which part grows with the store: the affected documents, the facet labels, or
		// reading the documents and committing them (docs/benchmarks.md).
		log.debug(
				"Search index, write {}: {} name(s) changed, {} document(s) affected in {} ms, {} resource(s) "
						+ "and facet labels read in {} ms, documents read and committed in {} ms",
				change.to(), named.size(), affected.size(), (found - start) / 1_000_000, kept.size(),
				(labelled - found) / 1_000_000, (System.nanoTime() - labelled) / 1_000_000);
		if (deleted > 0) {
			log.info("Search index: {} document(s) of resources that are gone deleted", deleted);
		}
		if (this.patches != null) {
			this.patches.prune(change.to());
		}
		return kept.size();
	}

	/** The bytes the index takes on disk, for health reports and benchmarks. */
	public long indexSizeOnDisk() {
		return this.index.sizeOnDisk();
	}

	/** Documents added or replaced since the index opened, for tests and benchmarks. */
	public long documentsWritten() {
		return this.index.documentsWritten();
	}

	/** Rebuilds the whole index from the store; returns the number of documents. */
	public synchronized int rebuild() {
		long start = System.nanoTime();
		int documents = build();
		log.info("Search index built: {} resources in {} ms", documents, (System.nanoTime() - start) / 1_000_000);
		return documents;
	}

	private synchronized int build() {
		// The sequence before the content: a write that lands during the build is then
		// applied again by its change, which is harmless, rather than missed.
		long version = this.source.storeVersion();
		ContentKey content = this.source.contentKey();
		Map<String, String> resources = this.source.resources();
		Map<String, Map<String, LocalizedText>> labels = this.source.facetValueLabels();
		this.index.replaceAll(
				(sink) -> this.source.read(resources, (resource) -> sink.accept(SearchDocuments.toDocument(resource))),
				content, version, labels);
		if (this.patches != null) {
			this.patches.prune(version);
		}
		return resources.size();
	}

}
