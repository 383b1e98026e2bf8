package ma.hcp.simimo.gap;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the seed content, /gaps/indicators shows a source as approaching an indicator only
 * where it could feed it: the cases of issue 15, where a volume, a foreign population or
 * foreign workers in Morocco used to be shown as approaching an indicator they cannot
 * produce.
 */
class IndicatorRequirementsIntegrationTests extends RunningApplication {

	private static final String VARIABLES = "https://w3id.org/simimo/concepts/indicator-variables/";

	private DocumentContext coverage;

	@BeforeEach
	void coverage() {
		HttpResponse<String> json = this.http.get("/api/gaps/indicators?lang=en", "application/json");
		assertThat(json.statusCode()).isEqualTo(200);
		this.coverage = JsonPath.parse(json.body());
	}

	@Test
	void noMoroccanSourceApproachesRefugeesByCountryOfOriginWhichUnhcrCompilesWorldwide() {
		assertThat(states("10.7.4")).isNotEmpty().containsOnly("missing");
		assertThat(missingVariables("10.7.4", "unhcr")).contains(VARIABLES + "refugees-by-origin-worldwide");
	}

	@Test
	void aVolumeOfTransfersDoesNotApproachTheRemittancePriceIndicator() {
		assertThat(states("10.c.1")).isNotEmpty().containsOnly("missing");
		assertThat(this.coverage.<List<String>>read(cell("10.c.1", "office-des-changes") + ".datasets[*].iri"))
			.as("the Office des Changes series still reaches personal transfers")
			.isNotEmpty();
		assertThat(missingVariables("10.c.1", "office-des-changes")).containsExactly(VARIABLES + "remittance-price");
		// The volume indicator stays approached by the same series.
		assertThat(state("17.3.2", "office-des-changes")).isEqualTo("proxy");
	}

	@Test
	void returnMigrantWorkersAreNotApproachedBySourcesOnForeignWorkersInMorocco() {
		for (String producer : List.of("anapec", "cnss", "miepeec")) {
			assertThat(state("ICLS-RIMW", producer)).as(producer).isEqualTo("missing");
			assertThat(this.coverage.<List<String>>read(cell("ICLS-RIMW", producer) + ".datasets[*].iri")).as(producer)
				.isEmpty();
		}
		assertThat(missingVariables("ICLS-RIMW", "hcp")).containsExactly(VARIABLES + "former-employment-abroad");
	}

	@Test
	void recruitmentCostInjuriesAndLabourRightsNeedTheirOwnVariables() {
		assertThat(states("10.7.1")).isNotEmpty().containsOnly("missing");
		assertThat(states("8.8.1")).isNotEmpty().containsOnly("missing");
		assertThat(states("8.8.2")).isNotEmpty().containsOnly("missing");
		assertThat(missingVariables("10.7.1", "miepeec")).containsExactlyInAnyOrder(VARIABLES + "recruitment-cost",
				VARIABLES + "monthly-income-in-destination");
		assertThat(missingVariables("8.8.1", "cnss")).containsExactly(VARIABLES + "occupational-injuries");
		assertThat(missingVariables("8.8.2", "anapec")).containsExactly(VARIABLES + "labour-rights-textual-coding");
	}

	private List<String> states(String indicator) {
		return this.coverage.read("$.rows[?(@.id == '" + indicator + "')].cells[*].state");
	}

	private String state(String indicator, String producer) {
		List<String> states = this.coverage.read(cell(indicator, producer) + ".state");
		assertThat(states).hasSize(1);
		return states.get(0);
	}

	private List<String> missingVariables(String indicator, String producer) {
		return this.coverage.read(cell(indicator, producer) + ".missingVariables[*].iri");
	}

	private static String cell(String indicator, String producer) {
		return "$.rows[?(@.id == '" + indicator
				+ "')].cells[?(@.producer.link.iri == 'https://w3id.org/simimo/producers/" + producer + "')]";
	}

}
