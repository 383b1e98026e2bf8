package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue and each dataset are served as DCAT-AP 3 that passes the official SEMIC
 * shapes.
 */
class DcatApExportIntegrationTests extends RunningApplication {

	private static final Shapes DCAT_AP = conformanceSet();

	@ParameterizedTest
	@CsvSource({ "ttl, TURTLE", "jsonld, JSONLD", "rdf, RDFXML", "nt, NTRIPLES" })
	void servesTheWholeCatalogueAsDcatApInEachFormat(String format, String langName) {
		HttpResponse<String> response = this.http.get("/catalogue?format=" + format, null);

		assertThat(response.statusCode()).isEqualTo(200);
		Model model = RDFParser.fromString(response.body(), RDFLanguages.nameToLang(langName)).toModel();
		assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList()).hasSize(1);
		assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).hasSizeGreaterThanOrEqualTo(23);
	}

	@Test
	void catalogueHasNoDcatApViolation() {
		Model catalogue = get("/catalogue");

		ValidationReport report = ShaclValidator.get().validate(DCAT_AP, catalogue.getGraph());

		assertThat(violations(report)).as(describe(report)).isEmpty();
	}

	@Test
	void everyDatasetIsServedAsDcatApOnItsOwnIriWithNoViolation() {
		Model catalogue = get("/catalogue");
		List<String> datasets = catalogue.listSubjectsWithProperty(RDF.type, DCAT.Dataset)
			.mapWith((resource) -> resource.getURI())
			.toList();

		for (String dataset : datasets) {
			Model model = get(dataset.replace("https://w3id.org/simimo", ""));
			assertThat(model.contains(model.createResource(dataset), RDF.type, DCAT.Dataset)).as(dataset).isTrue();
			ValidationReport report = ShaclValidator.get().validate(DCAT_AP, model.getGraph());
			assertThat(violations(report)).as(dataset + "\n" + describe(report)).isEmpty();
		}
	}

	private Model get(String path) {
		HttpResponse<String> response = this.http.get(path, "text/turtle");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return RDFParser.fromString(response.body(), Lang.TURTLE).toModel();
	}

	private static Shapes conformanceSet() {
		Model shapes = ModelFactory.createDefaultModel();
		RDFDataMgr.read(shapes, "src/test/resources/dcat-ap-3.0.1/shapes.ttl");
		RDFDataMgr.read(shapes, "src/test/resources/dcat-ap-3.0.1/range.ttl");
		Graph graph = shapes.getGraph();
		return Shapes.parse(graph);
	}

	private static List<ReportEntry> violations(ValidationReport report) {
		return report.getEntries().stream().filter((entry) -> entry.severity() == Severity.Violation).toList();
	}

	private static String describe(ValidationReport report) {
		return violations(report).stream().limit(15).map(ReportEntry::toString).collect(Collectors.joining("\n"));
	}

}
