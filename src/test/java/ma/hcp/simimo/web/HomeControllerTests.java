package ma.hcp.simimo.web;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.ResourceLinks;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.LoadedGraphRepository;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(HomeController.class)
@Import({ HomeControllerTests.Store.class, WebTestConfiguration.class, CatalogueSummaryRepository.class,
		LoadedGraphRepository.class, LinkedDataPaths.class, ResourceLinks.class, ma.hcp.simimo.store.Labels.class,
		ma.hcp.simimo.store.ContentVersion.class })
class HomeControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void countsWhatTheCatalogueHoldsAndOffersTheWaysInByTask() throws Exception {
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("home"))
			.andExpect(model().attributeExists("summary"))
			.andExpect(model().attributeDoesNotExist("graphs"))
			.andExpect(content().string(allOf(containsString("<a href=\"/search\"><strong>Trouver des données"),
					containsString("<a href=\"/gaps/divergences\"><strong>Comparer les définitions aux normes"),
					containsString("href=\"/sparql\""))));
	}

	@Test
	void laysTheArabicHomePageOutRightToLeft() throws Exception {
		this.mvc.perform(get("/?lang=ar").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("dir=\"rtl\""), containsString("ماذا تريد أن تفعل؟"))));
	}

	@TestConfiguration
	static class Store {

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("catalogue/survey-with-divergent-concept.ttl");
		}

		@Bean
		GraphNames graphNames() {
			return new GraphNames("https://w3id.org/simimo/");
		}

	}

}
