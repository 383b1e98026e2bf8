package ma.hcp.simimo.indicator;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.ResourceLinks;
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

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(IndicatorController.class)
@Import({ IndicatorControllerTests.Store.class, WebTestConfiguration.class, IndicatorRepository.class,
		LinkedDataPaths.class, ResourceLinks.class, ma.hcp.simimo.store.Labels.class,
		ma.hcp.simimo.store.ContentVersion.class })
class IndicatorControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void findsTheDatasetsThatCouldFeedAnIndicatorThroughAMappedNationalConcept() throws Exception {
		this.mvc.perform(get("/api/indicators/test-17-3-2").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notation").value("17.3.2"))
			.andExpect(jsonPath("$.custodians[0].label.text").value("Banque mondiale"))
			.andExpect(jsonPath("$.feeders[0].dataset.label.text").value("Transferts reçus"))
			.andExpect(jsonPath("$.feeders[0].through[0].label.text").value("Transferts des MRE"));
	}

	@Test
	void showsTheIndicatorPageAndTheList() throws Exception {
		this.mvc.perform(get("/indicators/test-17-3-2").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("indicator/indicatorPage"))
			.andExpect(content()
				.string(allOf(containsString("Envois de fonds personnels"), containsString("Transferts reçus"))));
		this.mvc.perform(get("/indicators").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("17.3.2")));
	}

	@Test
	void answersAnUnknownIndicatorWithTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/indicators/none").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@TestConfiguration
	static class Store {

		@Bean
		ma.hcp.simimo.store.GraphNames graphNames() {
			return new ma.hcp.simimo.store.GraphNames("https://w3id.org/simimo/");
		}

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("indicator/indicator-fed-through-mapping.ttl");
		}

	}

}
