package ma.hcp.simimo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.access.Scope;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.PrivateRecordViews;
import ma.hcp.simimo.store.PrivateStore;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The editors' search index of decision 0027, under {@code <store>/private/search}: one
 * document per draft and per restricted record, built by {@link SearchDocuments} like the
 * public index's, with the record's owner and its mark (draft or restricted). The public
 * index never holds these documents. It is rebuilt whole, before an editor's search reads
 * it, whenever the private store or the public store has committed a write since the last
 * build: the private store is small (docs/benchmarks.md), and a rebuild is always right.
 */
@Component
class PrivateSearchIndex implements DisposableBean {

	static final String OWNER = "owner";

	static final String MARK = "mark";

	private static final Logger log = LoggerFactory.getLogger(PrivateSearchIndex.class);

	private final SearchIndex index;

	private final PrivateRecordViews views;

	private final IndexSourceRepository source;

	/** The public index, whose facet value labels the editors' hits show. */
	private final SearchIndex published;

	private final ContentVersion version;

	private final LinkedDataPaths paths;

	/** The writes of both stores the index reflects, or null before the first build. */
	private String built;

	@Autowired
	PrivateSearchIndex(@Value("${simimo.store.directory}") String storeDirectory, PrivateRecordViews views,
			IndexSourceRepository source, SearchIndex published, ContentVersion version, LinkedDataPaths paths) {
		this(Path.of(storeDirectory).toAbsolutePath().normalize().resolve(PrivateStore.DIRECTORY).resolve("search"),
				views, source, published, version, paths);
	}

	PrivateSearchIndex(Path location, PrivateRecordViews views, IndexSourceRepository source, SearchIndex published,
			ContentVersion version, LinkedDataPaths paths) {
		this.index = new SearchIndex(location);
		this.views = views;
		this.source = source;
		this.published = published;
		this.version = version;
		this.paths = paths;
	}

	/** The index, first brought up to date with both stores. */
	synchronized SearchIndex current() {
		// Read before the build: a write that lands during it triggers the next one.
		String writes = this.views.privateWrites() + "/" + this.version.sequence();
		if (!writes.equals(this.built)) {
			long start = System.nanoTime();
			int documents = build();
			this.built = writes;
			log.info("Editors' search index built: {} draft(s) and restricted record(s) in {} ms", documents,
					(System.nanoTime() - start) / 1_000_000);
		}
		return this.index;
	}

	/** The index as it is on disk, not brought up to date: for the restart test. */
	SearchIndex asCommitted() {
		return this.index;
	}

	private int build() {
		long sequence = this.version.sequence();
		Map<String, Map<String, LocalizedText>> labels = this.published.facetValueLabels();
		int[] documents = { 0 };
		this.index.replaceAll((sink) -> this.views.forEach((record, executor) -> {
			IndexSourceRepository view = new IndexSourceRepository(executor, this.version,
					new Labels(executor, this.version, this.paths));
			view.read(view.resourcesAmong(List.of(record.iri())), (resource) -> {
				Document document = SearchDocuments.toDocument(resource);
				document.add(new StringField(OWNER, record.owner().orElse(""), Field.Store.YES));
				document.add(new StringField(MARK, record.mark(), Field.Store.YES));
				sink.accept(document);
				documents[0]++;
			});
		}), this.source.contentKey(), sequence, labels);
		return documents[0];
	}

	/**
	 * The documents {@code viewer} may read, as a Lucene filter: all of them for a viewer
	 * who may read any draft, those its producers own for one who may read its own
	 * producer's, none otherwise. Empty when the viewer may read none.
	 */
	static Optional<Query> visibleTo(Viewer viewer) {
		boolean any = false;
		boolean own = false;
		for (Role role : viewer.roles()) {
			Optional<Scope> scope = Permissions.scope(role, Action.READ_DRAFTS);
			any |= scope.filter(Scope.ANY::equals).isPresent();
			own |= scope.filter(Scope.OWN_PRODUCER::equals).isPresent();
		}
		if (any) {
			return Optional.of(new MatchAllDocsQuery());
		}
		if (!own || viewer.producers().isEmpty()) {
			return Optional.empty();
		}
		BooleanQuery.Builder owners = new BooleanQuery.Builder();
		viewer.producers().forEach((producer) -> owners.add(new TermQuery(new Term(OWNER, producer)), Occur.SHOULD));
		return Optional.of(owners.build());
	}

	/** The mark of the document of {@code iri}: draft or restricted, "" when none. */
	String markOf(String iri) {
		return this.index.search((searcher) -> {
			try {
				ScoreDoc[] hits = searcher.search(new TermQuery(new Term(SearchFields.IRI, iri)), 1).scoreDocs;
				return (hits.length == 0) ? "" : searcher.storedFields().document(hits[0].doc).get(MARK);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@Override
	public void destroy() {
		this.index.close();
	}

}
