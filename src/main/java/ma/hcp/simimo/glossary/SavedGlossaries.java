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

import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.StoreWriter;
import ma.hcp.simimo.store.ValueRows;
import ma.hcp.simimo.store.Vocab;
import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.kernel.LimitReachedException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;

/**
 * Saves glossaries into the embedded store and reads them back. Each one is a
 * skos:OrderedCollection and simimo:Glossary {@code <base>glossaries/<id>} in its own
 * graph {@code <base>graphs/glossaries/<id>}: the content loader records only the graphs
 * of content files, so it never drops these, and they outlive restarts and reloads.
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

	/** Holds the count of saved glossaries and the write together. */
	private final Object saving = new Object();

	SavedGlossaries(ObjectProvider<StoreWriter> writer, SparqlExecutor executor, GraphNames graphNames,
			GlossarySaveLimits limits) {
		this.writer = writer;
		this.executor = executor;
		this.graphNames = graphNames;
		this.limits = limits;
	}

	/** False when the store is a remote endpoint, which this application only reads. */
	boolean canSave() {
		return this.writer.getIfAvailable() != null;
	}

	/**
	 * Writes the glossary in one transaction and returns its id: when every concept it
	 * names is in SIMIMO's content, fewer than {@code simimo.glossary.max-saved}
	 * glossaries are saved, and {@code client} (an address) and everyone are within their
	 * hourly rate.
	 * @throws BadRequestException when the selection is empty or names concepts SIMIMO
	 * does not hold, or the store is remote
	 * @throws LimitReachedException when the list is full (409) or a rate is reached
	 * (429)
	 */
	String saveGlossary(GlossaryDraft draft, GlossaryRequest request, String client) {
		StoreWriter store = this.writer.getIfAvailable();
		if (store == null) {
			throw new BadRequestException("glossary.error.remoteStore");
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
			return write(store, draft, request);
		}
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

	private int count() {
		return this.executor
			.select("glossary/savedGlossaryCount", new QuerySolutionMap(), (row) -> row.getLiteral("count").getInt())
			.get(0);
	}

	private String write(StoreWriter store, GlossaryDraft draft, GlossaryRequest request) {
		String id = newId();
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
		// The members in the order they were picked; the order setting is applied each
		// time
		// the glossary is rendered.
		ValueRows members = ValueRows.of("position", "member");
		List<String> concepts = request.concepts();
		for (int i = 0; i < concepts.size(); i++) {
			members.row(ResourceFactory.createTypedLiteral(i + 1), ResourceFactory.createResource(concepts.get(i)));
		}
		store.write("saved glossary " + id, (write) -> write.update("glossary/saveGlossary", bindings, members));
		return id;
	}

	/** The saved glossary with this id, if there is one. */
	Optional<SavedGlossary> savedGlossary(String id) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("graph", ResourceFactory.createResource(graph(id)));
		Model model = this.executor.construct("glossary/savedGlossary", bindings);
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

	/** The saved glossaries, newest first. */
	List<SavedGlossary.Summary> savedGlossaries() {
		return this.executor.select("glossary/savedGlossaries", new QuerySolutionMap(), LISTED, this::summary);
	}

	String iri(String id) {
		return this.graphNames.baseIri() + "glossaries/" + id;
	}

	String graph(String id) {
		return this.graphNames.baseIri() + "graphs/glossaries/" + id;
	}

	private SavedGlossary.Summary summary(QuerySolution row) {
		String iri = row.getResource("glossary").getURI();
		return new SavedGlossary.Summary(iri.substring(iri.lastIndexOf('/') + 1), literal(row, "title"),
				literal(row, "audience"), literal(row, "author"), literal(row, "created"),
				row.getLiteral("size").getInt());
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
