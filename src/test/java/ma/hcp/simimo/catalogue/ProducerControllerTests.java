package ma.hcp.simimo.catalogue;

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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ProducerController.class)
@Import({ ProducerControllerTests.Store.class, WebTestConfiguration.class,
		ma.hcp.simimo.store.TestPrivateStores.AnonymousViewers.class, ma.hcp.simimo.access.EditorListings.class,
		ProducerRepository.class, LinkedDataPaths.class, ResourceLinks.class, ma.hcp.simimo.store.Labels.class,
		ma.hcp.simimo.store.ContentVersion.class })
class ProducerControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsDatasetsNationalConceptsAndTheAlignmentSummaryButNotClassificationItems() throws Exception {
		this.mvc.perform(get("/producers/office").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("catalogue/producerPage"))
			.andExpect(content().string(allOf(containsString("Registre"), containsString("Travailleur étranger"),
					containsString("1 divergence majeure"), not(containsString("Code un")),
					not(containsString("Concepts de l&#39;office</a>")))));
	}

	@Test
	void showsTheArabicNameInArabic() throws Exception {
		this.mvc.perform(get("/producers/office?lang=ar").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("المكتب الوطني")));
	}

	@Test
	void listsProducersWithTheirDatasetCountAsJson() throws Exception {
		this.mvc.perform(get("/api/producers").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].datasets").value(1));
	}

	@Test
	void answersAnUnknownProducerWithTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/producers/nobody").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@TestConfiguration
	static class Store {

		@Bean
		ma.hcp.simimo.store.GraphNames graphNames() {
			return new ma.hcp.simimo.store.GraphNames("https://w3id.org/simimo/");
		}

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("catalogue/producer-with-scheme.ttl");
		}

	}

}
