package ma.hcp.simimo;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the seed content, an Arabic definition is never shown without saying where it comes
 * from: the concept page and the glossary exports put the SIMIMO-translation note next to
 * a translated definition, and the official-text note next to the one Arabic text quoted
 * from an official version.
 */
class ArabicDefinitionsIntegrationTests extends RunningApplication {

	private static final String MIGRANT = "https://w3id.org/simimo/concepts/un-1998/international-migrant";

	private static final String STATELESS = "https://w3id.org/simimo/concepts/statelessness-convention-1954/stateless-person";

	private static final String MIGRANT_AR = "أي شخص يغيّر بلد إقامته المعتادة.";

	private static final String TRANSLATION_NOTE_AR = "التعريف العربي: ترجمة SIMIMO للتعريف الإنجليزي";

	@Test
	void theConceptPageInArabicShowsTheTranslatedDefinitionWithItsTranslationNote() {
		String page = html("/concepts/un-1998/international-migrant?lang=ar");

		assertThat(page).contains(MIGRANT_AR);
		assertThat(page).containsPattern("class=\"definition-origin\">\\s*<span lang=\"ar\" dir=\"rtl\">"
				+ TRANSLATION_NOTE_AR + "[^<]*وليس نصاً رسمياً.</span>");
	}

	@Test
	void theConceptPageInFrenchShowsTheFrenchDefinitionWithoutTheArabicNote() {
		String page = html("/concepts/un-1998/international-migrant?lang=fr");

		assertThat(page).contains("Toute personne qui change de pays de résidence habituelle.")
			.doesNotContain("definition-origin")
			.doesNotContain(MIGRANT_AR);
	}

	@Test
	void theOfficialArabicTextIsShownAsOfficialNotAsATranslation() {
		String page = html("/concepts/statelessness-convention-1954/stateless-person?lang=ar");

		assertThat(page).contains("الشخص الذي لا تعتبره أي دولة مواطناً فيها بمقتضى تشريعها")
			.contains("التعريف العربي: النص العربي للفقرة 1 من المادة 1 من اتفاقية عام 1954")
			.doesNotContain("ترجمة SIMIMO للتعريف");
	}

	@Test
	void thePrintableGlossaryPutsTheTranslationNoteUnderTheArabicDefinitionOnly() {
		String glossary = html("/glossary/export?format=html&content=definition&langs=fr,ar&concepts="
				+ HttpTestClient.encode(MIGRANT));

		assertThat(glossary).contains("<span lang=\"ar\" dir=\"rtl\">" + MIGRANT_AR + "</span>")
			.contains("<span lang=\"ar\" dir=\"rtl\">" + TRANSLATION_NOTE_AR)
			.doesNotContain("Définition arabe");
	}

	@Test
	void theCsvGlossaryHasAnOriginColumnBesideEachDefinitionColumn() throws Exception {
		HttpResponse<String> response = this.http
			.get("/glossary/export?format=csv&content=definition&langs=fr,ar&concepts=" + HttpTestClient.encode(MIGRANT)
					+ "," + HttpTestClient.encode(STATELESS), "text/csv");
		assertThat(response.statusCode()).isEqualTo(200);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(response.body().substring(1)))
			.getRecords();

		List<String> headings = rows.get(0).toList();
		int arabicDefinition = headings.indexOf("Définition (ar)");
		int arabicOrigin = headings.indexOf("Origine de la définition (ar)");
		int frenchOrigin = headings.indexOf("Origine de la définition (fr)");
		assertThat(arabicDefinition).isNotNegative();
		CSVRecord migrant = rows.stream().filter((row) -> row.toList().contains(MIGRANT)).findFirst().orElseThrow();
		assertThat(migrant.get(arabicDefinition)).isEqualTo(MIGRANT_AR);
		assertThat(migrant.get(arabicOrigin)).startsWith(TRANSLATION_NOTE_AR);
		assertThat(migrant.get(frenchOrigin)).isEmpty();
		CSVRecord stateless = rows.stream().filter((row) -> row.toList().contains(STATELESS)).findFirst().orElseThrow();
		assertThat(stateless.get(arabicOrigin)).startsWith("التعريف العربي: النص العربي");
	}

	@Test
	void theTurtleGlossaryCarriesTheOriginAsTheContentFilesDo() {
		HttpResponse<String> response = this.http.get(
				"/glossary/export?format=ttl&content=definition&langs=fr,ar&concepts=" + HttpTestClient.encode(MIGRANT),
				"text/turtle");
		assertThat(response.statusCode()).isEqualTo(200);
		Model model = ModelFactory.createDefaultModel();
		RDFDataMgr.read(model, new StringReader(response.body()), null, Lang.TURTLE);

		String simimo = "https://w3id.org/simimo/def#";
		Resource origin = model.createResource(MIGRANT)
			.getPropertyResourceValue(model.createProperty(simimo + "definitionOrigin"));
		assertThat(origin).isNotNull();
		assertThat(origin.hasProperty(org.apache.jena.vocabulary.RDF.type,
				model.createResource(simimo + "DefinitionTranslation")))
			.isTrue();
		assertThat(origin.getProperty(org.apache.jena.vocabulary.DCTerms.language).getString()).isEqualTo("ar");
		assertThat(origin.getProperty(model.createProperty(simimo + "translatedFrom")).getString()).isEqualTo("en");
		assertThat(origin.getProperty(org.apache.jena.vocabulary.SKOS.note).getString())
			.startsWith(TRANSLATION_NOTE_AR);
	}

	private String html(String path) {
		HttpResponse<String> response = this.http.get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
