package ma.hcp.simimo.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What one write changed, as the RDF Patch events of the dataset it writes through: which
 * graphs, how many triples were added and removed, the resources they name, and, up to
 * {@link #PATCH_LIMIT} quads, the patch itself for the {@link PatchLog}. Only real
 * changes are recorded, so a write that adds what is there already changes nothing.
 */
final class RecordedChanges extends RDFChangesBase {

	/**
	 * The most quads a patch keeps: a larger write (the first load of a big content
	 * directory) is logged without its body, and what derives from the store rebuilds.
	 */
	static final int PATCH_LIMIT = 20_000;

	private final String systemGraph;

	private final List<Change> patch = new ArrayList<>();

	private final ChangedResources resources = new ChangedResources(PATCH_LIMIT);

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
			keep(true, g, s, p, o);
		}
	}

	@Override
	public void delete(Node g, Node s, Node p, Node o) {
		if (record(g)) {
			this.removed++;
			keep(false, g, s, p, o);
		}
	}

	private void keep(boolean add, Node g, Node s, Node p, Node o) {
		this.resources.quad((g == null || !g.isURI()) ? "" : g.getURI(), s, p, o);
		if (this.patch.size() < PATCH_LIMIT) {
			this.patch.add(new Change(add, g, s, p, o));
		}
	}

	/** Whether {@link #replay} hands over every change, not only the first ones. */
	boolean patchComplete() {
		return this.added + this.removed <= PATCH_LIMIT;
	}

	/** Hands the recorded changes, in order, to {@code target}. */
	void replay(RDFChanges target) {
		for (Change change : this.patch) {
			if (change.add()) {
				target.add(change.g(), change.s(), change.p(), change.o());
			}
			else {
				target.delete(change.g(), change.s(), change.p(), change.o());
			}
		}
	}

	/**
	 * What the write changed, as the write from {@code sequence - 1} to {@code sequence}.
	 */
	StoreChange change(long sequence, String contentVersion) {
		return this.resources.change(sequence - 1, sequence, contentVersion, patchComplete());
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

	private record Change(boolean add, Node g, Node s, Node p, Node o) {
	}

}
