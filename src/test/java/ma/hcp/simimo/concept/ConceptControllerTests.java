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

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ConceptController.class)
@Import({ ConceptControllerTests.Store.class, WebTestConfiguration.class,
		ma.hcp.simimo.store.TestPrivateStores.AnonymousViewers.class, ConceptRepository.class, LinkedDataPaths.class,
		ResourceLinks.class, ma.hcp.simimo.store.Labels.class, ma.hcp.simimo.store.ContentVersion.class })
class ConceptControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsBothDefinitionsSideBySideAndTheDivergenceCriterionByCriterion() throws Exception {
		this.mvc.perform(get("/concepts/test/resident").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("concept/conceptPage"))
			.andExpect(content().string(allOf(containsString("Personne présente depuis au moins six mois."),
					containsString("A person who moves for at least a year."), containsString("6 mois"),
					containsString("12 mois"), containsString("severity-1"),
					containsString("Six mois contre douze."))));
	}

	@Test
	void showsTheSameComparisonFromTheStandardConceptsPage() throws Exception {
		this.mvc.perform(get("/concepts/test/long-term-migrant?lang=en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Résident du recensement"), containsString("6 months"),
					containsString("12 months"))));
	}

	@Test
	void servesTheConceptAsJsonWithTypedValues() throws Exception {
		this.mvc.perform(get("/api/concepts/test/resident").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.comparisons[0].relation").value("closeMatch"))
			.andExpect(jsonPath("$.comparisons[0].divergences[0].nationalValues[0].duration").value("P6M"))
			.andExpect(jsonPath("$.comparisons[0].divergences[0].standardValues[0].duration").value("P12M"));
	}

	@Test
	void answersAnUnknownConceptWithTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/concepts/test/nothing").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
	}

	@Test
	void answersAnUnknownConceptOnTheApiWithAProblemDetailInTheReadersLanguage() throws Exception {
		this.mvc.perform(get("/api/concepts/test/nothing").param("lang", "en").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(containsString("https://w3id.org/simimo/concepts/test/nothing")))
			.andExpect(jsonPath("$.instance").value("/api/concepts/test/nothing"));
	}

	@Test
	void answersAnUnavailableFormatOnTheApiWithAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/concepts/test/resident").accept(MediaType.APPLICATION_XML))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Format non disponible"))
			.andExpect(jsonPath("$.status").value(406))
			.andExpect(jsonPath("$.detail").value(containsString("application/json")))
			.andExpect(jsonPath("$.instance").value("/api/concepts/test/resident"));
	}

	@TestConfiguration
	static class Store {

		@Bean
		ma.hcp.simimo.store.GraphNames graphNames() {
			return new ma.hcp.simimo.store.GraphNames("https://w3id.org/simimo/");
		}

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("concept/census-resident-vs-un-1998.ttl");
		}

	}

}
