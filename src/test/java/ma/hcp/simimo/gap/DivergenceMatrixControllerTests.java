package ma.hcp.simimo.gap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.TableExports;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.QueryRegistry;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DivergenceMatrixController.class)
@Import({ DivergenceMatrixControllerTests.Store.class, WebTestConfiguration.class, DivergenceMatrixRepository.class,
		ConsistencyReportRepository.class, GapResultsCache.class, ContentVersion.class, LinkedDataPaths.class,
		ma.hcp.simimo.store.Labels.class, GapConfiguration.class })
class DivergenceMatrixControllerTests {

	private static final String HCP = "https://w3id.org/simimo/producers/hcp";

	private static final String ANAPEC = "https://w3id.org/simimo/producers/anapec";

	@Autowired
	MockMvc mvc;

	@Test
	void showsEachNationalValueAgainstTheStandardWithItsSeverityAndEvidence() throws Exception {
		this.mvc.perform(get("/gaps/divergences").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Population légale"), containsString("6 mois (P6M)"),
					containsString("12 mois (P12M)"), containsString("Divergence majeure"),
					containsString("href=\"/divergences/test-census-duration\""),
					containsString("Seuil de durée de résidence"), containsString("class=\"heatmap\""))));
	}

	@Test
	void marksAProvisionalDivergenceInTheMatrixAndCountsItApartInTheHeatmap() throws Exception {
		this.mvc.perform(get("/gaps/divergences").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"badge provisional\""),
					containsString(">Provisoire</span>"), containsString(">+1 provisoire(s)</small>"))));
	}

	@Test
	void filtersTheMatrixToOneProducer() throws Exception {
		this.mvc.perform(get("/gaps/divergences").param("producer", ANAPEC).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Travailleur saisonnier"), not(containsString("Population légale")))));
		this.mvc.perform(get("/api/gaps/divergences").param("severity", "major").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups.length()").value(1))
			.andExpect(jsonPath("$.groups[0].rows[0].label.text").value("Population légale"));
	}

	@Test
	void exportsTheFilteredMatrixAsCsvAndXlsxInTheReadersLanguage() throws Exception {
		byte[] csv = this.mvc.perform(get("/gaps/divergences").param("producer", HCP).param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("simimo-divergences.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		List<String> lines = text.lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFProducteur;Famille de concepts;Concept national;Critère");
		assertThat(lines).hasSize(3);
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line).contains("test-census-age-provisional").endsWith(";Provisoire"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("Population légale", "6 mois (P6M)",
				"12 mois (P12M)", "Divergence majeure", "https://w3id.org/simimo/divergences/test-census-duration"));

		byte[] xlsx = this.mvc
			.perform(get("/gaps/divergences").param("producer", HCP).param("format", "xlsx").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", TableExports.XLSX.toString()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Divergences");
			assertThat(cells(sheet.getRow(0))).startsWith("Producer", "Concept family", "National concept");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(List.of(cells(sheet.getRow(1)), cells(sheet.getRow(2)))).anySatisfy((row) -> assertThat(row)
				.contains("Population légale", "6 months (P6M)", "12 months (P12M)", "Major divergence"));
		}
	}

	@Test
	void refusesAnUnknownExportFormatWithAClearMessage() throws Exception {
		this.mvc.perform(get("/gaps/divergences").param("format", "pdf").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("pdf")));
	}

	@Test
	void reportsTheConsistencyRulesWithTheirFindingsAndQueries() throws Exception {
		this.mvc.perform(get("/gaps/consistency").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Concept national sans équivalent international"),
					containsString("Travailleur saisonnier"), containsString("PREFIX simimo:"))));
		this.mvc.perform(get("/api/gaps/consistency").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rules.length()").value(6))
			.andExpect(jsonPath("$.rules[2].name").value("03-nationalConceptWithoutCounterpart"))
			.andExpect(jsonPath("$.rules[2].findings[0].conceptLabel").value("Travailleur saisonnier"));
	}

	@Test
	void explainsEachConsistencyRuleInTheReadersLanguageWithTheValuesInWords() throws Exception {
		String french = this.mvc.perform(get("/gaps/consistency").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String arabic = this.mvc.perform(get("/gaps/consistency").param("lang", "ar").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(french).contains("Facette présente d’un seul côté d’une divergence")
			.contains("rien ne dit encore comment il se compare aux normes")
			.doesNotContain("d''un")
			.doesNotContain("<p lang=\"en\">");
		assertThat(arabic).contains("لا شيء يبيّن بعدُ كيف يُقارَن بالمعايير").doesNotContain("<p lang=\"en\">");
		assertThat(french).doesNotContain("<code>P6M</code>").doesNotContain(">P6M<");
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		row.forEach((cell) -> cells.add(cell.getStringCellValue()));
		return cells;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Store {

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("gap/rgph-6-vs-12-months.ttl", "gap/criteria-and-severities.ttl",
					"gap/matrix-extra.ttl", "gap/matrix-provisional.ttl");
		}

		@Bean
		QueryRegistry queryRegistry() {
			return new QueryRegistry();
		}

		@Bean
		GraphNames graphNames() {
			return new GraphNames("https://w3id.org/simimo/");
		}

	}

}
