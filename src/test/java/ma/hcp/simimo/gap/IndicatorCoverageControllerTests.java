package ma.hcp.simimo.gap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.TableExports;
import ma.hcp.simimo.kernel.LinkedDataPaths;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(IndicatorCoverageController.class)
@Import({ IndicatorCoverageControllerTests.Store.class, WebTestConfiguration.class, IndicatorCoverageRepository.class,
		LinkedDataPaths.class, ma.hcp.simimo.store.ContentVersion.class, ma.hcp.simimo.store.Labels.class,
		GapResultsCache.class })
class IndicatorCoverageControllerTests {

	private static final String FULL = "https://w3id.org/simimo/producers/full";

	private static final String HALF = "https://w3id.org/simimo/producers/half";

	private static final String NEAR = "https://w3id.org/simimo/producers/near";

	private static final String OTHER = "https://w3id.org/simimo/producers/other";

	private static final String MIGRANT = "https://w3id.org/simimo/concepts/test-standard/migrant";

	private static final String RESIDENT = "https://w3id.org/simimo/concepts/test-standard/resident";

	private static final String DIVERGENCE = "https://w3id.org/simimo/divergences/test-near-duration";

	@Autowired
	MockMvc mvc;

	@Test
	void computesAvailablePartialProxyAndMissingForTheFixtureIndicator() throws Exception {
		this.mvc.perform(get("/api/gaps/indicators").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.producers.length()").value(4))
			.andExpect(jsonPath(cell("T.1", FULL) + ".state").value("available"))
			.andExpect(jsonPath(cell("T.1", HALF) + ".state").value("partial"))
			.andExpect(jsonPath(cell("T.1", NEAR) + ".state").value("proxy"))
			.andExpect(jsonPath(cell("T.1", OTHER) + ".state").value("missing"))
			.andExpect(jsonPath("$.rows[?(@.id == 'T.1')].bestState").value("available"));
	}

	@Test
	void availableNeedsEveryRequiredConceptDirectlyThroughTheConceptItselfOrAnExactMatch() throws Exception {
		this.mvc.perform(get("/api/gaps/indicators/T.1").param("producer", FULL).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells.length()").value(1))
			.andExpect(jsonPath("$.cells[0].datasets[0].iri").value("https://w3id.org/simimo/datasets/test-full"))
			.andExpect(jsonPath(concept(MIGRANT) + ".grade").value("direct"))
			.andExpect(jsonPath(concept(MIGRANT) + ".paths[0].match").value("same"))
			.andExpect(jsonPath(concept(RESIDENT) + ".grade").value("direct"))
			.andExpect(jsonPath(concept(RESIDENT) + ".paths[0].match").value("exactMatch"))
			.andExpect(jsonPath(concept(RESIDENT) + ".paths[0].measured.iri")
				.value("https://w3id.org/simimo/concepts/test-national/resident"))
			.andExpect(jsonPath("$.cells[0].divergences.length()").value(0));
	}

	@Test
	void anExactMatchWithAMajorDivergenceIsAProxyThatNamesTheDivergence() throws Exception {
		this.mvc.perform(get("/api/gaps/indicators/T.1").param("producer", NEAR).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells[0].state").value("proxy"))
			.andExpect(jsonPath(concept(MIGRANT) + ".grade").value("proxy"))
			.andExpect(jsonPath(concept(MIGRANT) + ".paths[0].match").value("exactMatch"))
			.andExpect(jsonPath(concept(MIGRANT) + ".paths[0].direct").value(false))
			.andExpect(jsonPath("$.cells[0].divergences[0].iri").value(DIVERGENCE))
			.andExpect(jsonPath("$.cells[0].divergences[0].severity").value("major"))
			.andExpect(jsonPath("$.cells[0].divergences[0].criterion.text").value("residence-duration"))
			.andExpect(jsonPath(concept(RESIDENT) + ".grade").value("none"));
	}

	@Test
	void partialNamesTheUncoveredConcept() throws Exception {
		this.mvc.perform(get("/api/gaps/indicators/T.1").param("producer", HALF).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells[0].state").value("partial"))
			.andExpect(jsonPath(concept(MIGRANT) + ".grade").value("direct"))
			.andExpect(jsonPath(concept(RESIDENT) + ".grade").value("none"))
			.andExpect(jsonPath("$.cells[0].missingBreakdowns.length()").value(0));
	}

	@Test
	void aRequiredBreakdownCountsOnlyWhereADatasetRecordsIt() throws Exception {
		// test-t2 has no code: it is known by the last segment of its IRI.
		this.mvc.perform(get("/api/gaps/indicators/test-t2").param("producer", FULL).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells[0].state").value("available"))
			.andExpect(jsonPath("$.cells[0].missingBreakdowns.length()").value(0));
		this.mvc.perform(get("/api/gaps/indicators/test-t2").param("producer", HALF).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells[0].state").value("missing"))
			.andExpect(jsonPath(concept(MIGRANT) + ".grade").value("direct"))
			.andExpect(jsonPath("$.cells[0].missingBreakdowns[0].iri")
				.value("https://w3id.org/simimo/concepts/breakdowns/sex"));
	}

	@Test
	void aSourceWithoutTheIndicatorsVariableIsMissingEvenWhenItMeasuresTheConcept() throws Exception {
		this.mvc.perform(get("/api/gaps/indicators/T.4").param("producer", HALF).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells[0].state").value("available"))
			.andExpect(jsonPath("$.cells[0].missingVariables.length()").value(0));
		this.mvc.perform(get("/api/gaps/indicators/T.4").param("producer", FULL).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells[0].state").value("missing"))
			.andExpect(jsonPath(concept(MIGRANT) + ".grade").value("direct"))
			.andExpect(jsonPath("$.cells[0].missingVariables[0].iri")
				.value("https://w3id.org/simimo/concepts/indicator-variables/test-cost"));
		this.mvc.perform(get("/gaps/indicators/T.4").param("producer", FULL).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Variables requises"),
					containsString("https://w3id.org/simimo/concepts/indicator-variables/test-cost"),
					containsString("aucun n&#39;est connu pour enregistrer"))));
	}

	@Test
	void listsTheIndicatorsThatCouldBeProducedAndTheGapsNoSourceCovers() throws Exception {
		this.mvc.perform(get("/api/gaps/indicators").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].id", contains("T.1", "T.3", "T.4", "test-t2")))
			.andExpect(jsonPath("$.producible[*].id", contains("T.1", "T.4", "test-t2")))
			.andExpect(jsonPath("$.uncovered[*].id", contains("T.3")))
			.andExpect(jsonPath("$.rows[?(@.id == 'test-t2')].bestState").value("available"));
	}

	@Test
	void showsEachStateInWordsWithALinkToItsReason() throws Exception {
		this.mvc.perform(get("/gaps/indicators").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("gap/indicatorCoverage"))
			.andExpect(content().string(allOf(containsString("class=\"coverage-cell coverage-available\""),
					containsString(">Disponible</a>"), containsString(">Partiel</a>"), containsString(">Approché</a>"),
					containsString(">Manquant</a>"),
					containsString(
							"href=\"/gaps/indicators/T.1?producer=https%3A%2F%2Fw3id.org%2Fsimimo%2Fproducers%2Fnear\""),
					containsString("href=\"/divergences/test-near-duration\""), containsString("majeure"),
					containsString("Producteur complet"), containsString("Ventilations manquantes"),
					containsString("Lacunes qu&#39;aucune source ne couvre"))));
	}

	@Test
	void explainsOneCellOnItsOwnPage() throws Exception {
		this.mvc.perform(get("/gaps/indicators/T.1").param("producer", NEAR).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("gap/indicatorCoverageDetail"))
			.andExpect(content().string(allOf(containsString("Approché"), containsString("correspondance exacte de"),
					containsString("href=\"/divergences/test-near-duration\""), containsString("majeure"),
					containsString("non couvert"), containsString("https://w3id.org/simimo/datasets/test-near"),
					not(containsString("Producteur complet")))));
		this.mvc.perform(get("/gaps/indicators/test-t2").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Producteur complet"),
					containsString("https://w3id.org/simimo/concepts/breakdowns/sex"),
					containsString("non enregistrée pour les jeux de données"))));
	}

	@Test
	void exportsTheMatrixAsCsvAndXlsxInTheReadersLanguage() throws Exception {
		byte[] csv = this.mvc.perform(get("/gaps/indicators").param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("simimo-indicator-coverage.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<CSVRecord> records = parse(new String(csv, StandardCharsets.UTF_8).substring(1));
		assertThat(records.get(0).toList()).startsWith("Code", "Indicateur", "Producteur", "État", "Jeux de données");
		assertThat(records).hasSize(1 + 4 * 4);
		CSVRecord near = find(records, "T.1", NEAR);
		assertThat(near.get(3)).isEqualTo("Approché");
		assertThat(near.get(4)).isEqualTo("test-near");
		assertThat(near.get(5)).isEqualTo("residence-duration (majeure)");
		assertThat(near.get(6)).isEqualTo("resident");
		assertThat(near.get(10)).isEqualTo(DIVERGENCE);
		assertThat(find(records, "T.1", FULL).get(2)).isEqualTo("Producteur complet");
		assertThat(find(records, "T.1", FULL).get(3)).isEqualTo("Disponible");
		assertThat(find(records, "", HALF).get(7)).isEqualTo("sex");
		assertThat(find(records, "T.4", FULL).get(11)).isEqualTo("test-cost");

		byte[] xlsx = this.mvc.perform(get("/gaps/indicators").param("format", "xlsx").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", TableExports.XLSX.toString()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Indicator coverage");
			assertThat(cells(sheet.getRow(0))).startsWith("Code", "Indicator", "Producer", "State", "Datasets");
			assertThat(sheet.getLastRowNum()).isEqualTo(4 * 4);
			List<List<String>> rows = new ArrayList<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				rows.add(cells(sheet.getRow(i)));
			}
			assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("T.1").contains("Available", FULL));
			assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("T.1").contains("Partial", HALF));
			assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("T.1").contains("Proxy", NEAR, DIVERGENCE));
			assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("T.1").contains("Missing", OTHER));
		}
	}

	@Test
	void refusesAnUnknownExportFormatAndAnUnknownIndicator() throws Exception {
		this.mvc.perform(get("/gaps/indicators").param("format", "pdf").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("pdf")));
		this.mvc.perform(get("/gaps/indicators/none").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/gaps/indicators/T.1").param("producer", "https://w3id.org/simimo/producers/none")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	private static String cell(String indicator, String producer) {
		return "$.rows[?(@.id == '" + indicator + "')].cells[?(@.producer.link.iri == '" + producer + "')]";
	}

	private static String concept(String iri) {
		return "$.cells[0].concepts[?(@.concept.iri == '" + iri + "')]";
	}

	private static List<CSVRecord> parse(String text) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(text))) {
			return parser.getRecords();
		}
	}

	private static CSVRecord find(List<CSVRecord> records, String notation, String producer) {
		return records.stream()
			.filter((record) -> record.get(0).equals(notation) && record.get(9).equals(producer))
			.findFirst()
			.orElseThrow();
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
			return TestExecutors.overFixtures("gap/indicator-coverage.ttl");
		}

		@Bean
		GraphNames graphNames() {
			return new GraphNames("https://w3id.org/simimo/");
		}

	}

}
