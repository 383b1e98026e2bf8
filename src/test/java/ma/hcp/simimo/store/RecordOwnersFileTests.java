package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vocabularies/record-owners.ttl is what {@link RecordOwnersGenerator} derives from the
 * rest of the content, and that derivation gives each producer its own records and
 * nothing else.
 */
class RecordOwnersFileTests {

	private static final String BASE = "https://w3id.org/simimo/";

	private static final Model CONTENT = RecordOwnersGenerator.content();

	private static final Model DERIVED = RecordOwnersGenerator.derive(CONTENT);

	/**
	 * With {@code -Dsimimo.regenerate=record-owners} the file is written first, so
	 * {@code mvn -o -q test -Dtest=RecordOwnersFileTests -Dsimimo.regenerate=record-owners}
	 * regenerates it and checks the result.
	 */
	@BeforeAll
	static void regenerateWhenAsked() throws IOException {
		if ("record-owners".equals(System.getProperty("simimo.regenerate"))) {
			RecordOwnersGenerator.main(new String[0]);
		}
	}

	@Test
	void theCommittedFileIsWhatTheGeneratorWrites() throws IOException {
		String committed = Files.readString(RecordOwnersGenerator.FILE, StandardCharsets.UTF_8);

		assertThat(committed).as("rerun RecordOwnersGenerator (its javadoc gives the command)")
			.isEqualTo(RecordOwnersGenerator.render());
		assertThat(RDFDataMgr.loadModel(RecordOwnersGenerator.FILE.toString()).isIsomorphicWith(DERIVED)).isTrue();
	}

	@Test
	void everyDatasetIsOwnedByItsPublisher() {
		List<Resource> datasets = CONTENT.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();

		assertThat(datasets).hasSizeGreaterThanOrEqualTo(23)
			.allSatisfy((dataset) -> assertThat(ownerOf(dataset))
				.isEqualTo(dataset.getPropertyResourceValue(DCTerms.publisher).getURI()));
	}

	@Test
	void aNationalConceptHasItsSchemesOwnerAndAnInternationalOneHasNone() {
		assertThat(ownerOf(CONTENT.getResource(BASE + "concepts/anapec-intermediation/registered-migrant-or-refugee")))
			.isEqualTo(BASE + "producers/anapec");
		assertThat(ownerOf(CONTENT.getResource(BASE + "classifications/nma-2010/A"))).isEqualTo(BASE + "producers/hcp");
		assertThat(ownerOf(CONTENT.getResource(BASE + "concepts/icls-2018/international-migrant-workers"))).isNull();
	}

	@Test
	void ownsNothingOfTheCoordinators() {
		Set<String> ownedTypes = DERIVED.listSubjects()
			.toList()
			.stream()
			.flatMap((record) -> CONTENT.listObjectsOfProperty(record, RDF.type).toList().stream())
			.map(RDFNode::toString)
			.collect(Collectors.toSet());

		assertThat(ownedTypes).doesNotContain(Vocab.SIMIMO + "Divergence", Vocab.SIMIMO + "Indicator",
				Vocab.SIMIMO + "Action", Vocab.SIMIMO + "InternationalScheme", DCAT.Catalog.getURI());
		// The code lists the HCP publishes as coordinator are not national schemes.
		assertThat(ownerOf(CONTENT.getResource(BASE + "schemes/breakdowns"))).isNull();
		assertThat(ownerOf(CONTENT.getResource(BASE + "concepts/breakdowns/sex"))).isNull();
	}

	@Test
	void leavesOutARecordWhoseProducerIsNotCertain() {
		// No publisher is known for the regularisation campaigns; two producers ran the
		// COVID-19 surveys.
		assertThat(ownerOf(CONTENT.getResource(BASE + "schemes/regularisation-campaigns"))).isNull();
		assertThat(ownerOf(CONTENT.getResource(BASE + "concepts/regularisation-campaigns/regularised-migrant")))
			.isNull();
		assertThat(ownerOf(CONTENT.getResource(BASE + "operations/covid-refugees-surveys"))).isNull();
		assertThat(ownerOf(CONTENT.getResource(BASE + "datasets/covid-refugees-surveys")))
			.isEqualTo(BASE + "producers/hcp");
	}

	@Test
	void aReferencePeriodIsOwnedByTheProducerOfEveryRecordThatUsesIt() {
		assertThat(ownerOf(CONTENT.getResource(BASE + "periods/rgph-residence-threshold")))
			.isEqualTo(BASE + "producers/hcp");
		assertThat(ownerOf(CONTENT.getResource(BASE + "periods/law-02-03-residence-permit-threshold")))
			.isEqualTo(BASE + "producers/dgsn");
	}

	@Test
	void everyMemberOfAnOwnedSchemeIsOwned() {
		DERIVED.listSubjects()
			.filterKeep((record) -> CONTENT.contains(record, RDF.type, Vocab.NATIONAL_SCHEME))
			.forEach((scheme) -> assertThat(CONTENT.listSubjectsWithProperty(SKOS.inScheme, scheme).toList())
				.allSatisfy((member) -> assertThat(ownerOf(member)).isEqualTo(ownerOf(scheme))));
	}

	private static String ownerOf(Resource record) {
		Resource owner = DERIVED.getResource(record.getURI()).getPropertyResourceValue(Vocab.OWNER);
		return (owner == null) ? null : owner.getURI();
	}

}
