package ma.hcp.simimo.store;

import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.system.Txn;

import org.springframework.stereotype.Component;

/**
 * The coordinator view of decision 0027: one read-only dataset, built per request, of the
 * public store's graphs and the private store's record graphs (each draft's graph,
 * {@code urn:simimo:draft:…}, and each restricted record's,
 * {@value #RESTRICTED_PREFIX}…). The private store's accounts, drafts index, history and
 * settings graphs are never in it: history is {@code READ_HISTORY}'s, and the accounts
 * hold credentials.
 */
@Component
public final class EditorViews {

	/** The private graphs of restricted records: {@code <prefix><record IRI>}. */
	public static final String RESTRICTED_PREFIX = "urn:simimo:restricted:";

	/** The private graphs a coordinator's view holds, by the start of their names. */
	static final List<String> COORDINATOR_GRAPHS = List.of("urn:simimo:draft:", RESTRICTED_PREFIX);

	private final PrivateStore privateStore;

	public EditorViews(PrivateStore privateStore) {
		this.privateStore = privateStore;
	}

	/**
	 * Runs {@code body} under a read transaction of the private store, in which
	 * {@link #coordinator} may be read; TDB2 transactions belong to the thread, so the
	 * view is read in this one.
	 */
	public <T> T reading(Supplier<T> body) {
		return Txn.calculateRead(this.privateStore.datasetGraph(), body);
	}

	/**
	 * The coordinator view over {@code published}, which the caller reads under its own
	 * read transaction, inside {@link #reading}. Its default graph is the union of its
	 * named graphs, as the public store's is; a draft's graph describes the record with
	 * its published IRI, so the union holds both versions, told apart by {@code GRAPH}.
	 * {@code text:query} searches the public text index only: drafts and restricted
	 * records are in none.
	 */
	public DatasetGraph coordinator(DatasetGraph published) {
		DatasetGraph named = DatasetGraphFactory.createGeneral();
		published.listGraphNodes().forEachRemaining((name) -> named.addGraph(name, published.getGraph(name)));
		DatasetGraph records = this.privateStore.datasetGraph();
		records.listGraphNodes().forEachRemaining((name) -> {
			if (coordinatorGraph(name)) {
				named.addGraph(name, records.getGraph(name));
			}
		});
		DatasetGraph view = new DatasetGraphMapLink(new GraphUnionRead(named));
		named.listGraphNodes().forEachRemaining((name) -> view.addGraph(name, named.getGraph(name)));
		DatasetGraphText text = textDataset(published);
		if (text != null) {
			view.getContext().set(TextQuery.textIndex, text.getTextIndex());
		}
		return new DatasetGraphReadOnly(view, view.getContext());
	}

	private static boolean coordinatorGraph(Node name) {
		return name.isURI() && COORDINATOR_GRAPHS.stream().anyMatch(name.getURI()::startsWith);
	}

	private static DatasetGraphText textDataset(DatasetGraph store) {
		DatasetGraph current = store;
		while (current != null) {
			if (current instanceof DatasetGraphText text) {
				return text;
			}
			current = (current instanceof DatasetGraphWrapper wrapper) ? wrapper.getWrapped() : null;
		}
		return null;
	}

}
