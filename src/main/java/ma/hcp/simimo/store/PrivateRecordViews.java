package ma.hcp.simimo.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;

import ma.hcp.simimo.store.RecordDrafts.Draft;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The drafts and restricted records of the private store, each readable as the public
 * content would read with its private description in place of the published one: what the
 * editors' search index (decision 0027) builds its documents from, with the same queries
 * as the public index. A view's default graph is the private description united with the
 * public store's union graph less the triples whose subject is the record, so a draft's
 * document holds the draft's title and not the published one, and still finds its
 * scheme's type, its concepts' labels and its producer's name.
 */
@Component
public class PrivateRecordViews {

	/** The mark of a draft's document. */
	public static final String DRAFT = "draft";

	/** The mark of a restricted record's document. */
	public static final String RESTRICTED = "restricted";

	private final PrivateStore privateStore;

	private final ObjectProvider<Dataset> publicStore;

	private final QueryRegistry queries;

	private final RecordDrafts drafts;

	private final RecordRestrictions restrictions;

	private final RecordOwners owners;

	PrivateRecordViews(PrivateStore privateStore, ObjectProvider<Dataset> publicStore, QueryRegistry queries,
			RecordDrafts drafts, RecordRestrictions restrictions, RecordOwners owners) {
		this.privateStore = privateStore;
		this.publicStore = publicStore;
		this.queries = queries;
		this.drafts = drafts;
		this.restrictions = restrictions;
		this.owners = owners;
	}

	/**
	 * One draft or restricted record.
	 *
	 * @param iri the record
	 * @param owner the producer that owns it (the record-owners graph's, a new record's
	 * intended owner, or the restricted record's own), if one is known
	 * @param mark {@value #DRAFT} or {@value #RESTRICTED}
	 */
	public record PrivateRecord(String iri, Optional<String> owner, String mark) {
	}

	/** The private store's committed writes since it opened (see PrivateStore.writes). */
	public long privateWrites() {
		return this.privateStore.writes();
	}

	/**
	 * Hands each draft, then each restricted record, to {@code work} with an executor
	 * over its view, valid only until {@code work} returns.
	 */
	public void forEach(BiConsumer<PrivateRecord, SparqlExecutor> work) {
		List<Draft> all = this.drafts.all();
		for (Draft draft : all) {
			Optional<String> owner = this.owners.ownerOf(draft.record()).or(draft::owner);
			read(new PrivateRecord(draft.record(), owner, DRAFT), this.drafts.description(draft), work);
		}
		Set<String> restricted = RecordRestrictions.restrictedIn(this.privateStore);
		for (String record : restricted) {
			read(new PrivateRecord(record, this.restrictions.owner(record), RESTRICTED),
					this.restrictions.description(record), work);
		}
	}

	private void read(PrivateRecord record, Model description, BiConsumer<PrivateRecord, SparqlExecutor> work) {
		Dataset store = this.publicStore.getIfAvailable();
		if (store == null) {
			// A remote public store cannot be read under a transaction here: the document
			// holds what the private description says alone.
			work.accept(record, over(description.getGraph()));
			return;
		}
		Txn.executeRead(store, () -> {
			Graph others = new WithoutSubject(store.asDatasetGraph().getUnionGraph(),
					NodeFactory.createURI(record.iri()));
			work.accept(record, over(new Union(description.getGraph(), others)));
		});
	}

	private SparqlExecutor over(Graph graph) {
		return new SparqlExecutor(this.queries, new ViewQueryTarget(DatasetGraphFactory.wrap(graph)));
	}

	/** A graph less the triples whose subject is one node. */
	private static final class WithoutSubject extends WrappedGraph {

		private final Node subject;

		WithoutSubject(Graph base, Node subject) {
			super(base);
			this.subject = subject;
		}

		@Override
		public ExtendedIterator<Triple> find(Triple triple) {
			return find(triple.getSubject(), triple.getPredicate(), triple.getObject());
		}

		@Override
		public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
			if (this.subject.equals(s)) {
				return org.apache.jena.util.iterator.NullIterator.instance();
			}
			return super.find(s, p, o).filterDrop((triple) -> this.subject.equals(triple.getSubject()));
		}

		@Override
		public boolean contains(Node s, Node p, Node o) {
			return find(s, p, o).hasNext();
		}

		@Override
		public boolean contains(Triple triple) {
			return contains(triple.getSubject(), triple.getPredicate(), triple.getObject());
		}

	}

}
