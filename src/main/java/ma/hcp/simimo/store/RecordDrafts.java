package ma.hcp.simimo.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.system.Txn;

/**
 * Drafts of records (decision 0021): each draft is one named graph of the private store
 * holding the record's whole edited description, indexed in {@value #INDEX_GRAPH}
 * ({@code <draft> simimo:draftOf <record>; simimo:draftAuthor <account>; dct:created;
 * dct:modified; simimo:draftBase; simimo:draftRevision; simimo:workflowState}, the
 * workflow state of decision 0027). Nothing of a draft is ever written to the public
 * store, so no public path can see it. A draft is checked against the content shapes
 * before it is saved, with the record as focus node, over the public content with the
 * record's published description replaced by the draft; and it keeps the digest of the
 * published description it started from ({@code simimo:draftBase}), so that publication
 * can tell whether the record changed meanwhile.
 */
public class RecordDrafts {

	/** The private store's graph that lists the drafts. */
	public static final String INDEX_GRAPH = "urn:simimo:graph:drafts";

	static final String DRAFT_PREFIX = "urn:simimo:draft:";

	private final PrivateStore privateStore;

	private final Optional<Dataset> publicStore;

	private final QueryRegistry queries;

	private final GraphNames graphNames;

	private final String shapesGraph;

	private final String ownersGraph;

	private final String editedOwnersGraph;

	private final RecordHistory history;

	RecordDrafts(PrivateStore privateStore, Optional<Dataset> publicStore, QueryRegistry queries, GraphNames graphNames,
			String shapesFile) {
		this.privateStore = privateStore;
		this.history = new RecordHistory(privateStore);
		this.publicStore = publicStore;
		this.queries = queries;
		this.graphNames = graphNames;
		this.shapesGraph = graphNames.forFile(shapesFile);
		this.ownersGraph = graphNames.forFile(RecordOwners.FILE);
		this.editedOwnersGraph = graphNames.editedOwnersGraph();
	}

	/**
	 * A draft as the index records it.
	 *
	 * @param iri the draft's graph IRI
	 * @param record the IRI of the record it is a draft of
	 * @param author the account that saved it last
	 * @param created when it was first saved
	 * @param modified when it was saved last
	 * @param base the digest of the published description it started from
	 * @param revision how many times it was saved
	 * @param owner the producer that will own the record, for a new record that has no
	 * published description yet (decision 0025); empty for a draft of a published record,
	 * whose owner is in the record-owners graph
	 * @param state its workflow state (decision 0027): DRAFT or SUBMITTED
	 */
	public record Draft(String iri, String record, String author, Instant created, Instant modified, String base,
			int revision, Optional<String> owner, WorkflowState state) {

		/** Whether it waits for a coordinator's review. */
		public boolean submitted() {
			return this.state == WorkflowState.SUBMITTED;
		}

		/**
		 * When it was saved last, to the minute, in UTC: {@code 2026-12-02 17:30 UTC}.
		 */
		public String modifiedUtc() {
			return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
				.withZone(java.time.ZoneOffset.UTC)
				.format(this.modified);
		}

	}

	/**
	 * A violation of the content shapes by a draft.
	 *
	 * @param path the property of the record it is about (an IRI), or the SHACL path as
	 * written when it is not a single property, or empty for the node itself
	 * @param value the offending value (lexical form or IRI), or empty when a value is
	 * missing
	 * @param component the local name of the SHACL constraint component
	 * ({@code MinCountConstraintComponent})
	 * @param messages the shape's messages by language tag (untagged under "")
	 */
	public record Violation(String path, String value, String component, Map<String, String> messages) {
	}

	/** Every draft, the last saved first. */
	public List<Draft> all() {
		return this.privateStore.reader().select("store/drafts", new QuerySolutionMap(), RecordDrafts::draft);
	}

	/** The draft of {@code record}, if one is being edited. */
	public Optional<Draft> draftOf(String record) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("record", ResourceFactory.createResource(record));
		return this.privateStore.reader().select("store/drafts", bindings, RecordDrafts::draft).stream().findFirst();
	}

	/** The record description {@code draft} holds. */
	public Model description(Draft draft) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("draft", ResourceFactory.createResource(draft.iri()));
		return this.privateStore.reader().construct("store/draftDescription", bindings);
	}

	/**
	 * The published description of {@code record}: its triples in every content graph but
	 * the record-owners graph (ownership is not edited in a draft), with the blank nodes
	 * they lead to (its concise bounded description), and those of its published
	 * {@link #parts(String) parts}, for a record made of parts.
	 */
	public Model published(String record) {
		return published(record, parts(record));
	}

	/**
	 * The published parts of {@code record} whose descriptions its draft, its publication
	 * and its versions hold with its own (queries/store/recordParts.rq: a
	 * classification's items and levels); empty for a record of any other type.
	 */
	public List<String> parts(String record) {
		Dataset store = embedded();
		return Txn.calculateRead(store,
				() -> List.copyOf(parts(store.asDatasetGraph(), this.queries, this.graphNames, record)));
	}

	/**
	 * As {@link #parts(String)}, in each content graph of {@code store} but the owners'
	 * graphs; the caller holds a transaction.
	 */
	static Set<String> parts(DatasetGraph store, QueryRegistry queries, GraphNames graphNames, String record) {
		Set<String> parts = new java.util.TreeSet<>();
		String owners = graphNames.forFile(RecordOwners.FILE);
		for (String graph : StoreWriter.contentGraphs(store, queries, graphNames).keySet()) {
			if (!graph.equals(owners) && !graph.equals(graphNames.editedOwnersGraph())) {
				parts.addAll(parts(queries, store.getGraph(NodeFactory.createURI(graph)), record));
			}
		}
		return parts;
	}

	/**
	 * The parts of {@code record} (queries/store/recordParts.rq) that {@code graph}
	 * names.
	 */
	static Set<String> parts(QueryRegistry queries, Graph graph, String record) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("record", ResourceFactory.createResource(record));
		Set<String> parts = new java.util.TreeSet<>();
		try (org.apache.jena.query.QueryExecution execution = org.apache.jena.query.QueryExecution
			.model(ModelFactory.createModelForGraph(graph))
			.query(queries.query("store/recordParts"))
			.substitution(bindings)
			.build()) {
			execution.execSelect().forEachRemaining((row) -> parts.add(row.getResource("part").getURI()));
		}
		return parts;
	}

	/**
	 * The published description of a record made of parts (a classification with its
	 * levels and items, decision 0021 as built for classifications): the concise bounded
	 * descriptions of {@code record} and of each of {@code parts}, from every content
	 * graph but the record-owners graph.
	 */
	public Model published(String record, Collection<String> parts) {
		Dataset store = embedded();
		return Txn.calculateRead(store, () -> {
			Graph content = content(store.asDatasetGraph());
			Graph description = GraphFactory.createDefaultGraph();
			for (String subject : whole(record, parts)) {
				describe(content, NodeFactory.createURI(subject)).forEach(description::add);
			}
			return ModelFactory.createModelForGraph(description);
		});
	}

	/**
	 * The violations of the content shapes by {@code description} as the whole
	 * description of {@code record} and its published {@code parts}: their published
	 * descriptions are replaced by this one, and the record and every IRI subject of the
	 * description (its parts as edited, new ones included) are validated as focus nodes.
	 * A part the description adds stands in the record-owners graph with the record's
	 * owner. Each focus node with violations is a key, in the order validated, the record
	 * first.
	 */
	public Map<String, List<Violation>> check(String record, Collection<String> parts, Model description) {
		Dataset store = embedded();
		return Txn.calculateRead(store, () -> {
			Graph content = content(store.asDatasetGraph());
			for (String subject : whole(record, parts)) {
				describe(content, NodeFactory.createURI(subject)).forEach(content::delete);
			}
			description.getGraph().find().forEachRemaining(content::add);
			Graph owners = GraphFactory.createDefaultGraph();
			addOwners(store.asDatasetGraph(), owners);
			owners.find().forEachRemaining(content::add);
			Node recordNode = NodeFactory.createURI(record);
			Set<Node> focusNodes = new java.util.LinkedHashSet<>();
			focusNodes.add(recordNode);
			description.getGraph().find().forEachRemaining((triple) -> {
				if (triple.getSubject().isURI()) {
					focusNodes.add(triple.getSubject());
				}
			});
			// A part the draft adds has no entry in the record-owners graph yet: it
			// stands
			// there with the record's owner, as the ownership shapes require of a
			// scheme's
			// members and as publication (issue 18) will write it.
			List<Node> recordOwners = owners.find(recordNode, Vocab.OWNER.asNode(), Node.ANY)
				.mapWith(Triple::getObject)
				.toList();
			for (Node focus : focusNodes) {
				if (!focus.equals(recordNode) && !parts.contains(focus.getURI())
						&& !owners.contains(focus, Vocab.OWNER.asNode(), Node.ANY)) {
					recordOwners.forEach((owner) -> content.add(Triple.create(focus, Vocab.OWNER.asNode(), owner)));
				}
			}
			Shapes shapes = Shapes.parse(store.asDatasetGraph().getGraph(NodeFactory.createURI(this.shapesGraph)));
			Map<String, List<Violation>> violations = new LinkedHashMap<>();
			for (Node focus : focusNodes) {
				ValidationReport report = ShaclValidator.get().validate(shapes, content, focus);
				for (ReportEntry entry : report.getEntries()) {
					if (Severity.Violation.equals(entry.severity())) {
						violations.computeIfAbsent(focus.getURI(), (key) -> new ArrayList<>()).add(violation(entry));
					}
				}
			}
			return violations;
		});
	}

	/**
	 * As {@link #save(String, String, Model)}, for a record made of parts: a new draft's
	 * base is the digest of the whole published description
	 * ({@link #published(String, Collection)}).
	 */
	public Draft save(String record, Collection<String> parts, String account, Model description) {
		return save(record, parts, account, description, OptionalInt.empty());
	}

	/**
	 * As {@link #save(String, Collection, String, Model)}, only if the record's draft is
	 * at {@code expectedRevision}
	 * ({@link #save(String, String, Model, Optional, OptionalInt)}).
	 * @throws StaleRevisionException when it is not, and nothing is written
	 */
	public Draft save(String record, Collection<String> parts, String account, Model description,
			OptionalInt expectedRevision) {
		return save(record, account, description, Optional.empty(), () -> digest(published(record, parts)), false,
				expectedRevision);
	}

	/**
	 * As {@link #save(String, Collection, String, Model, OptionalInt)}, by a reviewer
	 * (decision 0027): a submitted draft stays submitted and the save is a change of the
	 * record's log ({@link #saveAsReviewer(String, String, Model, Optional)}).
	 */
	public Draft saveAsReviewer(String record, Collection<String> parts, String account, Model description,
			OptionalInt expectedRevision) {
		return save(record, account, description, Optional.empty(), () -> digest(published(record, parts)), true,
				expectedRevision);
	}

	/**
	 * The content's SKOS integrity rules (queries/integrity/) that a record description
	 * made of a scheme and its members shows on its own: one preferred label per language
	 * (S14), disjoint labels (S13), skos:related disjoint from the hierarchy (S27),
	 * skos:exactMatch disjoint from the other mappings (S46), no cycle of skos:broader,
	 * and every concept labelled and in a scheme. The others need the whole content
	 * (broken links) or are about definitions, which classification items do not have.
	 */
	public static final List<String> DESCRIPTION_INTEGRITY = List.of("integrity/01-onePrefLabelPerLanguage",
			"integrity/02-disjointLabels", "integrity/03-relatedDisjointFromBroaderTransitive",
			"integrity/04-exactMatchDisjointFromBroadAndRelatedMatch", "integrity/05-noHierarchyCycle",
			"integrity/06-conceptHasPrefLabelAndScheme");

	/**
	 * A breach of a SKOS integrity rule by a draft.
	 *
	 * @param rule the rule's file, {@code integrity/05-noHierarchyCycle}
	 * @param concept the IRI of the concept that breaks it
	 */
	public record Breach(String rule, String concept) {
	}

	/** The breaches of {@link #DESCRIPTION_INTEGRITY} by {@code description}. */
	public List<Breach> integrity(Model description) {
		return integrity(this.queries, description);
	}

	/** As {@link #integrity(Model)}, with the rules of {@code queries}. */
	public static List<Breach> integrity(QueryRegistry queries, Model description) {
		List<Breach> breaches = new ArrayList<>();
		for (String rule : DESCRIPTION_INTEGRITY) {
			try (org.apache.jena.query.QueryExecution execution = org.apache.jena.query.QueryExecution
				.model(description)
				.query(queries.query(rule))
				.build()) {
				execution.execSelect().forEachRemaining((row) -> {
					RDFNode concept = row.get("concept");
					breaches.add(new Breach(rule, (concept != null && concept.isURIResource())
							? concept.asResource().getURI() : String.valueOf(concept)));
				});
			}
		}
		return breaches;
	}

	private static Set<String> whole(String record, Collection<String> parts) {
		Set<String> subjects = new java.util.LinkedHashSet<>();
		subjects.add(record);
		subjects.addAll(parts);
		return subjects;
	}

	/**
	 * A digest of a record description: SHA-256 of its sorted N-Triples lines with every
	 * blank node written {@code _:b}, so that it does not depend on blank node labels.
	 */
	public static String digest(Model description) {
		List<String> lines = new ArrayList<>();
		description.getGraph()
			.find()
			.forEachRemaining((triple) -> lines
				.add(term(triple.getSubject()) + " " + term(triple.getPredicate()) + " " + term(triple.getObject())));
		lines.sort(null);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			lines.forEach((line) -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return "sha256:" + HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The violations of the content shapes by {@code description} as the description of
	 * {@code record}: the record is validated as focus node over the public content with
	 * its published description replaced by this one (so that a publisher or a code list
	 * entry it names is found). Warnings are not violations.
	 */
	public List<Violation> check(String record, Model description) {
		return check(record, description, Optional.empty());
	}

	/**
	 * As {@link #check(String, Model)}, for a record that may have no published
	 * description yet: its intended owner, when given, stands in the record-owners graph
	 * for the check, so the owner shapes hold and the owner must be a producer.
	 */
	public List<Violation> check(String record, Model description, Optional<String> intendedOwner) {
		Dataset store = embedded();
		return Txn.calculateRead(store, () -> {
			Node focus = NodeFactory.createURI(record);
			Graph content = content(store.asDatasetGraph());
			describe(content, focus).forEach(content::delete);
			description.getGraph().find().forEachRemaining(content::add);
			addOwners(store.asDatasetGraph(), content);
			intendedOwner.ifPresent(
					(owner) -> content.add(Triple.create(focus, Vocab.OWNER.asNode(), NodeFactory.createURI(owner))));
			Shapes shapes = Shapes.parse(store.asDatasetGraph().getGraph(NodeFactory.createURI(this.shapesGraph)));
			ValidationReport report = ShaclValidator.get().validate(shapes, content, focus);
			List<Violation> violations = new ArrayList<>();
			for (ReportEntry entry : report.getEntries()) {
				if (Severity.Violation.equals(entry.severity())) {
					violations.add(violation(entry));
				}
			}
			return violations;
		});
	}

	/**
	 * Saves {@code description} as the draft of {@code record}, in one transaction of the
	 * private store: the record's existing draft keeps its IRI, creation time and base,
	 * and gets the next revision; a new draft starts from the digest of the published
	 * description. The caller has checked the description ({@link #check}).
	 * @param account the account saving it
	 */
	public Draft save(String record, String account, Model description) {
		return save(record, account, description, Optional.empty());
	}

	/**
	 * As {@link #save(String, String, Model)}; a new draft of a record that has no
	 * published description records {@code intendedOwner} (decision 0025), and an
	 * existing draft keeps the owner it has. A save puts the draft in state draft
	 * (decision 0027); a submitted draft is not saved this way.
	 * @throws WrongStateException when the record's draft is submitted
	 */
	public Draft save(String record, String account, Model description, Optional<String> intendedOwner) {
		return save(record, account, description, intendedOwner, OptionalInt.empty());
	}

	/**
	 * As {@link #save(String, String, Model, Optional)}, only if the record's draft is at
	 * {@code expectedRevision}, the revision the editor's form was loaded from (0: the
	 * record had no draft); empty saves whatever the revision. The revision is checked
	 * again under the write's lock, so of two editors who loaded the same revision only
	 * the first saves (decision 0027, concurrent edits).
	 * @throws StaleRevisionException when the draft is at another revision, and nothing
	 * is written
	 */
	public Draft save(String record, String account, Model description, Optional<String> intendedOwner,
			OptionalInt expectedRevision) {
		return save(record, account, description, intendedOwner, () -> digest(published(record)), false,
				expectedRevision);
	}

	/**
	 * As {@link #save(String, String, Model, Optional)}, by a reviewer (decision 0027): a
	 * submitted draft stays submitted, still in the queue, and the save is a change of
	 * the record's log (submitted to submitted) in the same write.
	 */
	public Draft saveAsReviewer(String record, String account, Model description, Optional<String> intendedOwner) {
		return saveAsReviewer(record, account, description, intendedOwner, OptionalInt.empty());
	}

	/**
	 * As {@link #saveAsReviewer(String, String, Model, Optional)}, only if the record's
	 * draft is at {@code expectedRevision}
	 * ({@link #save(String, String, Model, Optional, OptionalInt)}).
	 * @throws StaleRevisionException when it is not, and nothing is written
	 */
	public Draft saveAsReviewer(String record, String account, Model description, Optional<String> intendedOwner,
			OptionalInt expectedRevision) {
		return save(record, account, description, intendedOwner, () -> digest(published(record)), true,
				expectedRevision);
	}

	/** The revision of {@code record}'s draft, 0 when it has none. */
	public int revisionOf(String record) {
		return draftOf(record).map(Draft::revision).orElse(0);
	}

	/**
	 * Gives every draft saved before the review workflow the state it is read as, draft,
	 * so that the private shapes (one state per draft) hold for the next write; at
	 * start-up, before anything else writes.
	 */
	public void settleStates() {
		settleStates(this.privateStore);
	}

	/**
	 * As {@link #settleStates()}, for what writes drafts before the drafts bean exists
	 * (the content loader's offers, {@link FileVersions}).
	 */
	static void settleStates(PrivateStore privateStore) {
		if (privateStore.reader().ask("store/draftsWithoutState", new QuerySolutionMap())) {
			privateStore.write("the workflow state of drafts saved before it",
					(write) -> write.update("store/draftStatesMissing", new QuerySolutionMap()));
		}
	}

	private Draft save(String record, String account, Model description, Optional<String> intendedOwner,
			java.util.function.Supplier<String> base, boolean reviewer, OptionalInt expectedRevision) {
		requireEmbedded("saving the draft of " + record);
		Optional<Draft> existing = draftOf(record);
		Instant now = Instant.now();
		boolean keepSubmitted = reviewer && existing.filter(Draft::submitted).isPresent();
		if (!reviewer && existing.filter(Draft::submitted).isPresent()) {
			throw new WrongStateException(record, WorkflowState.SUBMITTED);
		}
		if (expectedRevision.isPresent() && existing.map(Draft::revision).orElse(0) != expectedRevision.getAsInt()) {
			throw new StaleRevisionException(record, expectedRevision.getAsInt());
		}
		WorkflowState state = keepSubmitted ? WorkflowState.SUBMITTED : WorkflowState.DRAFT;
		Draft draft = existing
			.map((old) -> new Draft(old.iri(), record, account, old.created(), now, old.base(), old.revision() + 1,
					old.owner(), state))
			.orElseGet(() -> new Draft(DRAFT_PREFIX + UUID.randomUUID(), record, account, now, now, base.get(), 1,
					intendedOwner, state));
		QuerySolutionMap bindings = entry(draft);
		ValueRows triples = triples(description);
		QuerySolutionMap graph = new QuerySolutionMap();
		graph.add("draft", ResourceFactory.createResource(draft.iri()));
		this.privateStore.write("draft of " + record, (write) -> {
			// Under the write's lock: a draft submitted meanwhile is not overwritten.
			if (!keepSubmitted && existing.isPresent() && !inState(write, draft.iri(), WorkflowState.DRAFT)) {
				throw new WrongStateException(record, WorkflowState.SUBMITTED);
			}
			// Under the same lock: a draft saved (or discarded) since the editor loaded
			// the form is not overwritten, and the revision read above is the current
			// one.
			if (expectedRevision.isPresent() && !atRevision(write, record, expectedRevision.getAsInt())) {
				throw new StaleRevisionException(record, expectedRevision.getAsInt());
			}
			write.update("store/saveDraft", bindings);
			if (keepSubmitted) {
				this.history.append(write, record, account, Optional.empty(), WorkflowState.SUBMITTED,
						WorkflowState.SUBMITTED);
			}
			if (!triples.isEmpty()) {
				write.update("store/draftTriples", graph, triples);
			}
		});
		return draft;
	}

	/** The bindings of store/saveDraft.ru for {@code draft}'s index entry. */
	static QuerySolutionMap entry(Draft draft) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("draft", ResourceFactory.createResource(draft.iri()));
		bindings.add("record", ResourceFactory.createResource(draft.record()));
		bindings.add("author", ResourceFactory.createResource(draft.author()));
		bindings.add("created", dateTime(draft.created()));
		bindings.add("modified", dateTime(draft.modified()));
		bindings.add("base", ResourceFactory.createPlainLiteral(draft.base()));
		bindings.add("revision", ResourceFactory.createTypedLiteral(draft.revision()));
		draft.owner().ifPresent((owner) -> bindings.add("owner", ResourceFactory.createResource(owner)));
		bindings.add("state", ResourceFactory.createResource(draft.state().iri()));
		return bindings;
	}

	static ValueRows triples(Model description) {
		ValueRows triples = ValueRows.of("s", "p", "o");
		description.listStatements()
			.forEachRemaining((statement) -> triples.row(statement.getSubject(), statement.getPredicate(),
					statement.getObject()));
		return triples;
	}

	/**
	 * Makes {@code description}, an earlier published version of {@code record}, the
	 * record's draft revision (decision 0027, revert): a new draft in state draft,
	 * started from the current published description, and the change published → draft
	 * with {@code comment}, in one private write. A revert is a change like any other:
	 * the draft is then submitted and published through review.
	 * @throws WrongStateException when the record already has a draft (checked under the
	 * write's lock), which a revert never overwrites; nothing is written
	 */
	public Draft revert(String record, String account, Model description, String comment) {
		Instant now = Instant.now();
		Draft draft = new Draft(DRAFT_PREFIX + UUID.randomUUID(), record, account, now, now, digest(published(record)),
				1, Optional.empty(), WorkflowState.DRAFT);
		ValueRows triples = triples(description);
		QuerySolutionMap graph = new QuerySolutionMap();
		graph.add("draft", ResourceFactory.createResource(draft.iri()));
		QuerySolutionMap recordBinding = new QuerySolutionMap();
		recordBinding.add("record", ResourceFactory.createResource(record));
		this.privateStore.write("revert of " + record, (write) -> {
			if (write.ask("store/recordHasDraft", recordBinding)) {
				throw new WrongStateException(record, WorkflowState.DRAFT);
			}
			write.update("store/saveDraft", entry(draft));
			if (!triples.isEmpty()) {
				write.update("store/draftTriples", graph, triples);
			}
			this.history.append(write, record, account, Optional.of(comment), WorkflowState.PUBLISHED,
					WorkflowState.DRAFT);
		});
		return draft;
	}

	/**
	 * Moves {@code draft} from state {@code from} to state {@code to} and appends the
	 * change to the record's log (decision 0027), in one private-store write; the state
	 * is checked under the write's lock.
	 * @param comment the author's words; blank means none
	 * @throws WrongStateException when the draft is not in state {@code from}, and
	 * nothing is written
	 */
	public void move(Draft draft, String account, WorkflowState from, WorkflowState to, Optional<String> comment) {
		requireEmbedded(from.code() + " to " + to.code() + ": " + draft.record());
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("draft", ResourceFactory.createResource(draft.iri()));
		bindings.add("state", ResourceFactory.createResource(to.iri()));
		this.privateStore.write(from.code() + " to " + to.code() + ": " + draft.record(), (write) -> {
			if (!inState(write, draft.iri(), from)) {
				// Another transition came first: the draft is no longer where it was.
				throw new WrongStateException(draft.record(), (draft.state() == from) ? to : draft.state());
			}
			write.update("store/setDraftState", bindings);
			this.history.append(write, draft.record(), account, comment, from, to);
		});
	}

	/** The change log the drafts write to. */
	public RecordHistory history() {
		return this.history;
	}

	/**
	 * Whether {@code record}'s draft is at {@code revision} (0: no draft), asked inside
	 * {@code write}.
	 */
	static boolean atRevision(StoreWrite write, String record, int revision) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("record", ResourceFactory.createResource(record));
		bindings.add("revision", ResourceFactory.createTypedLiteral(revision));
		return write.ask("store/draftAtRevision", bindings);
	}

	private static boolean inState(StoreWrite write, String draft, WorkflowState state) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("draft", ResourceFactory.createResource(draft));
		bindings.add("state", ResourceFactory.createResource(state.iri()));
		return write.ask("store/draftInState", bindings);
	}

	/**
	 * Discards {@code draft} (decision 0025): its index entry and its graph go in one
	 * transaction of the private store. A new record's draft was all there was of it, so
	 * the record is gone too.
	 */
	public void discard(Draft draft) {
		requireEmbedded("discarding the draft of " + draft.record());
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("draft", ResourceFactory.createResource(draft.iri()));
		this.privateStore.write("discard the draft of " + draft.record(),
				(write) -> write.update("store/discardDraft", bindings));
	}

	/**
	 * The owner the permission checks read for {@code record} when the record-owners
	 * graph names none (decision 0025): the intended owner of its draft, as long as the
	 * record has no published description. Once published, only the record-owners graph
	 * counts, so a draft can never give a published record an owner.
	 */
	public Optional<String> intendedOwner(String record) {
		Optional<String> owner = draftOf(record).flatMap(Draft::owner);
		if (owner.isEmpty() || isPublished(record)) {
			return Optional.empty();
		}
		return owner;
	}

	/**
	 * Whether {@code iri} is named anywhere in the public store (as subject or object) or
	 * by a draft: a new record's IRI must be neither (decision 0025). With a remote
	 * public store nothing can be created: asking is refused.
	 * @throws RemoteStoreException with a remote public store
	 */
	public boolean taken(String iri) {
		Dataset store = embedded();
		if (draftOf(iri).isPresent()) {
			return true;
		}
		// A restricted record is out of the public store, and its IRI is still its own.
		DatasetGraph records = this.privateStore.datasetGraph();
		if (Txn.calculateRead(records,
				() -> records.containsGraph(NodeFactory.createURI(RecordRestrictions.graphOf(iri))))) {
			return true;
		}
		Node node = NodeFactory.createURI(iri);
		return Txn.calculateRead(store, () -> store.asDatasetGraph().contains(Node.ANY, node, Node.ANY, Node.ANY)
				|| store.asDatasetGraph().contains(Node.ANY, Node.ANY, Node.ANY, node));
	}

	/**
	 * Whether {@code record} is the subject of a triple of the public store: a new
	 * record's draft (decision 0025) is all there is of a record that is not.
	 */
	public boolean isPublished(String record) {
		// A remote public store cannot be asked cheaply here: its records are taken as
		// published, so no draft there gives one an owner.
		if (this.publicStore.isEmpty()) {
			return true;
		}
		Dataset store = this.publicStore.get();
		Node node = NodeFactory.createURI(record);
		return Txn.calculateRead(store, () -> store.asDatasetGraph().contains(Node.ANY, node, Node.ANY, Node.ANY));
	}

	/** Whether drafts can be edited here: they need the embedded public store. */
	public boolean editable() {
		return this.publicStore.isPresent();
	}

	private Dataset embedded() {
		return this.publicStore.orElseThrow(() -> new RemoteStoreException("reading the public content for a draft"));
	}

	/**
	 * Refuses every write of a draft with a remote public store, even of one already in
	 * the private store (from an installation that had the embedded store): a draft there
	 * can be neither checked against the public shapes nor published.
	 */
	private void requireEmbedded(String what) {
		if (this.publicStore.isEmpty()) {
			throw new RemoteStoreException(what);
		}
	}

	/**
	 * An in-memory copy of the content graphs (as the system graph records them) but the
	 * record-owners graph; the caller holds a read transaction.
	 */
	private Graph content(DatasetGraph store) {
		Graph union = GraphFactory.createDefaultGraph();
		for (String graph : StoreWriter.contentGraphs(store, this.queries, this.graphNames).keySet()) {
			if (!graph.equals(this.ownersGraph) && !graph.equals(this.editedOwnersGraph)) {
				store.find(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY)
					.forEachRemaining((quad) -> union.add(quad.asTriple()));
			}
		}
		return union;
	}

	/** Adds the owner statements of both owner graphs to {@code content}. */
	private void addOwners(DatasetGraph store, Graph content) {
		for (String graph : List.of(this.ownersGraph, this.editedOwnersGraph)) {
			store.getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(content::add);
		}
	}

	/** The triples of {@code node} and, through its blank-node objects, theirs. */
	static List<Triple> describe(Graph graph, Node node) {
		List<Triple> triples = new ArrayList<>();
		Set<Node> seen = new HashSet<>();
		Deque<Node> pending = new ArrayDeque<>(List.of(node));
		while (!pending.isEmpty()) {
			Node subject = pending.pop();
			if (!seen.add(subject)) {
				continue;
			}
			graph.find(subject, Node.ANY, Node.ANY).forEachRemaining((triple) -> {
				triples.add(triple);
				if (triple.getObject().isBlank()) {
					pending.push(triple.getObject());
				}
			});
		}
		return triples;
	}

	private static Violation violation(ReportEntry entry) {
		String path = "";
		if (entry.resultPath() instanceof P_Link link) {
			path = link.getNode().getURI();
		}
		else if (entry.resultPath() != null) {
			path = ShaclPaths.pathToString(entry.resultPath());
		}
		Node value = entry.value();
		String lexical = (value == null) ? "" : value.isLiteral() ? value.getLiteralLexicalForm() : value.toString();
		Node component = entry.sourceConstraintComponent();
		String componentName = (component == null || !component.isURI()) ? "" : component.getLocalName();
		Map<String, String> messages = new LinkedHashMap<>();
		if (entry.messages() != null) {
			for (Node message : entry.messages()) {
				if (message.isLiteral()) {
					messages.putIfAbsent(message.getLiteralLanguage(), message.getLiteralLexicalForm());
				}
			}
		}
		if (messages.isEmpty() && entry.message() != null) {
			messages.put("", entry.message());
		}
		return new Violation(path, lexical, componentName, Map.copyOf(messages));
	}

	private static String term(Node node) {
		return node.isBlank() ? "_:b" : org.apache.jena.riot.out.NodeFmtLib.strNT(node);
	}

	private static RDFNode dateTime(Instant instant) {
		Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		calendar.setTimeInMillis(instant.toEpochMilli());
		return ResourceFactory.createTypedLiteral(new XSDDateTime(calendar));
	}

	private static Draft draft(QuerySolution row) {
		return new Draft(row.getResource("draft").getURI(), row.getResource("record").getURI(),
				row.getResource("author").getURI(), instant(row, "created"), instant(row, "modified"),
				row.getLiteral("base").getLexicalForm(), row.getLiteral("revision").getInt(),
				Optional.ofNullable(row.getResource("owner")).map(org.apache.jena.rdf.model.Resource::getURI),
				WorkflowState.of(row.getResource("state").getURI()));
	}

	private static Instant instant(QuerySolution row, String variable) {
		return Instant.parse(row.getLiteral(variable).getLexicalForm());
	}

}
