package ma.hcp.simimo.store;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes of a dataset's methodology and quality report (decision 0020), on small
 * fixtures read together with the ontology's SIMS mapping and the SIMS scheme: a missing
 * SIMS minimum heading is a warning naming it in French, English and Arabic, and a
 * breakdown or report value that breaks the rules is a violation.
 */
class ReportShapesTests {

	private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

	private static final String SIMS = "https://w3id.org/simimo/concepts/sims-v2/";

	private static final Set<String> REPORT_SHAPES = Set.of("DatasetReport", "BreakdownStated", "SourcedReport",
			"ReportMinimum", "BreakdownUse");

	@Test
	void aReportWithEverySimsMinimumHeadingRaisesNothing() {
		ValidationReport report = validate("complete-report.ttl");

		assertThat(reportEntries(report)).isEmpty();
	}

	@Test
	void warnsOfTheSimsMinimumHeadingsNotRecordedInEachLanguage() {
		List<ReportEntry> warnings = entries("missing-collection.ttl", Severity.Warning);

		assertThat(warnings).extracting((entry) -> entry.value().getURI())
			.containsExactlyInAnyOrder(SIMS + "s-18-3", SIMS + "s-18-6");
		assertThat(warnings).allSatisfy((entry) -> assertThat(entry.focusNode().getURI()).endsWith("/test/dataset"));
		assertThat(messages("missing-collection.ttl", Severity.Warning))
			.anySatisfy((message) -> assertThat(message).startsWith("A SIMS minimum heading is not recorded"))
			.anySatisfy((message) -> assertThat(message).startsWith("Une rubrique SIMS minimale n'est pas renseignée"))
			.anySatisfy((message) -> assertThat(message).startsWith("بند من بنود SIMS الدنيا غير معبأ"));
		assertThat(entries("missing-collection.ttl", Severity.Violation)).isEmpty();
	}

	@Test
	void refusesABreakdownInDetailThatTheDatasetDoesNotState() {
		assertThat(messages("breakdown-not-stated.ttl", Severity.Violation)).anySatisfy(
				(message) -> assertThat(message).contains("must also be stated on the dataset (simimo:hasBreakdown)"));
	}

	@Test
	void refusesAReportHeadingWithoutASource() {
		assertThat(messages("unsourced-report.ttl", Severity.Violation))
			.anySatisfy((message) -> assertThat(message).contains("filled without a source"))
			.anySatisfy((message) -> assertThat(message).contains("بدون مصدر"));
	}

	private static List<String> messages(String fixture, Severity severity) {
		return reportEntries(validate(fixture)).stream()
			.filter((entry) -> severity.equals(entry.severity()))
			.flatMap((entry) -> entry.messages().stream())
			.map((message) -> message.getLiteralLexicalForm())
			.toList();
	}

	private static List<ReportEntry> entries(String fixture, Severity severity) {
		return reportEntries(validate(fixture)).stream().filter((entry) -> severity.equals(entry.severity())).toList();
	}

	/**
	 * The entries of the report's own shapes; the fixtures leave the rest of a dataset
	 * out.
	 */
	private static List<ReportEntry> reportEntries(ValidationReport report) {
		return report.getEntries()
			.stream()
			.filter((entry) -> REPORT_SHAPES.contains(nodeShapeOf(entry.source())))
			.toList();
	}

	private static String nodeShapeOf(Node source) {
		if (source.isURI()) {
			return source.getURI().substring(source.getURI().indexOf('#') + 1);
		}
		return SHAPES.getGraph()
			.find(Node.ANY, SHACL.property, source)
			.nextOptional()
			.map((triple) -> nodeShapeOf(triple.getSubject()))
			.orElse(source.toString());
	}

	private static ValidationReport validate(String fixture) {
		Model data = ModelFactory.createDefaultModel();
		RDFDataMgr.read(data, "ontology/simimo.ttl");
		RDFDataMgr.read(data, "vocabularies/sims-v2.ttl");
		RDFDataMgr.read(data, "src/test/resources/fixtures/inventory/" + fixture);
		Graph graph = data.getGraph();
		return ShaclValidator.get().validate(SHAPES, graph);
	}

}
