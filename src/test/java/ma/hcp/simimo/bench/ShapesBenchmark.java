package ma.hcp.simimo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.Severity;

/**
 * What a group of shapes adds to the shapes check every content write runs: the union of
 * ontology/ and vocabularies/ validated with ontology/shapes.ttl as it is, and with the
 * shapes named as arguments taken out (the floor; the five ownership shapes of decision
 * 0019 when none is named), alternately, 30 times each after a warm-up; medians and their
 * ratio come from the same run. Not a test: run it with the command in
 * docs/benchmarks.md.
 */
public final class ShapesBenchmark {

	private static final int RUNS = 30;

	private static final String SHAPES = "https://w3id.org/simimo/def/shapes#";

	private static final List<String> OWNERSHIP = List.of("DatasetOwner", "NationalSchemeOwner", "OneOwner", "Owner",
			"ConceptOwner");

	private ShapesBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Graph content = content();
		Model all = RDFDataMgr.loadModel("ontology/shapes.ttl");
		Model floor = ModelFactory.createDefaultModel().add(all);
		List<String> measured = (args.length > 0) ? List.of(args) : OWNERSHIP;
		measured.forEach((shape) -> removeWithBlankNodes(floor.getResource(SHAPES + shape)));
		Shapes withOwnership = Shapes.parse(all.getGraph());
		Shapes withoutOwnership = Shapes.parse(floor.getGraph());
		System.out.printf(Locale.ROOT, "content: %d triples; shapes: %d, without %s %d%n", content.size(), all.size(),
				measured, floor.size());

		for (int i = 0; i < 5; i++) {
			validate(withOwnership, content);
			validate(withoutOwnership, content);
		}
		List<Long> withTimes = new ArrayList<>();
		List<Long> floorTimes = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			floorTimes.add(validate(withoutOwnership, content));
			withTimes.add(validate(withOwnership, content));
		}
		double floorMedian = median(floorTimes);
		double withMedian = median(withTimes);
		System.out.printf(Locale.ROOT, "without them (floor): median %.1f ms%n", floorMedian);
		System.out.printf(Locale.ROOT, "with them:            median %.1f ms (%.2f x floor)%n", withMedian,
				withMedian / floorMedian);
	}

	private static long validate(Shapes shapes, Graph content) {
		long start = System.nanoTime();
		// Warnings (decision 0020) do not stop a write; only violations would.
		if (ShaclValidator.get()
			.validate(shapes, content)
			.getEntries()
			.stream()
			.anyMatch((entry) -> Severity.Violation.equals(entry.severity()))) {
			throw new IllegalStateException("The content does not conform: the timing would not be of a write");
		}
		return System.nanoTime() - start;
	}

	private static double median(List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return sorted[sorted.length / 2] / 1e6;
	}

	private static void removeWithBlankNodes(Resource shape) {
		List<Statement> statements = shape.listProperties().toList();
		for (Statement statement : statements) {
			RDFNode object = statement.getObject();
			if (object.isAnon()) {
				removeWithBlankNodes(object.asResource());
			}
		}
		shape.getModel().remove(statements);
	}

	private static Graph content() throws IOException {
		Model model = ModelFactory.createDefaultModel();
		for (String directory : Arrays.asList("ontology", "vocabularies")) {
			try (Stream<Path> files = Files.list(Path.of(directory))) {
				files.filter((file) -> file.toString().endsWith(".ttl"))
					.sorted()
					.forEach((file) -> RDFDataMgr.read(model, file.toString()));
			}
		}
		return model.getGraph();
	}

}
