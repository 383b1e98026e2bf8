package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SIMIMO shapes accept good data, catch each kind of bad data, and every content file
 * passes them.
 */
class ShapesTests {

	private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

	@Test
	void acceptsAConformingFixture() {
		ValidationReport report = validate(RDFDataMgr.loadGraph("src/test/resources/fixtures/shapes/conforming.ttl"));

		assertThat(report.conforms()).as(describe(report)).isTrue();
	}

	@Test
	void everyShapeReportsAViolationInTheViolatingFixture() {
		ValidationReport report = validate(RDFDataMgr.loadGraph("src/test/resources/fixtures/shapes/violating.ttl"));

		Set<String> shapesThatFired = report.getEntries()
			.stream()
			.map((entry) -> nodeShapeOf(entry.source()))
			.collect(Collectors.toSet());
		assertThat(shapesThatFired).containsAll(targetedNodeShapes());
		assertThat(report.getEntries()).allMatch((entry) -> entry.message() != null && !entry.message().isBlank());
	}

	@Test
	void aProvisionalDivergenceMustSayWhatIsUnverified() {
		ValidationReport report = validate(RDFDataMgr.loadGraph("src/test/resources/fixtures/shapes/violating.ttl"));

		assertThat(report.getEntries()).filteredOn(
				(entry) -> entry.focusNode().isURI() && entry.focusNode().getURI().endsWith("provisional-divergence"))
			.extracting(ReportEntry::message)
			.anySatisfy((message) -> assertThat(message).contains("provisional divergence says"));
	}

	/**
	 * The node shapes that have a target; shapes:TypedValue is reached through sh:node
	 * instead.
	 */
	private static Set<String> targetedNodeShapes() {
		return SHAPES.getTargetShapes()
			.stream()
			.map((shape) -> shape.getShapeNode().getURI())
			.collect(Collectors.toSet());
	}

	private static String nodeShapeOf(Node source) {
		if (source.isURI()) {
			return source.getURI();
		}
		return SHAPES.getGraph()
			.find(Node.ANY, SHACL.property, source)
			.nextOptional()
			.map((triple) -> triple.getSubject().getURI())
			.orElse(source.toString());
	}

	@Test
	void everyContentFileConformsWhenLoadedTogether() throws IOException {
		Model all = ModelFactory.createDefaultModel();
		for (Path file : contentFiles()) {
			RDFDataMgr.read(all, file.toString());
		}

		ValidationReport report = validate(all.getGraph());

		// Warnings (a SIMS minimum heading not recorded, decision 0020) say what is
		// unknown;
		// only violations make content non-conforming, as ContentShapes reads them.
		assertThat(report.getEntries()).filteredOn((entry) -> Severity.Violation.equals(entry.severity()))
			.as(describe(report))
			.isEmpty();
	}

	private static List<Path> contentFiles() throws IOException {
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("ontology")), Files.walk(Path.of("vocabularies")))) {
			return files.filter((path) -> path.toString().endsWith(".ttl")).sorted().toList();
		}
	}

	private static ValidationReport validate(Graph data) {
		return ShaclValidator.get().validate(SHAPES, data);
	}

	private static String describe(ValidationReport report) {
		return report.getEntries()
			.stream()
			.filter((entry) -> Severity.Violation.equals(entry.severity()))
			.limit(20)
			.map(ReportEntry::toString)
			.collect(Collectors.joining("\n"));
	}

}
