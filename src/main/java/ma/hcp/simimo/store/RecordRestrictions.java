package ma.hcp.simimo.store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restricted records (decision 0027): a published record's description leaves the public
 * store for the private graph {@code urn:simimo:restricted:<record IRI>}, and comes back
 * when it is unrestricted. What leaves is every quad of the public store that names the
 * record, as subject (with the blank nodes it leads to) or object, in any graph (the
 * record-owners graph and the catalogue's {@code dcat:dataset} included), and every quad
 * that names its edited graph (the system graph's registration): no union query, text
 * index, search document, facet or cache of the public store can see it. Three writes, as
 * a publication's ({@link RecordPublication}):
 * <ol>
 * <li>private: a {@code simimo:Change} in state {@code simimo:pending} with the RDF Patch
 * of the public write (quads and their graphs), and, for a restriction, the restricted
 * graph;</li>
 * <li>public, one {@link StoreWriter} write: the quads deleted (restriction) or added
 * back to the graphs they came from (unrestriction), checked under the writer's lock to
 * be still what step 1 read;</li>
 * <li>private: the change {@code simimo:applied}, and for an unrestriction the restricted
 * graph gone; or {@code simimo:refused} and step 1 undone.</li>
 * </ol>
 * The public store keeps no trace to settle against, so {@link #settle()} asks it whether
 * it still describes the record: a restriction whose record is gone from it was applied,
 * an unrestriction whose record is back was.
 */
public class RecordRestrictions {

	private static final Logger log = LoggerFactory.getLogger(RecordRestrictions.class);

	private static final Node OWNER = Vocab.OWNER.asNode();

	private final RecordDrafts drafts;

	private final PrivateStore privateStore;

	private final Optional<Dataset> publicStore;

	private final Optional<StoreWriter> writer;

	private final GraphNames graphNames;

	/** How a restriction or an unrestriction ended. */
	public enum Outcome {

		/** Done: the public store no longer (or again) describes the record. */
		APPLIED,
		/** The record has a draft: publish or discard it first. Nothing was written. */
		HAS_DRAFT,
		/**
		 * The record is not in the state the step starts from (not published, or not
		 * restricted). Nothing was written.
		 */
		WRONG_STATE,
		/**
		 * The public store's description changed between the two reads, or the content
		 * shapes refused the result: recorded as refused, nothing else changed.
		 */
		REFUSED

	}

	RecordRestrictions(RecordDrafts drafts, PrivateStore privateStore, Optional<Dataset> publicStore,
			Optional<StoreWriter> writer, GraphNames graphNames) {
		this.drafts = drafts;
		this.privateStore = privateStore;
		this.publicStore = publicStore;
		this.writer = writer;
		this.graphNames = graphNames;
	}

	/** The private graph of restricted record {@code record}. */
	public static String graphOf(String record) {
		return EditorViews.RESTRICTED_PREFIX + record;
	}

	/** Whether {@code record} is restricted. */
	public boolean isRestricted(String record) {
		DatasetGraph store = this.privateStore.datasetGraph();
		return Txn.calculateRead(store, () -> store.containsGraph(NodeFactory.createURI(graphOf(record))));
	}

	/**
	 * Every restricted record, for the content loader, which leaves them out of the files
	 * it reloads.
	 */
	public static Set<String> restrictedIn(PrivateStore privateStore) {
		DatasetGraph store = privateStore.datasetGraph();
		return Txn.calculateRead(store, () -> {
			Set<String> records = new TreeSet<>();
			store.listGraphNodes().forEachRemaining((name) -> {
				if (name.isURI() && name.getURI().startsWith(EditorViews.RESTRICTED_PREFIX)) {
					records.add(name.getURI().substring(EditorViews.RESTRICTED_PREFIX.length()));
				}
			});
			return records;
		});
	}

	/** The owner of restricted record {@code record}, kept in its private graph. */
	public Optional<String> owner(String record) {
		DatasetGraph store = this.privateStore.datasetGraph();
		return Txn.calculateRead(store, () -> {
			Graph graph = store.getGraph(NodeFactory.createURI(graphOf(record)));
			return graph.find(NodeFactory.createURI(record), OWNER, Node.ANY)
				.nextOptional()
				.map(Triple::getObject)
				.filter(Node::isURI)
				.map(Node::getURI);
		});
	}

	/** What restricted record {@code record}'s private graph holds, empty if none. */
	public Model description(String record) {
		DatasetGraph store = this.privateStore.datasetGraph();
		return Txn.calculateRead(store, () -> {
			Graph copy = GraphFactory.createDefaultGraph();
			store.getGraph(NodeFactory.createURI(graphOf(record))).find().forEachRemaining(copy::add);
			return ModelFactory.createModelForGraph(copy);
		});
	}

	/**
	 * Restricts published record {@code record} on behalf of {@code account}.
	 * @param comment the viewer's words; empty means none
	 */
	public Outcome restrict(String record, String account, Optional<String> comment) {
		Dataset store = publicStore();
		StoreWriter publicWriter = publicWriter();
		List<Quad> mentions = Txn.calculateRead(store, () -> mentions(store.asDatasetGraph(), record));
		if (!Txn.calculateRead(store, () -> describes(store.asDatasetGraph(), record))) {
			return Outcome.WRONG_STATE;
		}
		if (this.drafts.draftOf(record).isPresent()) {
			return Outcome.HAS_DRAFT;
		}
		String patch = RDFPatchOps.str(RDFPatchOps.build((changes) -> {
			changes.txnBegin();
			mentions.forEach((quad) -> changes.delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(),
					quad.getObject()));
			changes.txnCommit();
		}));
		Outcome[] refused = new Outcome[1];
		String[] change = new String[1];
		this.privateStore.write("restriction of " + record + " (pending)", (write) -> {
			QuerySolutionMap recordBinding = new QuerySolutionMap();
			recordBinding.add("record", ResourceFactory.createResource(record));
			if (write.ask("store/recordHasDraft", recordBinding)) {
				refused[0] = Outcome.HAS_DRAFT;
				return;
			}
			if (write.dataset().containsGraph(NodeFactory.createURI(graphOf(record)))) {
				refused[0] = Outcome.WRONG_STATE;
				return;
			}
			Node graph = NodeFactory.createURI(graphOf(record));
			// Only what is not the system graph's bookkeeping is the record's.
			mentions.stream()
				.filter((quad) -> !quad.getGraph().getURI().equals(systemGraph()))
				.forEach(
						(quad) -> write.dataset().add(graph, quad.getSubject(), quad.getPredicate(), quad.getObject()));
			change[0] = this.drafts.history()
				.append(write, record, account, comment, WorkflowState.PUBLISHED, WorkflowState.RESTRICTED,
						Optional.of(patch), Optional.of(Vocab.SIMIMO + "pending"));
		});
		if (refused[0] != null) {
			return refused[0];
		}
		try {
			long sequence = publicWriter.write("restriction of " + record, (write) -> {
				if (!new HashSet<>(mentions(write.dataset(), record)).equals(new HashSet<>(mentions))) {
					throw new DescriptionMoved();
				}
				mentions.forEach(write.dataset()::delete);
			}).sequence();
			outcome(change[0], record, Optional.of(sequence), false);
			log.info("Restricted {} (write {}, change {})", record, sequence, change[0]);
			return Outcome.APPLIED;
		}
		catch (DescriptionMoved | ContentValidationException ex) {
			outcome(change[0], record, Optional.empty(), true);
			log.warn("Restriction of {} refused: {}", record, ex.getMessage());
			return Outcome.REFUSED;
		}
	}

	/**
	 * Publishes restricted record {@code record} again, as it was when it was restricted,
	 * on behalf of {@code account}.
	 */
	public Outcome unrestrict(String record, String account, Optional<String> comment) {
		Dataset store = publicStore();
		StoreWriter publicWriter = publicWriter();
		Optional<String> restriction = this.drafts.history()
			.of(record)
			.stream()
			.filter((entry) -> entry.to() == WorkflowState.RESTRICTED)
			.filter((entry) -> (Vocab.SIMIMO + "applied").equals(entry.changeState().orElse(null)))
			.findFirst()
			.flatMap(RecordHistory.Change::patch);
		if (!isRestricted(record) || restriction.isEmpty()) {
			return Outcome.WRONG_STATE;
		}
		List<Quad> quads = deletedBy(restriction.get());
		String patch = RDFPatchOps.str(RDFPatchOps.build((changes) -> {
			changes.txnBegin();
			quads.forEach(
					(quad) -> changes.add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()));
			changes.txnCommit();
		}));
		String[] change = new String[1];
		boolean[] gone = new boolean[1];
		this.privateStore.write("unrestriction of " + record + " (pending)", (write) -> {
			if (!write.dataset().containsGraph(NodeFactory.createURI(graphOf(record)))) {
				gone[0] = true;
				return;
			}
			change[0] = this.drafts.history()
				.append(write, record, account, comment, WorkflowState.RESTRICTED, WorkflowState.PUBLISHED,
						Optional.of(patch), Optional.of(Vocab.SIMIMO + "pending"));
		});
		if (gone[0]) {
			return Outcome.WRONG_STATE;
		}
		try {
			long sequence = publicWriter.write("unrestriction of " + record, (write) -> {
				if (describes(write.dataset(), record)) {
					throw new DescriptionMoved();
				}
				quads.forEach(write.dataset()::add);
			}).sequence();
			outcomeOfUnrestriction(change[0], record, Optional.of(sequence), false);
			log.info("Unrestricted {} (write {}, change {})", record, sequence, change[0]);
			return Outcome.APPLIED;
		}
		catch (DescriptionMoved | ContentValidationException ex) {
			outcomeOfUnrestriction(change[0], record, Optional.empty(), true);
			log.warn("Unrestriction of {} refused: {}", record, ex.getMessage());
			return Outcome.REFUSED;
		}
	}

	/**
	 * Settles the restrictions and unrestrictions a stop left pending, from the public
	 * store alone: applied when it no longer (restriction) or again (unrestriction)
	 * describes the record. At start-up, before anything else writes.
	 */
	public void settle() {
		if (this.publicStore.isEmpty()) {
			return;
		}
		Dataset store = this.publicStore.get();
		List<String[]> pending = this.privateStore.reader()
			.select("store/pendingRestrictions", new QuerySolutionMap(),
					(row) -> new String[] { row.getResource("change").getURI(), row.getResource("record").getURI(),
							row.getResource("toState").getURI() });
		for (String[] entry : pending) {
			boolean described = Txn.calculateRead(store, () -> describes(store.asDatasetGraph(), entry[1]));
			boolean restriction = entry[2].equals(WorkflowState.RESTRICTED.iri());
			boolean applied = restriction != described;
			log.warn("{} {} of {} was interrupted: recorded as {}", restriction ? "Restriction" : "Unrestriction",
					entry[0], entry[1], applied ? "applied" : "refused");
			if (restriction) {
				outcome(entry[0], entry[1], Optional.empty(), !applied);
			}
			else {
				outcomeOfUnrestriction(entry[0], entry[1], Optional.empty(), !applied);
			}
		}
	}

	/** Step 3 of a restriction; a refused one takes its private graph away. */
	private void outcome(String change, String record, Optional<Long> sequence, boolean refused) {
		this.privateStore.write("restriction " + change + " (outcome)", (write) -> {
			write.update("store/publicationOutcome", outcomeBindings(change, sequence, refused));
			if (refused) {
				write.dataset().removeGraph(NodeFactory.createURI(graphOf(record)));
			}
		});
	}

	/** Step 3 of an unrestriction; an applied one takes the private graph away. */
	private void outcomeOfUnrestriction(String change, String record, Optional<Long> sequence, boolean refused) {
		this.privateStore.write("unrestriction " + change + " (outcome)", (write) -> {
			write.update("store/publicationOutcome", outcomeBindings(change, sequence, refused));
			if (!refused) {
				write.dataset().removeGraph(NodeFactory.createURI(graphOf(record)));
			}
		});
	}

	private static QuerySolutionMap outcomeBindings(String change, Optional<Long> sequence, boolean refused) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("change", ResourceFactory.createResource(change));
		bindings.add("changeState", ResourceFactory.createResource(Vocab.SIMIMO + (refused ? "refused" : "applied")));
		sequence.ifPresent((number) -> bindings.add("writeSequence", ResourceFactory
			.createTypedLiteral(Long.toString(number), org.apache.jena.datatypes.xsd.XSDDatatype.XSDlong)));
		if (refused) {
			bindings.add("refusal", ResourceFactory.createPlainLiteral("refused or interrupted"));
		}
		return bindings;
	}

	/**
	 * Whether the public store describes {@code record} in a graph other than the system
	 * graph; the caller holds a transaction.
	 */
	private boolean describes(DatasetGraph store, String record) {
		Node subject = NodeFactory.createURI(record);
		Node system = NodeFactory.createURI(systemGraph());
		return store.stream(Node.ANY, subject, Node.ANY, Node.ANY).anyMatch((quad) -> !quad.getGraph().equals(system));
	}

	/**
	 * Every quad of the public store that names {@code record} or its edited graph, with
	 * the blank nodes those quads lead to; the caller holds a transaction.
	 */
	List<Quad> mentions(DatasetGraph store, String record) {
		Set<Quad> found = new LinkedHashSet<>();
		for (Node named : List.of(NodeFactory.createURI(record),
				NodeFactory.createURI(this.graphNames.editedGraph(record)))) {
			Deque<Node[]> subjects = new ArrayDeque<>();
			store.find(Node.ANY, named, Node.ANY, Node.ANY).forEachRemaining((quad) -> {
				found.add(quad);
				subjects.add(new Node[] { quad.getGraph(), quad.getObject() });
			});
			String computed = this.graphNames.computedGraph("");
			store.find(Node.ANY, Node.ANY, Node.ANY, named).forEachRemaining((quad) -> {
				found.add(quad);
				// What the application computed of the record (its harmonization
				// measurements, whose IRIs carry its local name) is the record's too.
				if (quad.getGraph().getURI().startsWith(computed)) {
					store.find(quad.getGraph(), quad.getSubject(), Node.ANY, Node.ANY).forEachRemaining((about) -> {
						found.add(about);
						subjects.add(new Node[] { about.getGraph(), about.getObject() });
					});
				}
			});
			Set<Node> seen = new HashSet<>();
			while (!subjects.isEmpty()) {
				Node[] next = subjects.pop();
				if (next[1].isBlank() && seen.add(next[1])) {
					store.find(next[0], next[1], Node.ANY, Node.ANY).forEachRemaining((quad) -> {
						found.add(quad);
						subjects.add(new Node[] { quad.getGraph(), quad.getObject() });
					});
				}
			}
		}
		return new ArrayList<>(found);
	}

	/** The quads a restriction's RDF Patch deleted. */
	private static List<Quad> deletedBy(String patchText) {
		RDFPatch patch = RDFPatchOps.read(new ByteArrayInputStream(patchText.getBytes(StandardCharsets.UTF_8)));
		List<Quad> quads = new ArrayList<>();
		patch.apply(new RDFChangesBase() {

			@Override
			public void delete(Node g, Node s, Node p, Node o) {
				quads.add(new Quad(g, s, p, o));
			}

		});
		return quads;
	}

	private String systemGraph() {
		return this.graphNames.systemGraph();
	}

	private Dataset publicStore() {
		return this.publicStore.orElseThrow(() -> new RemoteStoreException("restriction"));
	}

	private StoreWriter publicWriter() {
		return this.writer.orElseThrow(() -> new RemoteStoreException("restriction"));
	}

	/** Thrown inside the public write to abort it: the public description moved. */
	private static final class DescriptionMoved extends RuntimeException {

		DescriptionMoved() {
			super("the public store's description of the record changed meanwhile", null, false, false);
		}

	}

}
