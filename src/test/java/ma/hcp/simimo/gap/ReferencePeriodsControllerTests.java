package ma.hcp.simimo.gap;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ReferencePeriodsController.class)
@Import({ ReferencePeriodsControllerTests.Store.class, ma.hcp.simimo.store.TestPrivateStores.AnonymousViewers.class,
		WebTestConfiguration.class, ReferencePeriodsRepository.class, LinkedDataPaths.class,
		ma.hcp.simimo.store.ContentVersion.class, ma.hcp.simimo.store.Labels.class })
class ReferencePeriodsControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void setsTheNationalPeriodsAgainstTheRecommendedOnesOnOneScale() throws Exception {
		this.mvc.perform(get("/gaps/periods").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Seuil de six mois"), containsString("6 mois (P6M)"),
					containsString("Migrant de longue durée"), containsString("12 mois (P12M)"),
					containsString("depuis le 1er janvier 2000"), containsString("value=\"79\""),
					containsString("value=\"90\""),
					containsString("Aucune période recommandée n&#39;est enregistrée pour cette famille."))));
	}

	@Test
	void answersTheJsonFormByFamily() throws Exception {
		this.mvc.perform(get("/api/gaps/periods").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.families[0].label.text").value("Immigrés"))
			.andExpect(jsonPath("$.families[0].national.length()").value(2))
			.andExpect(jsonPath("$.families[0].recommended[0].scale").value(90))
			.andExpect(jsonPath("$.families[1].recommended.length()").value(0));
	}

	@Test
	void exportsEveryPeriodAsCsv() throws Exception {
		String csv = new String(this.mvc.perform(get("/gaps/periods").param("format", "csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);

		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(0)).contains("Famille de concepts", "Côté", "Valeur");
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line).startsWith("Immigrés;Recommandée;Migrant de longue durée"));
	}

	@Test
	void placesDurationsOnALogarithmicScaleFromOneDayToTwoYears() {
		assertThat(ReferencePeriodsRepository.scale("P1D")).isEqualTo(11);
		assertThat(ReferencePeriodsRepository.scale("P6M")).isEqualTo(79);
		assertThat(ReferencePeriodsRepository.scale("P2Y")).isEqualTo(100);
		assertThat(ReferencePeriodsRepository.scale("P10Y")).isEqualTo(100);
		assertThat(ReferencePeriodsRepository.scale("soon")).isEqualTo(-1);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Store {

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("gap/reference-periods.ttl");
		}

		@Bean
		GraphNames graphNames() {
			return new GraphNames("https://w3id.org/simimo/");
		}

	}

}
