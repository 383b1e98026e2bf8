package ma.hcp.simimo.gap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.web.WebTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ClassificationUsageController.class)
@Import({ ClassificationUsageControllerTests.Store.class, WebTestConfiguration.class,
		ClassificationUsageRepository.class, GapResultsCache.class, ContentVersion.class, LinkedDataPaths.class,
		ma.hcp.simimo.store.Labels.class })
class ClassificationUsageControllerTests {

	static final String AGENCY = "https://w3id.org/simimo/test/agency";

	@Autowired
	MockMvc mvc;

	@Test
	void sortsEachDatasetsClassificationsIntoInternationalCorrespondenceNationalOrUnrecorded() throws Exception {
		this.mvc.perform(get("/api/gaps/classifications").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.international").value(1))
			.andExpect(jsonPath("$.counts.correspondence").value(1))
			.andExpect(jsonPath("$.counts.national").value(1))
			.andExpect(jsonPath("$.counts.unrecorded").value(1))
			.andExpect(jsonPath("$.datasets[?(@.label.text == 'Recensement de test')].uses[*].category")
				.value(org.hamcrest.Matchers.containsInAnyOrder("international", "correspondence")))
			.andExpect(jsonPath(
					"$.datasets[?(@.label.text == 'Recensement de test')].uses[?(@.category == 'correspondence')].targets[0].label.text")
				.value("CITP-test"))
			.andExpect(jsonPath("$.datasets[?(@.label.text == 'Registre de l\\'agence')].uses[0].category")
				.value("national"))
			.andExpect(jsonPath("$.datasets[?(@.label.text == 'Enquête de test')].uses.length()").value(0));
	}

	@Test
	void listsTheClassificationsHeldWithTheirItemsUsersAndCorrespondences() throws Exception {
		this.mvc.perform(get("/api/gaps/classifications").accept(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.held.length()").value(3))
			.andExpect(jsonPath("$.held[?(@.label.text == 'CITP-test')].items").value(2))
			.andExpect(jsonPath("$.held[?(@.label.text == 'CITP-test')].kind").value("international"))
			.andExpect(jsonPath("$.held[?(@.label.text == 'Activités nationales')].targets[0].associations").value(1))
			.andExpect(jsonPath("$.held[?(@.label.text == 'Métiers de l\\'agence')].items").value(0))
			.andExpect(jsonPath("$.held[?(@.label.text == 'Métiers de l\\'agence')].datasets").value(1))
			.andExpect(jsonPath("$.held[?(@.label.text == 'Métiers de l\\'agence')].publisher.text")
				.value("Agence de test"));
	}

	@Test
	void keepsOneProducersDatasetsOnThePage() throws Exception {
		this.mvc.perform(get("/gaps/classifications").param("producer", AGENCY).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Registre de l&#39;agence"), containsString("Nationale sans correspondance"),
							not(containsString("Recensement de test")), containsString("data-category=\"national\">1<"),
							containsString("data-category=\"international\">0<"))));
	}

	@Test
	void exportsOneLinePerDatasetAndClassificationAsCsvAndXlsx() throws Exception {
		String csv = new String(this.mvc.perform(get("/gaps/classifications").param("format", "csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(0)).contains("Producteur", "Jeu de données", "Catégorie", "Correspondance vers");
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith(
				"Office de test;Recensement de test;Activités nationales;Nationale avec correspondance;CITP-test"));
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line).startsWith("Office de test;Enquête de test;;Non documentée;"));

		byte[] xlsx = this.mvc.perform(get("/gaps/classifications").param("format", "xlsx").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(4);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Category");
			assertThat(sheet).anySatisfy(
					(row) -> assertThat(row.getCell(1).getStringCellValue() + "|" + row.getCell(3).getStringCellValue())
						.isEqualTo("Registre de l'agence|National without correspondence"));
		}
	}

	@Test
	void refusesAnUnknownExportFormatNamingIt() throws Exception {
		this.mvc.perform(get("/gaps/classifications").param("format", "pdf"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("pdf")));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Store {

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("gap/classifications.ttl");
		}

		@Bean
		GraphNames graphNames() {
			return new GraphNames("https://w3id.org/simimo/");
		}

	}

}
