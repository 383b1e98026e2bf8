package ma.hcp.simimo.concept;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Breach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a classification's draft is edited ({@link ClassificationDraftRepository#edited})
 * and checked by the content's SKOS integrity rules ({@link RecordDrafts#integrity}), on
 * a small classification of two levels that states its hierarchy in both directions.
 */
class ClassificationDraftRuleTests {

	private static final String SCHEME = "https://w3id.org/simimo/classifications/test";

	private static final String TURTLE = """
			@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
			@prefix xkos: <http://rdf-vocabulary.ddialliance.org/xkos#> .
			@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
			@prefix cls: <https://w3id.org/simimo/classifications/> .
			@prefix t: <https://w3id.org/simimo/classifications/test/> .
			cls:test a skos:ConceptScheme ; skos:prefLabel "Test"@fr ;
			    xkos:levels ( cls:test-levels-1 cls:test-levels-2 ) ; skos:hasTopConcept t:A .
			cls:test-levels-1 a xkos:ClassificationLevel ; xkos:depth "1"^^xsd:positiveInteger ;
			    skos:inScheme cls:test ; skos:member t:A .
			cls:test-levels-2 a xkos:ClassificationLevel ; xkos:depth "2"^^xsd:positiveInteger ;
			    skos:inScheme cls:test ; skos:member t:01 .
			t:A a skos:Concept ; skos:notation "A" ; skos:prefLabel "Section A"@fr ;
			    skos:inScheme cls:test ; skos:topConceptOf cls:test ; skos:narrower t:01 .
			t:01 a skos:Concept ; skos:notation "01" ; skos:prefLabel "Branche 01"@fr ;
			    skos:inScheme cls:test ; skos:broader t:A ;
			    skos:note [ skos:prefLabel "Une note sur un nœud anonyme"@fr ] .
			""";

	@Test
	void anAddedItemGetsItsLevelItsParentAndTheNarrowerLinkTheClassificationStates() {
		Model edited = ClassificationDraftRepository.edited(base(), SCHEME,
				form(Map.of(), List.of(), "02", "2", SCHEME + "/A", "Branche 02"));
		Resource item = edited.createResource(SCHEME + "/02");
		assertThat(item.hasProperty(RDF.type, SKOS.Concept)).isTrue();
		assertThat(item.getPropertyResourceValue(SKOS.broader).getURI()).isEqualTo(SCHEME + "/A");
		assertThat(edited.contains(edited.createResource(SCHEME + "/A"), SKOS.narrower, item)).isTrue();
		assertThat(edited.contains(edited.createResource(SCHEME + "-levels-2"), SKOS.member, item)).isTrue();
		assertThat(item.hasProperty(SKOS.topConceptOf)).isFalse();
		assertThat(RecordDrafts.integrity(new QueryRegistry(), edited)).isEmpty();
	}

	@Test
	void aRemovedItemLeavesNoTripleThatNamesItNorTheBlankNodesOnlyItLedTo() {
		Model edited = ClassificationDraftRepository.edited(base(), SCHEME,
				form(Map.of(), List.of(SCHEME + "/01"), "", "", "", ""));
		Resource item = edited.createResource(SCHEME + "/01");
		assertThat(edited.listStatements(item, null, (org.apache.jena.rdf.model.RDFNode) null).toList()).isEmpty();
		assertThat(edited.listStatements(null, null, item).toList()).isEmpty();
		assertThat(edited.listStatements(null, SKOS.prefLabel, "Une note sur un nœud anonyme", "fr").toList())
			.isEmpty();
		assertThat(edited.contains(edited.createResource(SCHEME + "/A"), SKOS.prefLabel, "Section A", "fr")).isTrue();
	}

	@Test
	void anItemLabelSentReplacesThatLanguageOnlyAndOneNotSentIsKept() {
		Model edited = ClassificationDraftRepository.edited(base(), SCHEME,
				form(Map.of(ClassificationEdit.itemField("ar", SCHEME + "/A"), "القسم أ"), List.of(), "", "", "", ""));
		Resource section = edited.createResource(SCHEME + "/A");
		assertThat(section.listProperties(SKOS.prefLabel).mapWith((s) -> s.getString()).toList())
			.containsExactlyInAnyOrder("Section A", "القسم أ");
		assertThat(edited.createResource(SCHEME + "/01").getProperty(SKOS.prefLabel).getString())
			.isEqualTo("Branche 01");
	}

	@Test
	void theIntegrityRulesNameTheItemsOfACycleAndOfTwoLabelsInOneLanguage() {
		Model broken = base();
		Resource section = broken.createResource(SCHEME + "/A");
		section.addProperty(SKOS.broader, broken.createResource(SCHEME + "/01"));
		section.addProperty(SKOS.prefLabel, "Autre libellé", "fr");
		List<Breach> breaches = RecordDrafts.integrity(new QueryRegistry(), broken);
		assertThat(breaches).contains(new Breach("integrity/05-noHierarchyCycle", SCHEME + "/A"),
				new Breach("integrity/05-noHierarchyCycle", SCHEME + "/01"),
				new Breach("integrity/01-onePrefLabelPerLanguage", SCHEME + "/A"));
	}

	private static Model base() {
		return ModelFactory.createDefaultModel().read(new StringReader(TURTLE), null, "TTL");
	}

	private static ClassificationEdit form(Map<String, String> itemLabels, List<String> remove, String notation,
			String level, String parent, String labelFr) {
		return new ClassificationEdit("", "", "", "Test", "", "", "", "", "", "", "", "", "", "", "", "", List.of(),
				itemLabels, remove, notation, level, parent, labelFr, "", "");
	}

}
