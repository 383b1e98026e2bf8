package ma.hcp.simimo.store;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one Dataset of the embedded store and closes it cleanly: the text index first
 * (it holds the Lucene write lock), then TDB2, which is also expelled from Jena's per-JVM
 * connection cache so the directory can be opened again.
 */
public final class EmbeddedStore implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

	private final Dataset dataset;

	private final Path directory;

	private volatile String textIndexDamage;

	EmbeddedStore(Dataset dataset, Path directory) {
		this.dataset = dataset;
		this.directory = directory;
	}

	/**
	 * Assembles the store under {@code directory}. A text index that is damaged is
	 * discarded first (jena-text would fail to open it, or answer some queries with
	 * errors); {@link #verifyTextIndex} then rebuilds it from the store.
	 */
	static EmbeddedStore open(Path assembler, Path directory) {
		return open(directory, () -> StoreAssembler.assemble(assembler, directory));
	}

	/**
	 * The application's store, from {@code simimo.store.assembler} (by default the jar's
	 * copy).
	 */
	static EmbeddedStore open(StoreProperties properties) {
		return open(properties.directoryPath(), () -> StoreAssembler.assemble(properties));
	}

	private static EmbeddedStore open(Path directory, java.util.function.Supplier<Dataset> assemble) {
		Path lucene = textIndexDirectory(directory);
		LuceneIndexCheck check = LuceneIndexCheck.of(lucene);
		String damage = null;
		if (check.condition() == LuceneIndexCheck.Condition.DAMAGED) {
			LuceneIndexCheck.discard(lucene);
			damage = "was " + check.summary();
		}
		EmbeddedStore store = new EmbeddedStore(assemble.get(), directory);
		store.textIndexDamage = damage;
		return store;
	}

	/**
	 * Checks the text index against the store's content and rebuilds it when it is
	 * missing, was damaged, or is behind; run once the content is loaded.
	 */
	public TextIndexRecovery.Outcome verifyTextIndex(QueryRegistry queries, GraphNames graphNames) {
		TextIndexRecovery.Outcome outcome = TextIndexRecovery.verify(this.dataset.asDatasetGraph(), queries, graphNames,
				this.textIndexDamage);
		this.textIndexDamage = null;
		return outcome;
	}

	/** What the text index holds against the store, if there is one. */
	public java.util.Optional<TextIndexRecovery.Status> textIndexStatus(QueryRegistry queries, GraphNames graphNames) {
		return TextIndexRecovery.status(this.dataset.asDatasetGraph(), queries, graphNames);
	}

	/** The directory holding tdb2/ and lucene/. */
	public Path directory() {
		return this.directory;
	}

	static Path textIndexDirectory(Path storeDirectory) {
		return storeDirectory.toAbsolutePath().normalize().resolve("lucene");
	}

	public Dataset dataset() {
		return this.dataset;
	}

	@Override
	public void close() {
		DatasetGraph tdb = unwrap(this.dataset.asDatasetGraph());
		this.dataset.close();
		if (tdb != null && TDBInternal.isTDB2(tdb)) {
			TDBInternal.expel(tdb);
		}
		log.info("Store closed");
	}

	private static DatasetGraph unwrap(DatasetGraph graph) {
		DatasetGraph current = graph;
		while (current instanceof DatasetGraphWrapper wrapper) {
			current = wrapper.getWrapped();
		}
		return current;
	}

}
