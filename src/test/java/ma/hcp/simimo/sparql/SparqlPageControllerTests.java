package ma.hcp.simimo.sparql;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.StoreProperties;
import ma.hcp.simimo.web.WebTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SparqlPageController.class)
@Import({ SparqlPageControllerTests.Properties.class, WebTestConfiguration.class, ExampleQueries.class,
		QueryRegistry.class, SparqlService.class })
class SparqlPageControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void offersTheExampleQueriesAndTheEndpointLimitsOfTheAssembler() throws Exception {
		this.mvc.perform(get("/sparql").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("sparql/queryPage"))
			.andExpect(model().attribute("examples", hasSize(greaterThanOrEqualTo(10))))
			.andExpect(model().attribute("endpoint", "/sparql"))
			.andExpect(model().attribute("timeoutSeconds", 10L));
	}

	@TestConfiguration
	@EnableConfigurationProperties({ SparqlProperties.class, StoreProperties.class })
	static class Properties {

	}

}
