package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue is served as DCAT-AP 3 that passes the official SEMIC shapes, with the
 * controlled-vocabulary profile too, and warns only where no source gives the recommended
 * value (docs/dcat-ap.md). Each dataset's IRI carries the same DCAT-AP terms within its
 * full description.
 */
class DcatApExportIntegrationTests extends RunningApplication {

	private static final Logger log = LoggerFactory.getLogger(DcatApExportIntegrationTests.class);

	/**
	 * The recommended properties no source at hand gives, as "class property" of the
	 * focus node: each is explained in docs/dcat-ap.md. Any other warning is a gap the
	 * content could close.
	 */
	private static final Set<String> UNSOURCED = Set.of("Dataset contactPoint", "Dataset distribution",
			"Dataset temporal", "Dataset spatial", "Dataset type", "Dataset publisher", "Catalog publisher",
			"Catalog issued", "Catalog license", "Location bbox", "Location centroid", "Distribution availability",
			"Distribution license");

	private static final List<Resource> FOCUS_CLASSES = List.of(DCAT.Catalog, DCAT.Dataset, DCAT.Distribution,
			DCTerms.Location, DCTerms.PeriodOfTime, FOAF.Agent, SKOS.Concept);

	@ParameterizedTest
	@CsvSource({ "ttl, TURTLE", "jsonld, JSONLD", "rdf, RDFXML", "nt, NTRIPLES" })
	void servesTheWholeCatalogueAsDcatApInEachFormat(String format, String langName) {
		HttpResponse<String> response = this.http.get("/catalogue?format=" + format, null);

		assertThat(response.statusCode()).isEqualTo(200);
		Model model = RDFParser.fromString(response.body(), RDFLanguages.nameToLang(langName)).toModel();
		assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList()).hasSize(1);
		assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).hasSizeGreaterThanOrEqualTo(23);
	}

	@ParameterizedTest
	@EnumSource(DcatApProfile.class)
	void catalogueHasNoViolationInAnyProfile(DcatApProfile profile) {
		Model catalogue = get("/catalogue");

		ValidationReport report = ShaclValidator.get().validate(profile.shapes(), catalogue.getGraph());

		log.info("DCAT-AP profile {}: {} violation(s), {} warning(s) on /catalogue; warnings by focus and path: {}",
				profile, entries(report, Severity.Violation).size(), entries(report, Severity.Warning).size(),
				entries(report, Severity.Warning).stream()
					.collect(Collectors.groupingBy((entry) -> key(catalogue, entry), TreeMap::new,
							Collectors.counting())));
		assertThat(entries(report, Severity.Violation)).as(describe(report)).isEmpty();
	}

	@Test
	void everyDatasetIriServesItsDcatApTermsWithinItsFullDescription() {
		// The catalogue is the DCAT-AP view and passes the shapes above; a dataset's own
		// IRI serves its full description, which holds those same terms and more
		// (ContentNegotiationIntegrationTests).
		Model catalogue = get("/catalogue");

		for (Resource dataset : catalogue.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()) {
			Model model = get(dataset.getURI().replace("https://w3id.org/simimo", ""));
			List<Statement> dcatAp = catalogue.listStatements(dataset, null, (RDFNode) null)
				.filterDrop((statement) -> statement.getObject().isAnon())
				.toList();
			assertThat(dcatAp).as(dataset.getURI()).isNotEmpty().allMatch(model::contains);
		}
	}

	@Test
	void warnsOnlyAboutRecommendedPropertiesThatNoSourceGives() {
		Model catalogue = get("/catalogue");

		ValidationReport report = ShaclValidator.get()
			.validate(DcatApProfile.VOCABULARIES.shapes(), catalogue.getGraph());

		Set<String> warned = entries(report, Severity.Warning).stream()
			.map((entry) -> key(catalogue, entry))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(warned).isSubsetOf(UNSOURCED);
		assertThat(entries(report, Severity.Warning).stream()
			.filter((entry) -> key(catalogue, entry).equals("Dataset spatial"))
			.map((entry) -> entry.focusNode().getURI())).as("datasets with no spatial coverage")
			.containsExactly("https://w3id.org/simimo/datasets/maecamre-consular-registrations");
	}

	private Model get(String path) {
		HttpResponse<String> response = this.http.get(path, "text/turtle");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return RDFParser.fromString(response.body(), Lang.TURTLE).toModel();
	}

	private static String key(Model model, ReportEntry entry) {
		return focusClass(model, entry.focusNode()) + " "
				+ ((entry.resultPath() != null) ? localName(entry.resultPath().toString()) : "node");
	}

	/** The first of the DCAT-AP classes the focus node has, in a fixed order. */
	private static String focusClass(Model model, Node focus) {
		RDFNode node = model.asRDFNode(focus);
		return FOCUS_CLASSES.stream()
			.filter((type) -> node.isResource() && node.asResource().hasProperty(RDF.type, type))
			.map((type) -> type.getLocalName())
			.findFirst()
			.orElse(focus.toString());
	}

	private static String localName(String iri) {
		String name = iri.replaceAll("[<>]", "");
		return name.substring(Math.max(name.lastIndexOf('#'), name.lastIndexOf('/')) + 1);
	}

	private static List<ReportEntry> entries(ValidationReport report, Severity severity) {
		return report.getEntries().stream().filter((entry) -> entry.severity() == severity).toList();
	}

	private static String describe(ValidationReport report) {
		return entries(report, Severity.Violation).stream()
			.limit(15)
			.map(ReportEntry::toString)
			.collect(Collectors.joining("\n"));
	}

	/**
	 * The SEMIC validator's profiles, each adding one shape file to the one before: base
	 * (cardinalities and literal ranges), range (sh:class of the objects), recommended
	 * (warnings) and the EU controlled vocabularies (skos:inScheme of coded values).
	 */
	enum DcatApProfile {

		BASE("shapes.ttl"), RANGE("shapes.ttl", "range.ttl"),
		RECOMMENDED("shapes.ttl", "range.ttl", "shapes_recommended.ttl"),
		VOCABULARIES("shapes.ttl", "range.ttl", "shapes_recommended.ttl", "mdr-vocabularies.shape.ttl");

		private final Shapes shapes;

		DcatApProfile(String... files) {
			Model model = ModelFactory.createDefaultModel();
			for (String file : files) {
				RDFDataMgr.read(model, "src/test/resources/dcat-ap-3.0.1/" + file);
			}
			this.shapes = Shapes.parse(model.getGraph());
		}

		Shapes shapes() {
			return this.shapes;
		}

	}

}
