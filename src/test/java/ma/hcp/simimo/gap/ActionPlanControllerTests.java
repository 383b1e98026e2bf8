package ma.hcp.simimo.gap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ActionPlanController.class)
@Import({ ActionPlanControllerTests.Store.class, WebTestConfiguration.class, ActionPlanRepository.class,
		LinkedDataPaths.class, ma.hcp.simimo.store.ContentVersion.class, ma.hcp.simimo.store.Labels.class })
class ActionPlanControllerTests {

	private static final String DEFINE = "Proposition : publier la définition";

	private static final String TEST = "Tester le questionnaire";

	private static final String CENSUS = "Proposition : changer le recensement";

	@Autowired
	MockMvc mvc;

	@Test
	void ranksTheActionsByPriorityAndShowsTheWeightsInUse() throws Exception {
		String page = this.mvc.perform(get("/gaps/actions").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"wCapacity\""), containsString("value=\"1\""),
					containsString("(wC + wL + wS + wT)"), containsString("3.50"), containsString("1.25"),
					containsString("Six mois contre douze"), containsString("10.7.3 Migrants morts"),
					containsString("Office de test"), containsString("Demander la définition."),
					containsString("200 000 MAD"), containsString("non renseigné"), containsString(">Proposition<"),
					containsString("Approuvée"))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page.indexOf(DEFINE)).isLessThan(page.indexOf(TEST));
		assertThat(page.indexOf(TEST)).isLessThan(page.indexOf(CENSUS));
	}

	@Test
	void saysBesideTheExportsWhichSeparatorAndDecimalMarkTheCsvUses() throws Exception {
		this.mvc.perform(get("/gaps/actions").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("champs séparés par « ; » et virgule décimale")));
		this.mvc.perform(get("/gaps/actions").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("fields separated by “,” with a decimal point")));
	}

	@Test
	void theWeightsOfTheRequestChangeTheRanking() throws Exception {
		this.mvc
			.perform(get("/api/gaps/actions").param("wCapacity", "0")
				.param("wLogistics", "0")
				.param("wSimplicity", "1")
				.param("wTime", "1")
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weights.capacityBuilding").value(0.0))
			.andExpect(jsonPath("$.actions[0].action.label.text").value(TEST))
			.andExpect(jsonPath("$.actions[0].priority").value(4.0))
			.andExpect(jsonPath("$.actions[1].action.label.text").value(DEFINE))
			.andExpect(jsonPath("$.actions[1].priority").value(2.0))
			.andExpect(jsonPath("$.actions[2].priority").value(1.5));

		String page = this.mvc
			.perform(get("/gaps/actions").param("wCapacity", "0")
				.param("wLogistics", "0")
				.param("wSimplicity", "1")
				.param("wTime", "1")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"0\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf(TEST)).isLessThan(page.indexOf(DEFINE));
	}

	@Test
	void answersTheJsonFormWithTheListsOfEachAction() throws Exception {
		this.mvc.perform(get("/api/gaps/actions").param("lang", "en").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weights.time").value(1.0))
			.andExpect(jsonPath("$.actions[0].rank").value(1))
			.andExpect(jsonPath("$.actions[0].priority").value(3.5))
			.andExpect(jsonPath("$.actions[0].action.label.text").value("Proposal: publish the definition"))
			.andExpect(jsonPath("$.actions[0].action.proposal").value(true))
			.andExpect(jsonPath("$.actions[0].action.activities.length()").value(1))
			.andExpect(jsonPath("$.actions[0].action.activities[0]").value("Ask for the definition."))
			.andExpect(jsonPath("$.actions[0].action.addresses[0].label.text").value("Six months against twelve"))
			.andExpect(jsonPath("$.actions[0].action.addresses[0].href")
				.value("/resource?uri=https%3A%2F%2Fw3id.org%2Fsimimo%2Ftest%2Fdivergence"))
			.andExpect(jsonPath("$.actions[1].action.proposal").value(false))
			.andExpect(jsonPath("$.actions[1].action.statusLabel").value("Approved"))
			.andExpect(jsonPath("$.actions[1].action.deadline").value("2027-06-30"))
			.andExpect(jsonPath("$.actions[1].action.addresses.length()").value(2));
	}

	@Test
	void refusesAnInvalidWeightNamingItsValue() throws Exception {
		this.mvc.perform(get("/gaps/actions").param("wLogistics", "-2").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("wLogistics"), containsString("-2"))));
		this.mvc.perform(get("/api/gaps/actions").param("wTime", "vite").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.title").value("Requête incorrecte"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.instance").value("/api/gaps/actions"))
			.andExpect(jsonPath("$.detail").value(allOf(containsString("wTime"), containsString("vite"))));
		this.mvc
			.perform(get("/api/gaps/actions").param("wCapacity", "0")
				.param("wLogistics", "0")
				.param("wSimplicity", "0")
				.param("wTime", "0")
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Les quatre poids ne peuvent pas être tous nuls."));
		this.mvc.perform(get("/gaps/actions").param("format", "pdf").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("pdf")));
	}

	@Test
	void exportsTheRankingAsCsvInTheReadersLanguage() throws Exception {
		byte[] csv = this.mvc.perform(get("/gaps/actions").param("format", "csv").param("wCapacity", "2"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", TableExports.CSV.toString()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		List<CSVRecord> records = parse(new String(csv, StandardCharsets.UTF_8).substring(1));
		assertThat(records).hasSize(4);
		assertThat(records.get(0).toList()).startsWith("Rang", "Priorité", "Action", "Statut");
		assertThat(records.get(0).get(9)).isEqualTo("Résultat attendu");
		assertThat(records.get(1).toList()).startsWith("1", "3,80", DEFINE, "Proposée", "5", "5", "2", "2",
				"Six mois contre douze", "Une définition publiée.", "Demander la définition.; Publier la définition.",
				"Office de test", "non renseigné", "non renseigné");
		assertThat(records.get(2).toList()).startsWith("2", "2,80", TEST);
		assertThat(records.get(2).get(8)).isEqualTo("10.7.3 Migrants morts; Six mois contre douze");
		assertThat(records.get(2).get(12)).isEqualTo("2027-06-30");
		assertThat(records.get(3).get(15)).isEqualTo("https://w3id.org/simimo/test/census");
	}

	@Test
	void exportsTheRankingAsXlsxInTheReadersLanguage() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/gaps/actions").param("format", "xlsx").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", TableExports.XLSX.toString()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Action plan");
			assertThat(cells(sheet.getRow(0))).startsWith("Rank", "Priority", "Action", "Status", "Capacity building");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(cells(sheet.getRow(1))).startsWith("1", "3.50", "Proposal: publish the definition", "Proposed");
			assertThat(cells(sheet.getRow(1)).get(12)).isEqualTo("not given");
			assertThat(cells(sheet.getRow(3))).startsWith("3", "1.25");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(3.5);
			assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			List<Cell> deadlines = new ArrayList<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				deadlines.add(sheet.getRow(i).getCell(12));
			}
			assertThat(deadlines).anySatisfy((cell) -> {
				assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
				assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 6, 30));
			});
			// A coordinator filters and reads the columns without resizing them: the
			// header
			// row has filters, and the action's column is wider than the rank's.
			assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef())
				.isEqualTo("A1:P4");
			assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(0));
			assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(TableExports.MIN_WIDTH * 256);
		}
	}

	private static List<CSVRecord> parse(String text) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(text))) {
			return parser.getRecords();
		}
	}

	/** Each cell as a spreadsheet shows it, numbers and dates in their cell format. */
	private static List<String> cells(Row row) {
		DataFormatter shown = new DataFormatter(Locale.ENGLISH);
		List<String> cells = new ArrayList<>();
		for (Cell cell : row) {
			cells.add(shown.formatCellValue(cell));
		}
		return cells;
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ActionWeights.class)
	static class Store {

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("gap/action-plan.ttl");
		}

		@Bean
		GraphNames graphNames() {
			return new GraphNames("https://w3id.org/simimo/");
		}

	}

}
