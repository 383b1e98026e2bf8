package ma.hcp.simimo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.ContentKey;
import ma.hcp.simimo.store.LuceneIndexCheck;

/**
 * The application's Lucene index: one document per resource, its facet state, and the key
 * (content version and reader view) and write sequence of the store content it reflects.
 * Readers always see a whole build or a whole update: a rebuild replaces every document
 * in one commit, an update replaces or deletes some in one commit, then the searcher is
 * swapped.
 */
class SearchIndex implements AutoCloseable {

	static final String CONTENT = "simimo.contentKey";

	static final String LAYOUT = "simimo.layoutVersion";

	static final String DOCUMENTS = "simimo.documents";

	/** The store's write sequence the commit reflects (see {@code PatchLog}). */
	static final String STORE_VERSION = "simimo.storeVersion";

	/** Documents added or replaced since the index opened, for tests and benchmarks. */
	private final AtomicLong written = new AtomicLong();

	private final Directory directory;

	private volatile Handles handles;

	private final FacetsConfig facetsConfig = SearchFields.facetsConfig();

	private volatile Map<String, Map<String, LocalizedText>> facetValueLabels = Map.of();

	private final String damage;

	/**
	 * Opens the index at {@code location}; one that fails its check (a garbled, truncated
	 * or missing file) is discarded first, so the start goes on and the indexer rebuilds
	 * it from the store.
	 */
	SearchIndex(Path location) {
		LuceneIndexCheck check = LuceneIndexCheck.of(location);
		if (check.condition() == LuceneIndexCheck.Condition.DAMAGED) {
			LuceneIndexCheck.discard(location);
			this.damage = "was " + check.summary();
		}
		else {
			this.damage = null;
		}
		try {
			Files.createDirectories(location);
			this.directory = FSDirectory.open(location);
			this.handles = open(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index at " + location, ex);
		}
	}

	/** The layout and content key the committed index was built from, or "" for none. */
	String builtFrom() {
		try {
			if (!DirectoryReader.indexExists(this.directory)) {
				return "";
			}
			Map<String, String> data = SegmentInfos.readLatestCommit(this.directory).getUserData();
			return data.getOrDefault(LAYOUT, "") + "/" + data.getOrDefault(CONTENT, "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the search index commit", ex);
		}
	}

	/** The layout version the committed index was built by, or "" for none. */
	String layout() {
		return commitData().getOrDefault(LAYOUT, "");
	}

	/**
	 * The store's write sequence the committed index reflects, or -1 where it records
	 * none (no index, or one built before the sequence existed).
	 */
	long recordedVersion() {
		String version = commitData().get(STORE_VERSION);
		return (version != null) ? Long.parseLong(version) : -1;
	}

	private Map<String, String> commitData() {
		try {
			return DirectoryReader.indexExists(this.directory)
					? SegmentInfos.readLatestCommit(this.directory).getUserData() : Map.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the search index commit", ex);
		}
	}

	/** Documents added or replaced since the index opened. */
	long documentsWritten() {
		return this.written.get();
	}

	/** What the check before opening found wrong (the index was discarded), or null. */
	String damage() {
		return this.damage;
	}

	/**
	 * Why the committed index does not hold the build its commit records, or null when it
	 * does: the number of documents a reader sees against the number the build wrote.
	 */
	String documentMismatch() {
		try {
			if (!DirectoryReader.indexExists(this.directory)) {
				return null;
			}
			String recorded = SegmentInfos.readLatestCommit(this.directory).getUserData().get(DOCUMENTS);
			int documents = search((searcher) -> searcher.getIndexReader().numDocs());
			return (recorded == null || recorded.equals(Integer.toString(documents))) ? null
					: "holds " + documents + " document(s) where its build wrote " + recorded;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the search index commit", ex);
		}
	}

	static String buildKey(ContentKey content) {
		return SearchFields.LAYOUT_VERSION + "/" + content.asText();
	}

	/**
	 * Replaces every document with those {@code producer} hands over, commits them with
	 * the content key, then makes them visible. On failure nothing of the new build is
	 * visible and the previous commit stays.
	 */
	synchronized void replaceAll(Consumer<Consumer<Document>> producer, ContentKey content, long version,
			Map<String, Map<String, LocalizedText>> labels) {
		IndexWriter writer = this.handles.writer();
		try {
			writer.deleteAll();
			int[] documents = { 0 };
			producer.accept((document) -> {
				try {
					writer.addDocument(this.facetsConfig.build(document));
					this.written.incrementAndGet();
					documents[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			commit(writer, content, version, documents[0], labels);
		}
		catch (IOException | RuntimeException ex) {
			rollBackToLastCommit();
			throw (ex instanceof IOException io) ? new UncheckedIOException("Search index not rebuilt", io)
					: (RuntimeException) ex;
		}
	}

	/**
	 * Deletes the documents of {@code removed}, replaces those {@code producer} hands
	 * over (or adds them, for resources the index did not hold), and commits with the
	 * content key and write sequence; the other documents stay as they are. Returns the
	 * number of documents deleted. On failure nothing of the update is visible and the
	 * previous commit stays.
	 */
	synchronized int update(Set<String> removed, Consumer<Consumer<Document>> producer, ContentKey content,
			long version, Map<String, Map<String, LocalizedText>> labels) {
		IndexWriter writer = this.handles.writer();
		try {
			Set<String> present = new HashSet<>();
			int before = search((searcher) -> {
				for (String iri : removed) {
					if (holds(searcher, iri)) {
						present.add(iri);
					}
				}
				return searcher.getIndexReader().numDocs();
			});
			int[] documents = { before - present.size() };
			for (String iri : removed) {
				writer.deleteDocuments(new Term(SearchFields.IRI, iri));
			}
			producer.accept((document) -> {
				try {
					String iri = document.get(SearchFields.IRI);
					if (!search((searcher) -> holds(searcher, iri))) {
						documents[0]++;
					}
					writer.updateDocument(new Term(SearchFields.IRI, iri), this.facetsConfig.build(document));
					this.written.incrementAndGet();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			commit(writer, content, version, documents[0], labels);
			return present.size();
		}
		catch (IOException | RuntimeException ex) {
			rollBackToLastCommit();
			throw (ex instanceof IOException io) ? new UncheckedIOException("Search index not updated", io)
					: (RuntimeException) ex;
		}
	}

	private static boolean holds(IndexSearcher searcher, String iri) {
		try {
			return searcher.count(new TermQuery(new Term(SearchFields.IRI, iri))) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void commit(IndexWriter writer, ContentKey content, long version, int documents,
			Map<String, Map<String, LocalizedText>> labels) throws IOException {
		Map<String, String> data = new HashMap<>();
		data.put(CONTENT, content.asText());
		data.put(LAYOUT, SearchFields.LAYOUT_VERSION);
		data.put(DOCUMENTS, Integer.toString(documents));
		if (version >= 0) {
			data.put(STORE_VERSION, Long.toString(version));
		}
		writer.setLiveCommitData(data.entrySet());
		writer.commit();
		this.facetValueLabels = labels;
		this.handles.searchers().maybeRefreshBlocking();
	}

	void useLabels(Map<String, Map<String, LocalizedText>> labels) {
		this.facetValueLabels = labels;
	}

	Map<String, Map<String, LocalizedText>> facetValueLabels() {
		return this.facetValueLabels;
	}

	FacetsConfig facetsConfig() {
		return this.facetsConfig;
	}

	/** Runs {@code work} on the current searcher, which stays valid until it returns. */
	<T> T search(Function<FacetedSearcher, T> work) {
		try {
			SearcherManager searchers = this.handles.searchers();
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.apply((FacetedSearcher) searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Search index not readable", ex);
		}
	}

	long sizeOnDisk() {
		try {
			long size = 0;
			for (String file : this.directory.listAll()) {
				size += this.directory.fileLength(file);
			}
			return size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void rollBackToLastCommit() {
		try {
			// rollback() drops what was not committed but closes the writer: open a new
			// one (and its searchers) on the last commit.
			this.handles.writer().rollback();
			this.handles.searchers().close();
			this.handles = open(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Search index not reopened after a failed build", ex);
		}
	}

	private static Handles open(Directory directory) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(SearchFields.indexAnalyzer());
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		config.setRAMBufferSizeMB(64);
		IndexWriter writer = new IndexWriter(directory, config);
		return new Handles(writer, new SearcherManager(writer, new FacetedSearcherFactory()));
	}

	private record Handles(IndexWriter writer, SearcherManager searchers) {
	}

	@Override
	public void close() {
		try {
			this.handles.searchers().close();
			this.handles.writer().close();
			this.directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Search index not closed cleanly", ex);
		}
	}

	/** A searcher with the facet state of its reader, built once per reader. */
	static final class FacetedSearcher extends IndexSearcher {

		private final SortedSetDocValuesReaderState facetState;

		FacetedSearcher(IndexReader reader) throws IOException {
			super(reader);
			this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader) : null;
		}

		/** The facet state, or null while the index is empty. */
		SortedSetDocValuesReaderState facetState() {
			return this.facetState;
		}

		private static boolean hasFacets(IndexReader reader) {
			return reader.leaves()
				.stream()
				.anyMatch((leaf) -> leaf.reader()
					.getFieldInfos()
					.fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
		}

	}

	private static final class FacetedSearcherFactory extends SearcherFactory {

		@Override
		public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
			return new FacetedSearcher(reader);
		}

	}

}
