package ma.hcp.simimo.store;

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

	EmbeddedStore(Dataset dataset) {
		this.dataset = dataset;
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
