package ma.hcp.simimo.store;

import java.io.StringReader;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ownership shapes of ontology/shapes.ttl (decision 0019), each over a few triples:
 * what it refuses, with its French and English message, and what it lets through.
 */
class OwnerShapesTests {

	private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

	private static final String SHAPES_NS = "https://w3id.org/simimo/def/shapes#";

	private static final String PREFIXES = """
			@prefix simimo: <https://w3id.org/simimo/def#> .
			@prefix dct:    <http://purl.org/dc/terms/> .
			@prefix dcat:   <http://www.w3.org/ns/dcat#> .
			@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
			@prefix org:    <http://www.w3.org/ns/org#> .
			@prefix foaf:   <http://xmlns.com/foaf/0.1/> .
			@prefix ex:     <https://w3id.org/simimo/test/> .
			ex:anapec a org:Organization , foaf:Agent ; foaf:name "ANAPEC"@fr ; simimo:producerRole ex:role .
			ex:cnss a org:Organization , foaf:Agent ; foaf:name "CNSS"@fr ; simimo:producerRole ex:role .
			ex:role a skos:Concept ; skos:inScheme ex:roles ; skos:prefLabel "Producteur"@fr .
			ex:roles a skos:ConceptScheme .
			""";

	private static final String DATASET = """
			ex:dataset a dcat:Dataset ; dct:title "Placements"@fr ; dct:description "Placements."@fr ;
			    dct:publisher ex:anapec .
			""";

	@Test
	void aDatasetNeedsAnOwner() {
		assertThat(violations("DatasetOwner", DATASET)).singleElement()
			.satisfies((entry) -> assertThat(entry.messages()).extracting(Node::getLiteralLexicalForm)
				.contains(
						"Un jeu de données a un producteur responsable (simimo:owner, dans vocabularies/record-owners.ttl).",
						"A dataset has a responsible producer (simimo:owner, in vocabularies/record-owners.ttl)."));
		assertThat(violations("DatasetOwner", DATASET + "ex:dataset simimo:owner ex:anapec .")).isEmpty();
	}

	@Test
	void aRecordHasOneOwnerOnly() {
		String twoOwners = DATASET + "ex:dataset simimo:owner ex:anapec , ex:cnss .\n";

		assertThat(violations("OneOwner", twoOwners)).singleElement()
			.satisfies((entry) -> assertThat(entry.focusNode().getURI()).endsWith("/dataset"))
			.satisfies((entry) -> assertThat(entry.message()).contains("one responsible producer only"));
		assertThat(violations("OneOwner", "ex:period simimo:owner ex:anapec , ex:cnss .")).hasSize(1);
		assertThat(violations("OneOwner", DATASET + "ex:dataset simimo:owner ex:anapec .")).isEmpty();
	}

	@Test
	void aNationalSchemeWithAKnownPublisherNeedsAnOwner() {
		String scheme = "ex:scheme a skos:ConceptScheme , simimo:NationalScheme ; dct:publisher ex:anapec .\n";

		assertThat(violations("NationalSchemeOwner", scheme)).singleElement()
			.satisfies((entry) -> assertThat(entry.message()).contains("publisher is known"));
		assertThat(violations("NationalSchemeOwner", scheme + "ex:scheme simimo:owner ex:anapec .")).isEmpty();
	}

	@Test
	void aNationalSchemeWhoseProducerNoSourceNamesMayHaveNoOwner() {
		assertThat(violations("NationalSchemeOwner", "ex:scheme a skos:ConceptScheme , simimo:NationalScheme .\n"))
			.isEmpty();
	}

	@Test
	void anOwnerIsAProducerAndNotAnInternationalOrganisationOrAConcept() {
		String international = DATASET + """
				ex:ilo a org:Organization , foaf:Agent ; foaf:name "OIT"@fr .
				ex:dataset simimo:owner ex:ilo .
				""";
		String concept = DATASET + "ex:dataset simimo:owner ex:role .\n";

		assertThat(violations("Owner", international)).singleElement()
			.satisfies((entry) -> assertThat(entry.focusNode().getURI()).endsWith("/ilo"))
			.satisfies((entry) -> assertThat(entry.message()).contains("simimo:producerRole"));
		assertThat(violations("Owner", concept))
			.anySatisfy((entry) -> assertThat(entry.message()).contains("org:Organization"));
		assertThat(violations("Owner", DATASET + "ex:dataset simimo:owner ex:anapec .")).isEmpty();
	}

	@Test
	void aConceptOfAnOwnedSchemeHasItsSchemesOwnerAndNoOther() {
		String scheme = """
				ex:scheme a skos:ConceptScheme , simimo:NationalScheme ; dct:publisher ex:anapec ;
				    simimo:owner ex:anapec .
				ex:concept a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "Inscrit"@fr .
				""";

		List<ReportEntry> unowned = violations("ConceptOwner", scheme);
		assertThat(unowned).singleElement()
			.satisfies((entry) -> assertThat(entry.focusNode().getURI()).endsWith("/concept"))
			.satisfies((entry) -> assertThat(entry.messages()).extracting(Node::getLiteralLexicalForm)
				.anySatisfy((message) -> assertThat(message)
					.startsWith("Un concept d'un schéma qui a un producteur responsable a ce même producteur"))
				.anySatisfy((message) -> assertThat(message).startsWith("A concept of a scheme that has a")));
		assertThat(violations("ConceptOwner", scheme + "ex:concept simimo:owner ex:cnss .")).hasSize(1);
		assertThat(violations("ConceptOwner", scheme + "ex:concept simimo:owner ex:anapec , ex:cnss .")).hasSize(1);
		assertThat(violations("ConceptOwner", scheme + "ex:concept simimo:owner ex:anapec .")).isEmpty();
	}

	@Test
	void aConceptOfASchemeWithNoOwnerNeedsNone() {
		assertThat(violations("ConceptOwner", """
				ex:scheme a skos:ConceptScheme , simimo:InternationalScheme .
				ex:concept a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "Migrant"@fr .
				""")).isEmpty();
	}

	/** The violations of one node shape (or of its property shapes) over the triples. */
	private static List<ReportEntry> violations(String shape, String turtle) {
		Model data = ModelFactory.createDefaultModel();
		data.read(new StringReader(PREFIXES + turtle), null, "TTL");
		return ShaclValidator.get()
			.validate(SHAPES, data.getGraph())
			.getEntries()
			.stream()
			.filter((entry) -> (SHAPES_NS + shape).equals(nodeShapeOf(entry.source(), SHAPES.getGraph())))
			.toList();
	}

	private static String nodeShapeOf(Node source, Graph shapes) {
		if (source.isURI()) {
			return source.getURI();
		}
		return shapes.find(Node.ANY, SHACL.property, source)
			.nextOptional()
			.or(() -> shapes.find(Node.ANY, SHACL.sparql, source).nextOptional())
			.map((triple) -> triple.getSubject().getURI())
			.orElse(source.toString());
	}

}
