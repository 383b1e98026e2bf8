package ma.hcp.simimo.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Who owns a record, for the permission checks: the producer that {@code simimo:owner}
 * names for it in the record-owners graph ({@value #FILE}, decision 0019), read with
 * queries/store/recordOwner.rq. Only that graph counts, so an owner slipped into a
 * record's own description is ignored; and nothing is inferred, so a concept with no
 * owner statement of its own has none, whatever its scheme's.
 */
@Component
public class RecordOwners {

	/** The content file whose graph holds every owner statement. */
	public static final String FILE = "vocabularies/record-owners.ttl";

	private static final Logger log = LoggerFactory.getLogger(RecordOwners.class);

	private final SparqlExecutor executor;

	private final String ownersGraph;

	/** Where publications of new records state their owners (decision 0027). */
	private final String editedOwnersGraph;

	@Autowired
	public RecordOwners(SparqlExecutor executor, GraphNames graphNames) {
		this(executor, graphNames.forFile(FILE), graphNames.editedOwnersGraph());
	}

	RecordOwners(SparqlExecutor executor, String ownersGraph) {
		this(executor, ownersGraph, ownersGraph);
	}

	RecordOwners(SparqlExecutor executor, String ownersGraph, String editedOwnersGraph) {
		this.editedOwnersGraph = editedOwnersGraph;
		this.executor = executor;
		this.ownersGraph = ownersGraph;
	}

	/**
	 * The IRI of the producer that owns {@code recordIri}; empty when none is stated,
	 * when the IRI is not an absolute IRI, or when two are (the shapes refuse that, and
	 * an ambiguous owner must not let either producer edit).
	 */
	public Optional<String> ownerOf(String recordIri) {
		if (!isAbsoluteIri(recordIri)) {
			return Optional.empty();
		}
		QuerySolutionMap bindings = ownersGraphBinding();
		bindings.add("record", ResourceFactory.createResource(recordIri));
		List<String> owners = this.executor.select("store/recordOwner", bindings,
				(row) -> row.getResource("owner").getURI());
		return single(recordIri, owners);
	}

	/**
	 * The owners of many records, by record IRI, in the order given; a record with no
	 * single owner is left out. Read in as few queries as {@link Labels#BATCH} allows.
	 */
	public Map<String, String> ownersOf(Collection<String> recordIris) {
		List<String> records = new ArrayList<>(new LinkedHashSet<>(recordIris));
		records.removeIf((iri) -> !isAbsoluteIri(iri));
		Map<String, List<String>> found = new HashMap<>();
		for (int start = 0; start < records.size(); start += Labels.BATCH) {
			List<Node> batch = records.subList(start, Math.min(records.size(), start + Labels.BATCH))
				.stream()
				.map(NodeFactory::createURI)
				.toList();
			this.executor.forEachFor("store/recordOwner", ownersGraphBinding(), "record", batch,
					(row) -> found.computeIfAbsent(row.getResource("record").getURI(), (key) -> new ArrayList<>())
						.add(row.getResource("owner").getURI()));
		}
		Map<String, String> owners = new LinkedHashMap<>();
		for (String record : records) {
			single(record, found.getOrDefault(record, List.of())).ifPresent((owner) -> owners.put(record, owner));
		}
		return owners;
	}

	private QuerySolutionMap ownersGraphBinding() {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("ownersGraph", ResourceFactory.createResource(this.ownersGraph));
		bindings.add("editedOwnersGraph", ResourceFactory.createResource(this.editedOwnersGraph));
		return bindings;
	}

	private static Optional<String> single(String record, List<String> owners) {
		Set<String> distinct = new LinkedHashSet<>(owners);
		if (distinct.size() > 1) {
			log.warn("{} names {} owners for {}: treated as owned by none", FILE, distinct.size(), record);
			return Optional.empty();
		}
		return distinct.stream().findFirst();
	}

	private static boolean isAbsoluteIri(String iri) {
		if (iri == null || iri.isBlank()) {
			return false;
		}
		try {
			return IRIx.create(iri).isAbsolute();
		}
		catch (IRIException ex) {
			return false;
		}
	}

}
