package ma.hcp.simimo.glossary;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.PrivateStore;
import ma.hcp.simimo.store.RemoteStoreException;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.StoreWriter;
import ma.hcp.simimo.store.ValueRows;
import ma.hcp.simimo.store.Vocab;
import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.kernel.LimitReachedException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;

/**
 * Saves glossaries and reads them back. Each one is a skos:OrderedCollection and
 * simimo:Glossary {@code <base>glossaries/<id>} in its own graph
 * {@code <base>graphs/glossaries/<id>}: in the public store when its author lists it (the
 * content loader records only the graphs of content files, so it never drops these), in
 * the private store when they keep it private. Who authored it
 * ({@code simimo:authoredBy}, {@code simimo:visibility}) is recorded in the private store
 * only (decision 0019).
 */
@Repository
class SavedGlossaries {

	/** Twelve characters of a 32-letter alphabet without look-alikes: 60 random bits. */
	static final Pattern ID = Pattern.compile("[a-z2-9]{12}");

	private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private static final int LISTED = 500;

	/** How many unknown concepts a refusal names, after their count. */
	private static final int UNKNOWN_NAMED = 10;

	private final SecureRandom random = new SecureRandom();

	private final ObjectProvider<StoreWriter> writer;

	private final SparqlExecutor executor;

	private final GraphNames graphNames;

	private final GlossarySaveLimits limits;

	private final PrivateStore privateStore;

	/** Holds the count of saved glossaries and the write together. */
	private final Object saving = new Object();

	SavedGlossaries(ObjectProvider<StoreWriter> writer, SparqlExecutor executor, GraphNames graphNames,
			GlossarySaveLimits limits, PrivateStore privateStore) {
		this.writer = writer;
		this.executor = executor;
		this.graphNames = graphNames;
		this.limits = limits;
		this.privateStore = privateStore;
	}

	/** Who authored a glossary, and whether it is listed publicly. */
	record Authorship(String account, boolean listed) {
	}

	/** False when the store is a remote endpoint, which this application only reads. */
	boolean canSave() {
		return this.writer.getIfAvailable() != null;
	}

	/**
	 * Saves the glossary for {@code viewer}, its author, and returns its id: a listed one
	 * in the public store (one transaction, with no trace of the account there), a
	 * private one in the private store only; either way the authorship is recorded in the
	 * private store. Only when every concept it names is in SIMIMO's content, fewer than
	 * {@code simimo.glossary.max-saved} glossaries are saved, and {@code client} (an
	 * address) and everyone are within their hourly rate.
	 * @throws ma.hcp.simimo.access.AccessRefusedException when the viewer may not save
	 * @throws BadRequestException when the selection is empty or names concepts SIMIMO
	 * does not hold
	 * @throws RemoteStoreException when the store is remote and the glossary listed
	 * @throws LimitReachedException when the list is full (409) or a rate is reached
	 * (429)
	 */
	String saveGlossary(GlossaryDraft draft, GlossaryRequest request, String client, Viewer viewer, boolean listed) {
		Permissions.require(viewer, Action.SAVE_GLOSSARY, Target.none());
		String account = viewer.account().orElseThrow();
		StoreWriter store = this.writer.getIfAvailable();
		if (store == null && listed) {
			throw new RemoteStoreException("saving a listed glossary");
		}
		if (request.isEmpty()) {
			throw new BadRequestException("glossary.error.empty");
		}
		refuseUnknown(request.concepts());
		synchronized (this.saving) {
			if (count() >= this.limits.maxSaved()) {
				throw new LimitReachedException(409, null, "glossary.error.full", this.limits.maxSaved());
			}
			this.limits.tryAcquire(client).ifPresent((refusal) -> {
				long minutes = Math.max(1, (refusal.retryAfter().toSeconds() + 59) / 60);
				throw new LimitReachedException(429, refusal.retryAfter(),
						refusal.overall() ? "glossary.error.rateOverall" : "glossary.error.rateClient", refusal.limit(),
						minutes);
			});
			String id = newId();
			write(id, draft, request, account, listed);
			return id;
		}
	}

	/**
	 * Replaces a saved glossary's title, audience, author name, selection and settings,
	 * and where it is listed, keeping its id: for its author only.
	 */
	void editGlossary(String id, GlossaryDraft draft, GlossaryRequest request, Viewer viewer, boolean listed) {
		Authorship authorship = visibleAuthorship(id, viewer);
		Permissions.require(viewer, Action.EDIT_GLOSSARY, Target.authoredBy(authorship.account()));
		// A listed glossary is in the public store, before the edit or after it.
		if ((listed || authorship.listed()) && this.writer.getIfAvailable() == null) {
			throw new RemoteStoreException("editing listed glossary " + id);
		}
		if (request.isEmpty()) {
			throw new BadRequestException("glossary.error.empty");
		}
		refuseUnknown(request.concepts());
		synchronized (this.saving) {
			remove(id);
			write(id, draft, request, authorship.account(), listed);
		}
	}

	/** Deletes a saved glossary: its author, or an administrator for a listed one. */
	void deleteGlossary(String id, Viewer viewer) {
		Authorship authorship = visibleAuthorship(id, viewer);
		Permissions.require(viewer, Action.DELETE_GLOSSARY, Target.authoredBy(authorship.account()));
		if (authorship.listed() && this.writer.getIfAvailable() == null) {
			// Its graph is in the public store: forgetting only its author would leave it
			// listed there with none.
			throw new RemoteStoreException("deleting listed glossary " + id);
		}
		synchronized (this.saving) {
			remove(id);
			this.privateStore.write("forget author of glossary " + id,
					(write) -> write.update("glossary/forgetAuthor", glossary(id)));
		}
	}

	/**
	 * The authorship of a glossary the viewer may see: a listed one, or a private one of
	 * theirs; any other is not found, so that a private glossary's id says nothing.
	 */
	private Authorship visibleAuthorship(String id, Viewer viewer) {
		Optional<Authorship> authorship = authorship(id);
		boolean visible = authorship.isPresent()
				&& (authorship.get().listed() || viewer.account().equals(Optional.of(authorship.get().account())));
		if (!visible || savedGlossary(id, viewer).isEmpty()) {
			throw new ResourceNotFoundException(iri(id));
		}
		return authorship.get();
	}

	/** Who authored the glossary {@code id}, as the private store records it. */
	Optional<Authorship> authorship(String id) {
		return this.privateStore.reader()
			.select("glossary/authorship", glossary(id), SavedGlossaries::authorship)
			.stream()
			.findFirst();
	}

	private static Authorship authorship(QuerySolution row) {
		return new Authorship(row.getResource("account").getURI(),
				"public".equals(row.getLiteral("visibility").getLexicalForm()));
	}

	/**
	 * Gives every listed glossary that has no author yet (saved anonymously before
	 * accounts) to {@code account}, the first administrator, in one transaction.
	 * @return how many were given
	 */
	int adoptUnauthored(String account) {
		Set<String> authored = new HashSet<>(this.privateStore.reader()
			.select("glossary/authorship", new QuerySolutionMap(), (row) -> row.getResource("glossary").getURI()));
		List<String> orphans = this.executor
			.select("glossary/savedGlossaries", new QuerySolutionMap(), (row) -> row.getResource("glossary").getURI())
			.stream()
			.filter((iri) -> !authored.contains(iri))
			.toList();
		if (!orphans.isEmpty()) {
			this.privateStore.write("give " + orphans.size() + " anonymous glossaries to " + account, (write) -> {
				for (String orphan : orphans) {
					write.update("glossary/recordAuthor", authorshipBindings(orphan, account, true));
				}
			});
		}
		return orphans.size();
	}

	/** The glossaries {@code viewer} authored, listed or private, newest first. */
	List<SavedGlossary.Summary> mine(Viewer viewer) {
		if (viewer.account().isEmpty()) {
			return List.of();
		}
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("account", ResourceFactory.createResource(viewer.account().get()));
		Map<String, Boolean> listed = new HashMap<>();
		this.privateStore.reader()
			.select("glossary/authorship", bindings, (row) -> listed.put(row.getResource("glossary").getURI(),
					"public".equals(row.getLiteral("visibility").getLexicalForm())));
		List<Node> publicOnes = listed.entrySet()
			.stream()
			.filter(Map.Entry::getValue)
			.map((entry) -> NodeFactory.createURI(entry.getKey()))
			.toList();
		List<Node> privateOnes = listed.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue())
			.map((entry) -> NodeFactory.createURI(entry.getKey()))
			.toList();
		List<SavedGlossary.Summary> mine = new java.util.ArrayList<>();
		if (!publicOnes.isEmpty()) {
			mine.addAll(this.executor.selectFor("glossary/savedGlossariesIn", "glossary", publicOnes,
					(row) -> summary(row, true)));
		}
		if (!privateOnes.isEmpty()) {
			mine.addAll(this.privateStore.reader()
				.selectFor("glossary/savedGlossariesIn", "glossary", privateOnes, (row) -> summary(row, false)));
		}
		mine.sort(java.util.Comparator.comparing(SavedGlossary.Summary::created)
			.reversed()
			.thenComparing(SavedGlossary.Summary::title));
		return mine;
	}

	/**
	 * Refuses concepts the content does not hold: a saved glossary would otherwise store
	 * any IRI sent, and make it look like a SIMIMO resource.
	 */
	private void refuseUnknown(List<String> concepts) {
		Set<String> known = new HashSet<>(this.executor.selectFor("glossary/knownConcepts", "concept",
				concepts.stream().map(NodeFactory::createURI).toList(), (row) -> row.getResource("concept").getURI()));
		List<String> unknown = concepts.stream().filter((iri) -> !known.contains(iri)).toList();
		if (!unknown.isEmpty()) {
			throw new BadRequestException("glossary.error.unknown", unknown.size(),
					String.join(", ", unknown.subList(0, Math.min(UNKNOWN_NAMED, unknown.size()))));
		}
	}

	/** Listed and private glossaries together. */
	private int count() {
		return this.executor
			.select("glossary/savedGlossaryCount", new QuerySolutionMap(), (row) -> row.getLiteral("count").getInt())
			.get(0)
				+ this.privateStore.reader()
					.select("glossary/savedGlossaryCount", new QuerySolutionMap(),
							(row) -> row.getLiteral("count").getInt())
					.get(0);
	}

	/**
	 * A listed glossary: the public store's transaction, then the authorship's in the
	 * private store (if that one fails, the glossary is removed again). A private one:
	 * both in one transaction of the private store.
	 */
	private void write(String id, GlossaryDraft draft, GlossaryRequest request, String account, boolean listed) {
		QuerySolutionMap bindings = glossaryBindings(id, draft, request);
		ValueRows members = members(request);
		QuerySolutionMap authorship = authorshipBindings(iri(id), account, listed);
		if (listed) {
			StoreWriter store = this.writer.getObject();
			store.write("saved glossary " + id, (write) -> write.update("glossary/saveGlossary", bindings, members));
			try {
				this.privateStore.write("author of glossary " + id,
						(write) -> write.update("glossary/recordAuthor", authorship));
			}
			catch (RuntimeException ex) {
				store.write("remove glossary " + id + " without an author",
						(write) -> write.update("glossary/deleteGlossary", graphBinding(id)));
				throw ex;
			}
		}
		else {
			this.privateStore.write("private glossary " + id, (write) -> {
				write.update("glossary/saveGlossary", bindings, members);
				write.update("glossary/recordAuthor", authorship);
			});
		}
	}

	/** Removes the glossary's graph from whichever store holds it. */
	private void remove(String id) {
		StoreWriter store = this.writer.getIfAvailable();
		if (store != null) {
			store.write("remove glossary " + id, (write) -> write.update("glossary/deleteGlossary", graphBinding(id)));
		}
		this.privateStore.write("remove private glossary " + id,
				(write) -> write.update("glossary/deleteGlossary", graphBinding(id)));
	}

	private QuerySolutionMap graphBinding(String id) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("graph", ResourceFactory.createResource(graph(id)));
		return bindings;
	}

	private QuerySolutionMap glossary(String id) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("glossary", ResourceFactory.createResource(iri(id)));
		return bindings;
	}

	private static QuerySolutionMap authorshipBindings(String glossary, String account, boolean listed) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("glossary", ResourceFactory.createResource(glossary));
		bindings.add("account", ResourceFactory.createResource(account));
		bindings.add("visibility", ResourceFactory.createPlainLiteral(listed ? "public" : "private"));
		return bindings;
	}

	private static ValueRows members(GlossaryRequest request) {
		// The members in the order they were picked; the order setting is applied each
		// time the glossary is rendered.
		ValueRows members = ValueRows.of("position", "member");
		List<String> concepts = request.concepts();
		for (int i = 0; i < concepts.size(); i++) {
			members.row(ResourceFactory.createTypedLiteral(i + 1), ResourceFactory.createResource(concepts.get(i)));
		}
		return members;
	}

	private QuerySolutionMap glossaryBindings(String id, GlossaryDraft draft, GlossaryRequest request) {
		Map<String, String> settings = request.parameters();
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("graph", ResourceFactory.createResource(graph(id)));
		bindings.add("glossary", ResourceFactory.createResource(iri(id)));
		bindings.add("title", ResourceFactory.createPlainLiteral(draft.title()));
		if (!draft.audience().isEmpty()) {
			bindings.add("audience", ResourceFactory.createPlainLiteral(draft.audience()));
		}
		if (!draft.author().isEmpty()) {
			bindings.add("author", ResourceFactory.createPlainLiteral(draft.author()));
		}
		bindings.add("created",
				ResourceFactory.createTypedLiteral(LocalDate.now(ZoneOffset.UTC).toString(), XSDDatatype.XSDdate));
		bindings.add("languages", ResourceFactory.createPlainLiteral(settings.get("langs")));
		bindings.add("order", ResourceFactory.createPlainLiteral(settings.get("order")));
		bindings.add("orderLanguage", ResourceFactory.createPlainLiteral(settings.get("orderLang")));
		bindings.add("layout", ResourceFactory.createPlainLiteral(settings.get("layout")));
		bindings.add("content", ResourceFactory.createPlainLiteral(settings.get("content")));
		bindings.add("size", ResourceFactory.createTypedLiteral(request.concepts().size()));
		return bindings;
	}

	/**
	 * The saved glossary with this id that {@code viewer} may see: a listed one, or a
	 * private one they authored.
	 */
	Optional<SavedGlossary> savedGlossary(String id, Viewer viewer) {
		Optional<SavedGlossary> listed = read(this.executor, id);
		if (listed.isPresent()) {
			return listed;
		}
		if (viewer.account().isEmpty()) {
			return Optional.empty();
		}
		boolean theirs = authorship(id).filter((authorship) -> viewer.account().get().equals(authorship.account()))
			.isPresent();
		return theirs ? read(this.privateStore.reader(), id) : Optional.empty();
	}

	private Optional<SavedGlossary> read(SparqlExecutor store, String id) {
		QuerySolutionMap bindings = graphBinding(id);
		Model model = store.construct("glossary/savedGlossary", bindings);
		Resource glossary = model.createResource(iri(id));
		if (!model.contains(glossary, RDF.type, SKOS.OrderedCollection)) {
			return Optional.empty();
		}
		Resource list = glossary.getPropertyResourceValue(SKOS.memberList);
		List<String> concepts = (list == null) ? List.of()
				: list.as(RDFList.class)
					.asJavaList()
					.stream()
					.filter(RDFNode::isURIResource)
					.map((node) -> node.asResource().getURI())
					.toList();
		Map<String, String> parameters = new HashMap<>();
		parameters.put("concepts", String.join(",", concepts));
		parameters.put("langs", text(glossary, Vocab.GLOSSARY_LANGUAGES));
		parameters.put("order", text(glossary, Vocab.GLOSSARY_ORDER));
		parameters.put("orderLang", text(glossary, Vocab.GLOSSARY_ORDER_LANGUAGE));
		parameters.put("layout", text(glossary, Vocab.GLOSSARY_LAYOUT));
		parameters.put("content", text(glossary, Vocab.GLOSSARY_CONTENT));
		Glossary.Metadata metadata = new Glossary.Metadata(iri(id), text(glossary, DCTerms.title),
				text(glossary, DCTerms.audience), text(glossary, DCTerms.creator), text(glossary, DCTerms.created));
		return Optional.of(new SavedGlossary(id, metadata, GlossaryRequest.from(parameters)));
	}

	/** The listed glossaries, newest first. */
	List<SavedGlossary.Summary> savedGlossaries() {
		return this.executor.select("glossary/savedGlossaries", new QuerySolutionMap(), LISTED,
				(row) -> summary(row, true));
	}

	String iri(String id) {
		return this.graphNames.baseIri() + "glossaries/" + id;
	}

	String graph(String id) {
		return this.graphNames.baseIri() + "graphs/glossaries/" + id;
	}

	private static SavedGlossary.Summary summary(QuerySolution row, boolean listed) {
		String iri = row.getResource("glossary").getURI();
		return new SavedGlossary.Summary(iri.substring(iri.lastIndexOf('/') + 1), literal(row, "title"),
				literal(row, "audience"), literal(row, "author"), literal(row, "created"),
				row.getLiteral("size").getInt(), listed);
	}

	private String newId() {
		char[] id = new char[12];
		for (int i = 0; i < id.length; i++) {
			id[i] = ALPHABET[this.random.nextInt(ALPHABET.length)];
		}
		return new String(id);
	}

	private static String literal(QuerySolution row, String variable) {
		RDFNode node = row.get(variable);
		return (node == null || !node.isLiteral()) ? "" : node.asLiteral().getLexicalForm();
	}

	private static String text(Resource subject, Property property) {
		Statement statement = subject.getProperty(property);
		return (statement == null || !statement.getObject().isLiteral()) ? ""
				: statement.getObject().asLiteral().getLexicalForm();
	}

}
