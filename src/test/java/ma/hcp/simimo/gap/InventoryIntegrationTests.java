package ma.hcp.simimo.gap;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producers' inventory over the seed content (decision 0020): the coordinators'
 * completeness page, the report on the dataset page and in its linked data, on the
 * embedded TDB2 store through real HTTP.
 */
class InventoryIntegrationTests extends RunningApplication {

	private static final String WORK_VISAS = "/datasets/miepeec-immigrants-authorised-salaried-employment";

	@Test
	void theInventoryPageCountsTheDatasetsRecordingEachTopicPerProducerInEachLanguage() {
		HttpResponse<String> english = this.http.get("/gaps/inventory?lang=en", "text/html");
		HttpResponse<String> french = this.http.get("/gaps/inventory?lang=fr", "text/html");
		HttpResponse<String> arabic = this.http.get("/gaps/inventory?lang=ar", "text/html");

		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("inventory: completeness of the reports")
			.contains("Data source")
			.contains("Database (form, software, updating)")
			.contains("Whole catalogue");
		assertThat(french.body()).contains("Inventaire des producteurs : complétude des rapports")
			.contains("Source des données");
		assertThat(arabic.body()).contains("dir=\"rtl\"").contains("جرد المنتجين").contains("مصدر البيانات");
	}

	@Test
	void theCatalogueRowCountsTheSeedDatasetsRecordingEachTopic() {
		String body = this.http.get("/gaps/inventory?lang=en", "text/html").body().replaceAll("\\s+", " ");
		String total = body.substring(body.indexOf("<tr class=\"total\">"), body.indexOf("</tfoot>"));

		// 11 topics in the meeting's order: every dataset names its source type (05),
		// none
		// records processing (07), and only RGPH 2024 its data entry (08) and database
		// (09).
		assertThat(total).contains("<td>23</td> <td>22 / 23</td> <td>1 / 23</td> <td>3 / 23</td> <td>5 / 23</td> "
				+ "<td>23 / 23</td> <td>7 / 23</td> <td>0 / 23</td> <td>1 / 23</td> <td>1 / 23</td> <td>7 / 23</td> "
				+ "<td>3 / 23</td>");
	}

	@Test
	void theLinkedDataOfADatasetCarriesItsReportAndStructure() {
		HttpResponse<String> turtle = this.http.get("/datasets/enmi-2018-2019", "text/turtle");

		assertThat(turtle.statusCode()).isEqualTo(200);
		assertThat(turtle.body()).contains("simimo:breakdownUse")
			.contains("simimo:BreakdownUse")
			.contains("<https://w3id.org/simimo/concepts/breakdowns/sex>")
			.contains("<https://w3id.org/simimo/concepts/statistical-units/person>")
			.contains("simimo:collectionMethod");
	}

	@Test
	void theInventoryJsonGivesEveryTopicAndEveryDatasetOfTheCatalogue() {
		HttpResponse<String> json = this.http.get("/api/gaps/inventory?lang=en", "application/json");

		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"code\":\"01\"")
			.contains("\"code\":\"11\"")
			.contains("\"iri\":\"https://w3id.org/simimo/producers/miepeec\"")
			.contains("\"datasets\":23");
	}

	@Test
	void theDatasetPageShowsTheReportByTopicWithTheSimsConceptsAndWhatIsNotRecorded() {
		HttpResponse<String> page = this.http.get(WORK_VISAS + "?lang=en", "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Methodology and quality report")
			.contains("<code>S.18.3</code>")
			.contains("Data collection")
			.contains("Administrative record of the visas stamped")
			.contains("<code>S.18.5</code>")
			.contains("Data compilation")
			.contains("Not recorded")
			.contains("Statistical unit");
	}

	@Test
	void theDatasetPageIsInFrenchAndArabicToo() {
		assertThat(this.http.get(WORK_VISAS + "?lang=fr", "text/html").body())
			.contains("Rapport de méthodologie et de qualité")
			.contains("Collecte des données");
		assertThat(this.http.get(WORK_VISAS + "?lang=ar", "text/html").body()).contains("تقرير المنهجية والجودة")
			.contains("جمع البيانات");
	}

}
