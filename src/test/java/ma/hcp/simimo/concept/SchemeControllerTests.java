package ma.hcp.simimo.concept;

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

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SchemeController.class)
@Import({ SchemeControllerTests.Store.class, WebTestConfiguration.class,
		ma.hcp.simimo.store.TestPrivateStores.AnonymousViewers.class, ma.hcp.simimo.access.EditorListings.class,
		SchemeRepository.class, LinkedDataPaths.class, ResourceLinks.class, ma.hcp.simimo.store.Labels.class,
		ma.hcp.simimo.store.ContentVersion.class })
class SchemeControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void buildsTheTreeWithCodesInNaturalOrderAndLevelsOutsideIt() throws Exception {
		this.mvc.perform(get("/api/classifications/test").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(4))
			.andExpect(jsonPath("$.tree.length()").value(2))
			.andExpect(jsonPath("$.tree[0].notation").value("A"))
			.andExpect(jsonPath("$.tree[0].children[0].notation").value("2"))
			.andExpect(jsonPath("$.tree[0].children[1].notation").value("10"))
			.andExpect(jsonPath("$.levels[1].members").value(2));
	}

	@Test
	void ordersTheIndexAlphabeticallyInTheReadersLanguage() throws Exception {
		this.mvc.perform(get("/api/classifications/test").accept(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.index[0].concept.label.text").value("Apiculture"))
			.andExpect(jsonPath("$.index[1].concept.label.text").value("Bâtiment"))
			.andExpect(jsonPath("$.index[2].concept.label.text").value("Élevage"));
	}

	@Test
	void findsAnItemByItsCode() throws Exception {
		this.mvc.perform(get("/classifications/test?notation=10").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("concept/schemePage"))
			.andExpect(content().string(containsString("notation-results")))
			.andExpect(content().string(containsString("Élevage")));
	}

	@Test
	void rendersTheTreeAsDetailsThatWorkWithoutJavaScript() throws Exception {
		this.mvc.perform(get("/classifications/test").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<details>")))
			.andExpect(content().string(containsString("<summary>")));
	}

	@Test
	void listsSchemesWithTheirKindAndSize() throws Exception {
		this.mvc.perform(get("/api/schemes").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("classification"))
			.andExpect(jsonPath("$[0].concepts").value(4));
		this.mvc.perform(get("/schemes").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Classification de test")));
	}

	@TestConfiguration
	static class Store {

		@Bean
		ma.hcp.simimo.store.GraphNames graphNames() {
			return new ma.hcp.simimo.store.GraphNames("https://w3id.org/simimo/");
		}

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("concept/two-level-classification.ttl");
		}

	}

}
