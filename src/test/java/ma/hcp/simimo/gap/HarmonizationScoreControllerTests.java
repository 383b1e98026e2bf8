package ma.hcp.simimo.gap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.web.WebTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scores of scores-extra.ttl, whose header works them out by hand.
 */
@WebMvcTest(HarmonizationScoreController.class)
@Import({ HarmonizationScoreControllerTests.Store.class, WebTestConfiguration.class, HarmonizationScoreRepository.class,
		DivergenceMatrixRepository.class, GapResultsCache.class, ContentVersion.class, LinkedDataPaths.class,
		ma.hcp.simimo.store.Labels.class, GapConfiguration.class })
class HarmonizationScoreControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void scoresEachProducerFromAlignmentAndCompletenessHighestFirst() throws Exception {
		this.mvc.perform(get("/api/gaps/scores").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.alignmentWeight").value(0.6))
			.andExpect(jsonPath("$.producers[0].label.text").value("Haut-Commissariat au Plan"))
			.andExpect(jsonPath("$.producers[0].alignment").value(0.5))
			.andExpect(jsonPath("$.producers[0].filled").value(6))
			.andExpect(jsonPath("$.producers[0].expected").value(11))
			.andExpect(jsonPath("$.producers[0].score").value(51.8))
			.andExpect(jsonPath("$.producers[1].label.text").value("ANAPEC"))
			.andExpect(jsonPath("$.producers[1].score").value(0.0))
			.andExpect(jsonPath("$.overall.alignment").value(0.25))
			.andExpect(jsonPath("$.overall.completeness").value(0.4286))
			.andExpect(jsonPath("$.overall.score").value(32.1));
	}

	@Test
	void ranksEachProducersFixesByWhatTheyAddToTheScore() throws Exception {
		this.mvc.perform(get("/api/gaps/scores").accept(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.producers[0].fixes[0].kind").value("align"))
			.andExpect(jsonPath("$.producers[0].fixes[0].subject")
				.value("https://w3id.org/simimo/concepts/hcp-rgph/legal-population"))
			.andExpect(jsonPath("$.producers[0].fixes[0].count").value(1))
			.andExpect(jsonPath("$.producers[0].fixes[0].majors").value(1))
			.andExpect(jsonPath("$.producers[0].fixes[0].gain").value(30.0))
			.andExpect(jsonPath("$.producers[0].fixes[1].kind").value("fill"))
			.andExpect(jsonPath("$.producers[0].fixes[1].gain").value(3.64))
			.andExpect(jsonPath("$.producers[0].fixes.length()").value(6))
			.andExpect(jsonPath("$.producers[1].fixes[0].kind").value("compare"))
			.andExpect(jsonPath("$.producers[1].fixes[0].gain").value(60.0))
			.andExpect(jsonPath("$.producers[1].fixes[1].gain").value(13.33));
	}

	@Test
	void showsTheFormulaTheWeightsAndTheFixesOnThePage() throws Exception {
		this.mvc.perform(get("/gaps/scores").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("H = 100 × (wa·A + wm·M) / (wa + wm)"),
					containsString("wa = 0.6, wm = 0.4"), containsString("1 − Σs/(2K)"),
					containsString("Reduce the divergences of"), containsString("Population légale"),
					containsString("(1 divergence(s), 1 major)"), containsString("+30.00 points"),
					containsString("Fill in the frequency of the datasets for 1 item(s)"),
					containsString("value=\"51.8\""))));
	}

	@Test
	void exportsOneLinePerFixAsCsvAndXlsx() throws Exception {
		String csv = new String(this.mvc.perform(get("/gaps/scores").param("format", "csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(1 + 6 + 4);
		assertThat(lines.get(0)).contains("Producteur", "Score (0–100)", "Correction", "Gain (points)");
		assertThat(lines.get(1)).startsWith("Haut-Commissariat au Plan;51,8;0,5;");
		assertThat(lines.get(1)).contains("Réduire les écarts de « Population légale » (1 écart(s) dont 1 majeur(s))",
				"30,0");

		byte[] xlsx = this.mvc.perform(get("/gaps/scores").param("format", "xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(10);
			Row anapec = sheet.getRow(7);
			assertThat(anapec.getCell(0).getStringCellValue()).isEqualTo("ANAPEC");
			assertThat(anapec.getCell(6).getStringCellValue()).contains("Travailleur saisonnier");
			assertThat(anapec.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(anapec.getCell(7).getNumericCellValue()).isEqualTo(60.0);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(HarmonizationScoreProperties.class)
	static class Store {

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("gap/rgph-6-vs-12-months.ttl", "gap/criteria-and-severities.ttl",
					"gap/matrix-extra.ttl", "gap/scores-extra.ttl");
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
