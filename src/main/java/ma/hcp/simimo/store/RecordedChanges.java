package ma.hcp.simimo.store;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What one write changed, as the RDF Patch events of the dataset it writes through: which
 * graphs, and how many triples were added and removed. Only real changes are recorded, so
 * a write that adds what is there already changes nothing.
 */
final class RecordedChanges extends RDFChangesBase {

	private final String systemGraph;

	private final Set<String> graphs = new TreeSet<>();

	private long added;

	private long removed;

	RecordedChanges(String systemGraph) {
		this.systemGraph = systemGraph;
	}

	/**
	 * {@code store} seen through a recorder: every change made through the returned
	 * dataset is recorded here before it reaches {@code store}.
	 */
	DatasetGraph recording(DatasetGraph store) {
		return new DatasetGraphChanges(store, this) {

			@Override
			public void add(Node g, Node s, Node p, Node o) {
				if (!contains(g, s, p, o)) {
					super.add(g, s, p, o);
				}
			}

			@Override
			public void delete(Node g, Node s, Node p, Node o) {
				if (contains(g, s, p, o)) {
					super.delete(g, s, p, o);
				}
			}

		};
	}

	@Override
	public void add(Node g, Node s, Node p, Node o) {
		if (record(g)) {
			this.added++;
		}
	}

	@Override
	public void delete(Node g, Node s, Node p, Node o) {
		if (record(g)) {
			this.removed++;
		}
	}

	/** The loader's and the write path's own bookkeeping is not a change of content. */
	private boolean record(Node graph) {
		String name = (graph == null || !graph.isURI()) ? "" : graph.getURI();
		if (name.equals(this.systemGraph)) {
			return false;
		}
		this.graphs.add(name);
		return true;
	}

	Set<String> graphs() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(this.graphs));
	}

	long added() {
		return this.added;
	}

	long removed() {
		return this.removed;
	}

}
