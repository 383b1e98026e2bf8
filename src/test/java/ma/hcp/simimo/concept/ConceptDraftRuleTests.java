package ma.hcp.simimo.concept;

import java.io.StringReader;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.store.DefinitionOrigins;
import ma.hcp.simimo.store.Vocab;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content's rule on where an edited definition comes from
 * ({@link ConceptDraftRepository#edited}), on a small concept whose Arabic definition is
 * a SIMIMO translation of the French one and whose English one is an official version.
 */
class ConceptDraftRuleTests {

	private static final String IRI = "https://w3id.org/simimo/concepts/test/resident";

	private static final String TURTLE = """
			@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
			@prefix dct: <http://purl.org/dc/terms/> .
			@prefix simimo: <https://w3id.org/simimo/def#> .
			<https://w3id.org/simimo/concepts/test/resident> a skos:Concept ;
			    skos:inScheme <https://w3id.org/simimo/schemes/test> ;
			    skos:prefLabel "Résident"@fr ;
			    skos:definition "Texte français."@fr , "Official English text."@en , "نص عربي."@ar ;
			    simimo:definitionUnavailable true ;
			    simimo:definitionOrigin [ a simimo:DefinitionTranslation ; dct:language "ar" ;
			        simimo:translatedFrom "fr" ; skos:note "Note d'origine."@fr ] ,
			      [ a simimo:OfficialLanguageVersion ; dct:language "en" ;
			        dct:source <https://w3id.org/simimo/sources/test> ; dct:bibliographicCitation "Art. 1"@en ;
			        skos:note "Official."@en ] ;
			    skos:historyNote "Kept."@en ;
			    dct:source <https://w3id.org/simimo/sources/test> .
			""";

	private static final ConceptDraftRepository.OriginNotes NOTES = (note, definition, from, scheme) -> note + ":"
			+ definition + "<" + from + ":" + scheme;

	@Test
	void unchangedDefinitionsKeepTheirOriginNodesAsTheyWere() {
		Resource concept = edited(form("Texte français.", "Official English text.", "official", "نص عربي.", "fr"));
		assertThat(DefinitionOrigins.note(concept, "ar", "fr").text()).isEqualTo("Note d'origine.");
		assertThat(DefinitionOrigins.origin(concept, "en").orElseThrow().hasProperty(DCTerms.bibliographicCitation))
			.isTrue();
		assertThat(concept.hasProperty(SKOS.historyNote)).isTrue();
	}

	@Test
	void aRevisedTranslationGetsANewNodeNamingItsSourceLanguageWithANoteInEachLanguage() {
		Resource concept = edited(form("Nouveau texte.", "Official English text.", "official", "نص عربي جديد.", "fr"));
		assertThat(DefinitionOrigins.translatedFrom(concept, "ar")).isEqualTo("fr");
		assertThat(DefinitionOrigins.origin(concept, "ar").orElseThrow().listProperties(SKOS.note).toList()).hasSize(3);
		assertThat(DefinitionOrigins.note(concept, "ar", "en").text())
			.isEqualTo("en:ar<fr:https://w3id.org/simimo/schemes/test");
		assertThat(concept.listProperties(Vocab.DEFINITION_ORIGIN).toList()).hasSize(2);
	}

	@Test
	void aDefinitionMarkedAsTheSourcedTextOrEmptiedLosesItsNode() {
		Resource concept = edited(form("Texte français.", "", "", "نص عربي.", "fr"));
		assertThat(DefinitionOrigins.origin(concept, "en")).isEmpty();
		assertThat(concept.listProperties(Vocab.DEFINITION_ORIGIN).toList()).hasSize(1);
		Resource unmarked = edited(form("Texte français.", "Own English text.", "", "نص عربي.", "fr"));
		assertThat(DefinitionOrigins.origin(unmarked, "en")).isEmpty();
	}

	@Test
	void aConceptGivenADefinitionLosesTheFlagThatNoneCouldBeSourced() {
		assertThat(edited(form("Texte français.", "", "", "", "")).hasProperty(Vocab.DEFINITION_UNAVAILABLE)).isFalse();
		assertThat(edited(form("", "", "", "", "")).hasProperty(Vocab.DEFINITION_UNAVAILABLE)).isTrue();
	}

	private static Resource edited(ConceptEdit form) {
		Model base = ModelFactory.createDefaultModel().read(new StringReader(TURTLE), null, "TTL");
		return ConceptDraftRepository.edited(base, IRI, form, NOTES).createResource(IRI);
	}

	private static ConceptEdit form(String fr, String en, String originEn, String ar, String originAr) {
		return new ConceptEdit("Résident", "", "", "", "", "", fr, en, ar, "", originEn, originAr, "", "", "", "", "",
				"", List.of("https://w3id.org/simimo/sources/test"));
	}

}
