package ma.hcp.simimo.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates the content as a write would leave it against the SHACL shapes of the content
 * itself (the graph of ontology/shapes.ttl, so a change to the shapes and the data it
 * fixes load together). The shapes link across files (a publisher described in the
 * catalogue, a criterion from the code lists), so the union of every content graph is
 * validated, with the write's changes in place.
 */
final class ContentShapes {

	private static final Logger log = LoggerFactory.getLogger(ContentShapes.class);

	private static final int REPORTED = 20;

	private final String shapesGraph;

	ContentShapes(String shapesGraph) {
		this.shapesGraph = shapesGraph;
	}

	/**
	 * Validates the union of {@code contentFiles} (graph IRI to source file) in
	 * {@code store}, inside the write transaction.
	 * @throws ContentValidationException naming file, focus node, path and message of
	 * each violation
	 */
	ShapesCheck validate(DatasetGraph store, Map<String, String> contentFiles, Set<String> changedGraphs) {
		if (!contentFiles.containsKey(this.shapesGraph)) {
			log.warn("Content not validated: the shapes graph {} is not among the loaded content", this.shapesGraph);
			return ShapesCheck.NOT_NEEDED;
		}
		long start = System.nanoTime();
		// An in-memory copy of the union: the validator makes many small lookups, which
		// a TDB2 union over dozens of graphs answers far more slowly.
		Graph union = GraphFactory.createDefaultGraph();
		contentFiles.keySet()
			.forEach((graph) -> store.find(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY)
				.forEachRemaining((quad) -> union.add(quad.asTriple())));
		Shapes shapes = Shapes.parse(store.getGraph(NodeFactory.createURI(this.shapesGraph)));
		ValidationReport report = ShaclValidator.get().validate(shapes, union);
		List<ReportEntry> violations = new ArrayList<>();
		List<ReportEntry> warnings = new ArrayList<>();
		for (ReportEntry entry : report.getEntries()) {
			if (Severity.Violation.equals(entry.severity())) {
				violations.add(entry);
			}
			else {
				warnings.add(entry);
				log.debug("Shapes {}: {}", entry.severity().level().getLocalName(),
						describe(entry, store, union, ordered(contentFiles, changedGraphs)));
			}
		}
		if (!warnings.isEmpty()) {
			// Warnings say what is not known yet (a SIMS minimum heading not recorded,
			// decision
			// 0020): one line, not one per dataset and heading.
			log.info("Shapes: {} warning(s), content loaded; the first: {}", warnings.size(),
					describe(warnings.get(0), store, union, ordered(contentFiles, changedGraphs)));
		}
		if (!violations.isEmpty()) {
			Map<String, String> files = ordered(contentFiles, changedGraphs);
			String described = violations.stream()
				.limit(REPORTED)
				.map((entry) -> describe(entry, store, union, files))
				.collect(Collectors.joining("; "));
			String more = (violations.size() > REPORTED) ? "; and " + (violations.size() - REPORTED) + " more" : "";
			throw new ContentValidationException("Content not loaded, the store is unchanged: " + violations.size()
					+ " violation(s) of " + contentFiles.get(this.shapesGraph) + ". " + described + more);
		}
		return new ShapesCheck(true, union.size(), Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * The content files with those this write changed first, where a violation most
	 * likely is.
	 */
	private static Map<String, String> ordered(Map<String, String> contentFiles, Set<String> changedGraphs) {
		Map<String, String> ordered = new LinkedHashMap<>();
		contentFiles.forEach((graph, file) -> {
			if (changedGraphs.contains(graph)) {
				ordered.put(graph, file);
			}
		});
		ordered.putAll(contentFiles);
		return ordered;
	}

	private static String describe(ReportEntry entry, DatasetGraph store, Graph union, Map<String, String> files) {
		Node focus = entry.focusNode();
		String path = (entry.resultPath() == null) ? "" : " " + ShaclPaths.pathToString(entry.resultPath());
		return fileOf(focus, store, files) + ": " + name(focus, union) + path + ": " + messages(entry);
	}

	/**
	 * The file that describes the node (it is a subject there), else one that mentions
	 * it.
	 */
	private static String fileOf(Node focus, DatasetGraph store, Map<String, String> files) {
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (store.contains(NodeFactory.createURI(file.getKey()), focus, Node.ANY, Node.ANY)) {
				return file.getValue();
			}
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (store.contains(NodeFactory.createURI(file.getKey()), Node.ANY, Node.ANY, focus)) {
				return file.getValue();
			}
		}
		return "(no file)";
	}

	/** An IRI as written; a blank node by the triple that leads to it. */
	private static String name(Node node, Graph union) {
		if (!node.isBlank()) {
			return node.toString();
		}
		return union.find(Node.ANY, Node.ANY, node)
			.nextOptional()
			.map((Triple triple) -> "[] (the " + triple.getPredicate() + " of " + triple.getSubject() + ")")
			.orElse("[]");
	}

	/** The shape's messages, French first, then English, then any other. */
	private static String messages(ReportEntry entry) {
		Collection<Node> messages = entry.messages();
		if (messages == null || messages.isEmpty()) {
			return entry.message();
		}
		List<Node> sorted = new ArrayList<>(messages);
		sorted.sort((a, b) -> Integer.compare(rank(a), rank(b)));
		return sorted.stream()
			.map((node) -> node.isLiteral() ? node.getLiteralLexicalForm() : node.toString())
			.collect(Collectors.joining(" / "));
	}

	private static int rank(Node message) {
		String lang = message.isLiteral() ? message.getLiteralLanguage() : "";
		return switch (lang) {
			case "fr" -> 0;
			case "en" -> 1;
			default -> 2;
		};
	}

}
