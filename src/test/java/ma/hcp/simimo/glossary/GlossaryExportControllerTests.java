package ma.hcp.simimo.glossary;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.web.WebTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(GlossaryExportController.class)
@Import({ GlossaryExportControllerTests.Store.class, WebTestConfiguration.class, GlossaryRepository.class,
		DivergenceSentences.class, LinkedDataPaths.class, GlossaryCsv.class, GlossaryXlsx.class, GlossaryTurtle.class })
class GlossaryExportControllerTests {

	static final String CENSUS = "https://w3id.org/simimo/test/glossary/legal-population";

	static final String UN = "https://w3id.org/simimo/test/glossary/long-term-migrant";

	@Autowired
	MockMvc mvc;

	@Test
	void writesOneCsvRowPerTermWithEachTextColumnInEveryLanguageAndThePlainLanguageNote() throws Exception {
		String csv = new String(this.mvc
			.perform(get("/glossary/export").param("concepts", CENSUS + "," + UN)
				.param("langs", "fr,ar")
				.param("format", "csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(csv))
			.getRecords();

		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).toList()).startsWith("Terme (fr)", "Terme (ar)", "Définition (fr)", "Définition (ar)");
		CSVRecord census = rows.get(2);
		assertThat(census.get(0)).isEqualTo("Population légale");
		assertThat(census.get(1)).isEqualTo("السكان القانونيون");
		assertThat(census.toList()).anySatisfy((cell) -> assertThat(cell).isEqualTo(
				"Seuil de durée de résidence : 6 mois pour « Population légale », 12 mois pour « Migrant de longue "
						+ "durée ». Les chiffres nationaux comptent donc aussi des durées plus courtes que celles que "
						+ "retient la norme. L’écart est majeur : les chiffres ne sont pas comparables sans ajustement."));
		assertThat(census.toList())
			.anySatisfy((cell) -> assertThat(cell).startsWith("\u2068عتبة مدة الإقامة\u2069: \u2068"));
	}

	@Test
	void ordersAlphabeticallyInTheChosenLanguage() throws Exception {
		String csv = new String(this.mvc
			.perform(get("/glossary/export").param("concepts", CENSUS + "," + UN)
				.param("langs", "en")
				.param("content", "definition")
				.param("format", "csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);

		assertThat(csv.lines().skip(1).map((line) -> line.split(";")[0]).toList()).containsExactly("Legal population",
				"Long-term migrant");
	}

	@Test
	void writesOneSheetPerLanguageWithTheArabicSheetRightToLeft() throws Exception {
		byte[] xlsx = this.mvc.perform(
				get("/glossary/export").param("concepts", CENSUS).param("langs", "fr,ar,en").param("format", "xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			XSSFSheet arabic = workbook.getSheetAt(1);
			assertThat(arabic.getSheetName()).isEqualTo("العربية");
			assertThat(arabic.isRightToLeft()).isTrue();
			assertThat(arabic.getRow(1).getCell(0).getStringCellValue()).isEqualTo("السكان القانونيون");
			assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Legal population");
		}
	}

	@Test
	void writesAnOrderedSkosCollectionThatJenaReadsBack() throws Exception {
		String turtle = this.mvc
			.perform(get("/glossary/export").param("concepts", UN + "," + CENSUS)
				.param("langs", "fr,en")
				.param("order", "alphabetical")
				.param("format", "ttl"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Model model = ModelFactory.createDefaultModel();
		RDFDataMgr.read(model, new StringReader(turtle), null, Lang.TURTLE);

		Resource collection = model.listSubjectsWithProperty(RDF.type, SKOS.OrderedCollection).next();
		List<String> members = collection.getPropertyResourceValue(SKOS.memberList)
			.as(org.apache.jena.rdf.model.RDFList.class)
			.asJavaList()
			.stream()
			.map((node) -> node.asResource().getURI())
			.toList();
		assertThat(members).containsExactly(UN, CENSUS);
		assertThat(model.contains(model.createResource(CENSUS), SKOS.prefLabel,
				model.createLiteral("Legal population", "en")))
			.isTrue();
		assertThat(model.contains(model.createResource(CENSUS), SKOS.closeMatch, model.createResource(UN))).isTrue();
	}

	@Test
	void refusesAnEmptySelectionAnUnknownConceptAnUnknownLanguageOrFormatNamingEach() throws Exception {
		this.mvc.perform(get("/glossary/export").param("format", "csv"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Le glossaire est vide")));
		this.mvc
			.perform(get("/glossary/export").param("concepts", CENSUS + ",https://example.org/nothing")
				.param("format", "csv"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("https://example.org/nothing")));
		this.mvc
			.perform(get("/glossary/export").param("concepts", CENSUS).param("langs", "fr,de").param("format", "csv"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("« de »")));
		this.mvc.perform(get("/glossary/export").param("concepts", CENSUS).param("format", "odt"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("« odt »")));
		this.mvc.perform(get("/glossary/export").param("concepts", "javascript:alert(1)").param("format", "csv"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("n’est pas l’IRI d’un concept")));
	}

	@Test
	void refusesMoreThanTheMostConceptsAGlossaryHolds() throws Exception {
		StringBuilder concepts = new StringBuilder();
		for (int i = 0; i <= GlossaryRequest.MAX_CONCEPTS; i++) {
			concepts.append("https://w3id.org/simimo/test/c").append(i).append(',');
		}
		this.mvc.perform(get("/glossary/export").param("concepts", concepts.toString()).param("format", "csv"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("au plus 1000 concepts")));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Store {

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("glossary/census-and-un.ttl");
		}

	}

}
