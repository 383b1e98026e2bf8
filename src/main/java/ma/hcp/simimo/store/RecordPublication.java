package ma.hcp.simimo.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.store.RecordDrafts.Draft;

/**
 * Publication of a submitted draft (decision 0027): the record's published description is
 * replaced by the draft's. The public store and the private store are two TDB2 databases
 * with no shared transaction, so publication is three writes joined by the change entry,
 * an outbox:
 * <ol>
 * <li>private: a {@code simimo:Change} in state {@code simimo:pending}, with the RDF
 * Patch the publication will apply (the draft is kept);</li>
 * <li>public, one {@link StoreWriter} write: the record's triples leave every content
 * graph but the owners' graphs, the draft's go into the record's edited graph
 * ({@link GraphNames#editedGraph}), which the system graph registers with
 * {@code simimo:lastAppliedChange} naming the change; the shapes check runs here on the
 * real content;</li>
 * <li>private: the change becomes {@code simimo:applied} with the write's sequence, and
 * the draft goes; or {@code simimo:refused} with why, and the draft stays submitted.</li>
 * </ol>
 * A crash between them leaves a pending change, which {@link #settle()} decides at
 * start-up from the public store alone: applied if and only if a graph names it as its
 * last applied change. A withdrawal ({@link #withdraw}) is the same three writes with
 * nothing added: the record's edited graph stays registered, empty, with
 * {@code simimo:withdrawn} and the labels its 410 page shows ({@link WithdrawnRecords}).
 */
public class RecordPublication {

	private static final Logger log = LoggerFactory.getLogger(RecordPublication.class);

	/** The longest refusal text a change keeps, in characters. */
	private static final int REFUSAL_LENGTH = 4000;

	private final RecordDrafts drafts;

	private final PrivateStore privateStore;

	private final Optional<Dataset> publicStore;

	private final Optional<StoreWriter> writer;

	private final QueryRegistry queries;

	private final GraphNames graphNames;

	private final String ownersGraph;

	/** Called after each step, for the tests that stop a publication between two. */
	private final Consumer<Step> afterStep;

	/** The three writes of a publication, in order. */
	public enum Step {

		PENDING, PUBLIC, OUTCOME

	}

	/** How a publication ended. */
	public enum Outcome {

		/** The draft's description is published and the draft is gone. */
		APPLIED,
		/**
		 * The published description changed since the draft started from it: nothing was
		 * written.
		 */
		BASE_CHANGED,
		/** The content shapes refused the result: nothing was published. */
		REFUSED_BY_SHAPES,
		/**
		 * A withdrawal of a record with no published description: nothing was written.
		 */
		NOT_PUBLISHED

	}

	/**
	 * What a publication did.
	 *
	 * @param outcome how it ended
	 * @param change the change entry's IRI; empty when nothing was written
	 * @param violations the shapes' messages, for {@link Outcome#REFUSED_BY_SHAPES}
	 * @param writeSequence the public write's number, for {@link Outcome#APPLIED}
	 */
	public record Publication(Outcome outcome, Optional<String> change, List<String> violations, long writeSequence) {
	}

	RecordPublication(RecordDrafts drafts, PrivateStore privateStore, Optional<Dataset> publicStore,
			Optional<StoreWriter> writer, QueryRegistry queries, GraphNames graphNames, Consumer<Step> afterStep) {
		this.drafts = drafts;
		this.privateStore = privateStore;
		this.publicStore = publicStore;
		this.writer = writer;
		this.queries = queries;
		this.graphNames = graphNames;
		this.ownersGraph = graphNames.forFile(RecordOwners.FILE);
		this.afterStep = afterStep;
	}

	/**
	 * Publishes {@code draft}, which must be submitted, on behalf of {@code account}.
	 * @param comment the coordinator's words; blank means none
	 * @throws WrongStateException when the draft is not submitted (checked under the
	 * private write's lock), and nothing is written
	 * @throws StaleRevisionException when the draft was saved since {@code draft} was
	 * read, and nothing is written
	 */
	public Publication publish(Draft draft, String account, Optional<String> comment) {
		Dataset store = this.publicStore.orElseThrow(() -> new BadRequestException("error.draft.remoteStore"));
		StoreWriter publicWriter = this.writer.orElseThrow(() -> new BadRequestException("error.draft.remoteStore"));
		String record = draft.record();
		Model description = this.drafts.description(draft);
		Map<String, List<Triple>> published = Txn.calculateRead(store,
				() -> publishedByGraph(store.asDatasetGraph(), record));
		if (!RecordDrafts.digest(union(published)).equals(draft.base())) {
			return new Publication(Outcome.BASE_CHANGED, Optional.empty(), List.of(), 0);
		}
		String edited = this.graphNames.editedGraph(record);
		List<Quad> added = relabelled(edited, description);
		RDFPatch patch = patch(published, added);
		String change = pending(draft, account, comment, RDFPatchOps.str(patch));
		this.afterStep.accept(Step.PENDING);
		long sequence;
		try {
			sequence = publicWriter.write("publication of " + record, (write) -> {
				DatasetGraph target = write.dataset();
				Map<String, List<Triple>> current = publishedByGraph(target, record);
				if (!RecordDrafts.digest(union(current)).equals(draft.base())) {
					throw new BaseChanged();
				}
				boolean first = !current.containsKey(edited);
				if (first) {
					recordFileDigests(write, edited, current);
				}
				current.forEach((graph, triples) -> {
					Node name = NodeFactory.createURI(graph);
					triples.forEach((triple) -> target.delete(new Quad(name, triple)));
				});
				added.forEach(target::add);
				register(write, edited, Optional.of(record), change);
				// Published again after a withdrawal: its IRI answers 200 again.
				write.update("store/clearWithdrawal", editedBindings(edited));
				List<Quad> partsOwners = newPartsOwners(target, record, draft.owner(), description);
				partsOwners.forEach(target::add);
				draft.owner().ifPresent((owner) -> {
					// A new record: its owner goes where no file reload replaces it.
					target.add(NodeFactory.createURI(this.graphNames.editedOwnersGraph()),
							NodeFactory.createURI(record), Vocab.OWNER.asNode(), NodeFactory.createURI(owner));
				});
				if (draft.owner().isPresent() || !partsOwners.isEmpty()) {
					register(write, this.graphNames.editedOwnersGraph(), Optional.empty(), change);
				}
			}).sequence();
		}
		catch (BaseChanged ex) {
			outcome(change, draft, Optional.empty(), Optional.of("the published version changed meanwhile"));
			return new Publication(Outcome.BASE_CHANGED, Optional.of(change), List.of(), 0);
		}
		catch (ContentValidationException ex) {
			outcome(change, draft, Optional.empty(), Optional.of(ex.getMessage()));
			return new Publication(Outcome.REFUSED_BY_SHAPES, Optional.of(change), List.of(ex.getMessage()), 0);
		}
		this.afterStep.accept(Step.PUBLIC);
		outcome(change, draft, Optional.of(sequence), Optional.empty());
		this.afterStep.accept(Step.OUTCOME);
		log.info("Published {} (write {}, change {})", record, sequence, change);
		return new Publication(Outcome.APPLIED, Optional.of(change), List.of(), sequence);
	}

	/**
	 * Settles the publications a stop left pending: applied if the public store's system
	 * graph names the change (its write landed), then the draft goes; else refused as
	 * interrupted, the draft still submitted, for a coordinator to publish again. At
	 * start-up, before anything else writes.
	 */
	public void settle() {
		if (this.publicStore.isEmpty()) {
			return;
		}
		Dataset store = this.publicStore.get();
		List<String[]> pending = this.privateStore.reader()
			.select("store/pendingPublications", new QuerySolutionMap(),
					(row) -> new String[] { row.getResource("change").getURI(), row.getResource("record").getURI(),
							row.getResource("toState").getURI() });
		for (String[] entry : pending) {
			QuerySolutionMap bindings = new QuerySolutionMap();
			bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
			bindings.add("change", ResourceFactory.createResource(entry[0]));
			boolean applied = Txn.calculateRead(store,
					() -> org.apache.jena.query.QueryExecution.dataset(store)
						.query(this.queries.query("store/changeApplied"))
						.substitution(bindings)
						.build()
						.execAsk());
			// A withdrawal has no draft to remove: one made since is new work.
			boolean withdrawal = WorkflowState.of(entry[2]) == WorkflowState.WITHDRAWN;
			String what = withdrawal ? "Withdrawal" : "Publication";
			Optional<Draft> draft = withdrawal ? Optional.empty() : this.drafts.draftOf(entry[1]);
			if (applied) {
				log.warn("{} {} of {} was interrupted after its public write: recorded as applied", what, entry[0],
						entry[1]);
				outcome(entry[0], draft.orElse(null), Optional.empty(), Optional.empty());
			}
			else {
				log.warn("{} {} of {} was interrupted before its public write: recorded as refused, the record is "
						+ "as it was", what, entry[0], entry[1]);
				outcome(entry[0], null, Optional.empty(), Optional.of("interrupted"));
			}
		}
	}

	/**
	 * Withdraws published {@code record} on behalf of {@code account} (decision 0027):
	 * its description leaves every content graph but the owners' graphs, in the same
	 * three writes as a publication, the RDF Patch deleting it. Its edited graph stays
	 * registered in the system graph, empty, so a reload of its content file leaves it
	 * out, with {@code simimo:withdrawn} (the time) and its labels, all its 410 page
	 * shows. The withdrawn description stays in the history, from which a revert
	 * publishes it again.
	 * @param comment the coordinator's words, required by the caller
	 * @throws WrongStateException when the record has a draft (checked under the private
	 * write's lock): what the draft was made from would be gone; nothing is written
	 */
	public Publication withdraw(String record, String account, String comment) {
		Dataset store = this.publicStore.orElseThrow(() -> new RemoteStoreException("withdrawing " + record));
		StoreWriter publicWriter = this.writer.orElseThrow(() -> new RemoteStoreException("withdrawing " + record));
		Map<String, List<Triple>> published = Txn.calculateRead(store,
				() -> publishedByGraph(store.asDatasetGraph(), record));
		if (published.isEmpty()) {
			return new Publication(Outcome.NOT_PUBLISHED, Optional.empty(), List.of(), 0);
		}
		Model description = union(published);
		String base = RecordDrafts.digest(description);
		String edited = this.graphNames.editedGraph(record);
		String change = pendingWithdrawal(record, account, comment, RDFPatchOps.str(patch(published, List.of())));
		this.afterStep.accept(Step.PENDING);
		long sequence;
		try {
			sequence = publicWriter.write("withdrawal of " + record, (write) -> {
				DatasetGraph target = write.dataset();
				Map<String, List<Triple>> current = publishedByGraph(target, record);
				if (!RecordDrafts.digest(union(current)).equals(base)) {
					throw new BaseChanged();
				}
				// Read before the deletion, which takes the parts' inScheme with it.
				Set<String> parts = RecordDrafts.parts(target, this.queries, this.graphNames, record);
				if (!current.containsKey(edited)) {
					recordFileDigests(write, edited, current);
				}
				current.forEach((graph, triples) -> {
					Node name = NodeFactory.createURI(graph);
					triples.forEach((triple) -> target.delete(new Quad(name, triple)));
				});
				register(write, edited, Optional.of(record), change);
				QuerySolutionMap marker = editedBindings(edited);
				marker.add("time", RecordHistory.dateTime(java.time.Instant.now()));
				write.update("store/markWithdrawn", marker);
				ValueRows labels = labels(description, record);
				if (!labels.isEmpty()) {
					write.update("store/withdrawnLabels", editedBindings(edited), labels);
				}
				if (!parts.isEmpty()) {
					ValueRows rows = ValueRows.of("part");
					parts.forEach((part) -> rows.row(ResourceFactory.createResource(part)));
					write.update("store/withdrawnParts", editedBindings(edited), rows);
				}
			}).sequence();
		}
		catch (BaseChanged ex) {
			outcome(change, null, Optional.empty(), Optional.of("the published version changed meanwhile"));
			return new Publication(Outcome.BASE_CHANGED, Optional.of(change), List.of(), 0);
		}
		catch (ContentValidationException ex) {
			outcome(change, null, Optional.empty(), Optional.of(ex.getMessage()));
			return new Publication(Outcome.REFUSED_BY_SHAPES, Optional.of(change), List.of(ex.getMessage()), 0);
		}
		this.afterStep.accept(Step.PUBLIC);
		outcome(change, null, Optional.of(sequence), Optional.empty());
		this.afterStep.accept(Step.OUTCOME);
		log.info("Withdrew {} (write {}, change {})", record, sequence, change);
		return new Publication(Outcome.APPLIED, Optional.of(change), List.of(), sequence);
	}

	/**
	 * The labels a withdrawn record keeps for its 410 page: every language of the first
	 * of the label properties its description has, in {@link Labels}' order.
	 */
	private static ValueRows labels(Model description, String record) {
		ValueRows rows = ValueRows.of("label");
		org.apache.jena.rdf.model.Resource subject = description.createResource(record);
		for (org.apache.jena.rdf.model.Property property : List.of(org.apache.jena.vocabulary.SKOS.prefLabel,
				org.apache.jena.sparql.vocabulary.FOAF.name, org.apache.jena.vocabulary.DCTerms.title,
				org.apache.jena.vocabulary.RDFS.label)) {
			List<org.apache.jena.rdf.model.RDFNode> values = description.listObjectsOfProperty(subject, property)
				.filterKeep(org.apache.jena.rdf.model.RDFNode::isLiteral)
				.toList();
			if (!values.isEmpty()) {
				values.forEach(rows::row);
				break;
			}
		}
		return rows;
	}

	/**
	 * Step 1 of a withdrawal: the pending change published → withdrawn, in one private
	 * write that checks the record has no draft.
	 */
	private String pendingWithdrawal(String record, String account, String comment, String patch) {
		String[] change = new String[1];
		QuerySolutionMap recordBinding = new QuerySolutionMap();
		recordBinding.add("record", ResourceFactory.createResource(record));
		this.privateStore.write("withdrawal of " + record + " (pending)", (write) -> {
			if (write.ask("store/recordHasDraft", recordBinding)) {
				throw new WrongStateException(record, WorkflowState.DRAFT);
			}
			change[0] = this.drafts.history()
				.append(write, record, account, Optional.of(comment), WorkflowState.PUBLISHED, WorkflowState.WITHDRAWN,
						Optional.of(patch), Optional.of(Vocab.SIMIMO + "pending"));
		});
		return change[0];
	}

	private QuerySolutionMap editedBindings(String edited) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		bindings.add("edited", ResourceFactory.createResource(edited));
		return bindings;
	}

	/** Thrown inside the public write to abort it: the published description moved. */
	private static final class BaseChanged extends RuntimeException {

		BaseChanged() {
			super("the published description changed since the draft started from it", null, false, false);
		}

	}

	/**
	 * The record's published triples, by content graph (the owners' graphs left out),
	 * each graph's with the blank nodes they lead to; the caller holds a transaction.
	 */
	private Map<String, List<Triple>> publishedByGraph(DatasetGraph store, String record) {
		return publishedByGraph(store, record, this.queries, this.graphNames);
	}

	/**
	 * As {@link #publishedByGraph(DatasetGraph, String)}, for the content loader's offers
	 * of a file's version (their base, {@link FileVersions}).
	 */
	static Map<String, List<Triple>> publishedByGraph(DatasetGraph store, String record, QueryRegistry queries,
			GraphNames graphNames) {
		Map<String, List<Triple>> byGraph = new LinkedHashMap<>();
		// A record made of parts (a classification) is published whole: its draft's base
		// is the digest of the record and its parts, and a part the draft removed leaves.
		Set<String> subjects = new LinkedHashSet<>();
		subjects.add(record);
		subjects.addAll(RecordDrafts.parts(store, queries, graphNames, record));
		String ownersGraph = graphNames.forFile(RecordOwners.FILE);
		for (String graph : StoreWriter.contentGraphs(store, queries, graphNames).keySet()) {
			if (graph.equals(ownersGraph) || graph.equals(graphNames.editedOwnersGraph())) {
				continue;
			}
			Graph content = store.getGraph(NodeFactory.createURI(graph));
			List<Triple> triples = new ArrayList<>();
			for (String subject : subjects) {
				triples.addAll(RecordDrafts.describe(content, NodeFactory.createURI(subject)));
			}
			if (!triples.isEmpty()) {
				byGraph.put(graph, triples);
			}
		}
		return byGraph;
	}

	/**
	 * The owner statements of the parts {@code description} adds to {@code record}: each
	 * IRI subject but the record that neither owner graph names gets the record's owner
	 * ({@code owner} for a new record), as the draft's shapes check assumed.
	 */
	private List<Quad> newPartsOwners(DatasetGraph store, String record, Optional<String> owner, Model description) {
		Node ownerProperty = Vocab.OWNER.asNode();
		Node recordNode = NodeFactory.createURI(record);
		List<Node> ownerGraphs = List.of(NodeFactory.createURI(this.ownersGraph),
				NodeFactory.createURI(this.graphNames.editedOwnersGraph()));
		List<Node> recordOwners = new ArrayList<>();
		owner.ifPresent((iri) -> recordOwners.add(NodeFactory.createURI(iri)));
		for (Node graph : ownerGraphs) {
			store.find(graph, recordNode, ownerProperty, Node.ANY)
				.forEachRemaining((quad) -> recordOwners.add(quad.getObject()));
		}
		Node edited = NodeFactory.createURI(this.graphNames.editedOwnersGraph());
		List<Quad> quads = new ArrayList<>();
		description.getGraph()
			.find()
			.mapWith(Triple::getSubject)
			.filterKeep((subject) -> subject.isURI() && !subject.equals(recordNode))
			.toSet()
			.forEach((part) -> {
				boolean owned = ownerGraphs.stream()
					.anyMatch((graph) -> store.contains(graph, part, ownerProperty, Node.ANY));
				if (!owned) {
					recordOwners.stream()
						.distinct()
						.forEach((who) -> quads.add(new Quad(edited, part, ownerProperty, who)));
				}
			});
		return quads;
	}

	static Model union(Map<String, List<Triple>> byGraph) {
		Graph union = GraphFactory.createDefaultGraph();
		byGraph.values().forEach((triples) -> triples.forEach(union::add));
		return ModelFactory.createModelForGraph(union);
	}

	/**
	 * The draft's triples as quads of {@code graph}, each blank node given a fresh one:
	 * the private store's labels must not meet the public store's.
	 */
	private static List<Quad> relabelled(String graph, Model description) {
		Node name = NodeFactory.createURI(graph);
		Map<Node, Node> blanks = new HashMap<>();
		List<Quad> quads = new ArrayList<>();
		description.getGraph().find().forEachRemaining((triple) -> {
			Node subject = fresh(triple.getSubject(), blanks);
			Node object = fresh(triple.getObject(), blanks);
			quads.add(new Quad(name, subject, triple.getPredicate(), object));
		});
		return quads;
	}

	private static Node fresh(Node node, Map<Node, Node> blanks) {
		return node.isBlank() ? blanks.computeIfAbsent(node, (old) -> NodeFactory.createBlankNode()) : node;
	}

	/**
	 * The RDF Patch of the publication: the published triples deleted, the draft's added.
	 */
	private static RDFPatch patch(Map<String, List<Triple>> published, List<Quad> added) {
		return RDFPatchOps.build((changes) -> {
			changes.txnBegin();
			published.forEach((graph, triples) -> {
				Node name = NodeFactory.createURI(graph);
				triples.forEach((triple) -> changes.delete(name, triple.getSubject(), triple.getPredicate(),
						triple.getObject()));
			});
			added.forEach(
					(quad) -> changes.add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()));
			changes.txnCommit();
		});
	}

	/** Step 1: the pending change, in one private write that checks the draft's state. */
	private String pending(Draft draft, String account, Optional<String> comment, String patch) {
		String[] change = new String[1];
		this.privateStore.write("publication of " + draft.record() + " (pending)", (write) -> {
			QuerySolutionMap state = new QuerySolutionMap();
			state.add("draft", ResourceFactory.createResource(draft.iri()));
			state.add("state", ResourceFactory.createResource(WorkflowState.SUBMITTED.iri()));
			if (!write.ask("store/draftInState", state)) {
				throw new WrongStateException(draft.record(), draft.state());
			}
			// Saved since the caller read it (a coordinator's save keeps it
			// submitted): what would be published is not what the caller saw.
			if (!RecordDrafts.atRevision(write, draft.record(), draft.revision())) {
				throw new StaleRevisionException(draft.record(), draft.revision());
			}
			change[0] = this.drafts.history()
				.append(write, draft.record(), account, comment, WorkflowState.SUBMITTED, WorkflowState.PUBLISHED,
						Optional.of(patch), Optional.of(Vocab.SIMIMO + "pending"));
		});
		return change[0];
	}

	/**
	 * Step 3: the change applied (and {@code draft}, when given, gone) or refused, in one
	 * private write.
	 */
	private void outcome(String change, Draft draft, Optional<Long> sequence, Optional<String> refusal) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("change", ResourceFactory.createResource(change));
		bindings.add("changeState",
				ResourceFactory.createResource(Vocab.SIMIMO + (refusal.isPresent() ? "refused" : "applied")));
		sequence.ifPresent((number) -> bindings.add("writeSequence", ResourceFactory
			.createTypedLiteral(Long.toString(number), org.apache.jena.datatypes.xsd.XSDDatatype.XSDlong)));
		refusal.ifPresent((text) -> bindings.add("refusal", ResourceFactory
			.createPlainLiteral((text.length() > REFUSAL_LENGTH) ? text.substring(0, REFUSAL_LENGTH) + "…" : text)));
		this.privateStore.write("publication " + change + " (outcome)", (write) -> {
			write.update("store/publicationOutcome", bindings);
			// A draft saved again while it was being published holds work the
			// publication does not: it stays, to be reviewed (its base is now out of
			// date, so publishing it is refused until it is sent back and saved again).
			if (draft != null && refusal.isEmpty()
					&& RecordDrafts.atRevision(write, draft.record(), draft.revision())) {
				QuerySolutionMap gone = new QuerySolutionMap();
				gone.add("draft", ResourceFactory.createResource(draft.iri()));
				write.update("store/discardDraft", gone);
			}
		});
	}

	private void register(StoreWrite write, String edited, Optional<String> record, String change) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		bindings.add("edited", ResourceFactory.createResource(edited));
		record.ifPresent((iri) -> bindings.add("record", ResourceFactory.createResource(iri)));
		bindings.add("change", ResourceFactory.createResource(change));
		write.update("store/registerEditedGraph", bindings);
	}

	/**
	 * At a record's first publication: the digest of its description in each file's
	 * graph, for the reload rule (decision 0027).
	 */
	private void recordFileDigests(StoreWrite write, String edited, Map<String, List<Triple>> byGraph) {
		ValueRows rows = ValueRows.of("fileGraph", "digest");
		byGraph.forEach((graph, triples) -> {
			Graph one = GraphFactory.createDefaultGraph();
			triples.forEach(one::add);
			rows.row(ResourceFactory.createResource(graph),
					ResourceFactory.createPlainLiteral(RecordDrafts.digest(ModelFactory.createModelForGraph(one))));
		});
		if (!rows.isEmpty()) {
			QuerySolutionMap bindings = new QuerySolutionMap();
			bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
			bindings.add("edited", ResourceFactory.createResource(edited));
			write.update("store/recordFileDigests", bindings, rows);
		}
	}

}
