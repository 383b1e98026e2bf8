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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(DatasetController.class)
@Import({ DatasetControllerTests.Store.class, WebTestConfiguration.class,
		ma.hcp.simimo.store.TestPrivateStores.AnonymousViewers.class, ma.hcp.simimo.access.EditorListings.class,
		DatasetRepository.class, DatasetListRepository.class, LinkedDataPaths.class, ResourceLinks.class,
		ma.hcp.simimo.store.Labels.class, ma.hcp.simimo.store.ContentVersion.class })
class DatasetControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheDatasetPageWithItsPeriodAndTheWorstDivergenceOfItsConcepts() throws Exception {
		this.mvc.perform(get("/datasets/test-survey").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("catalogue/datasetPage"))
			.andExpect(model().attributeExists("dataset"))
			.andExpect(content().string(containsString("Office de test")))
			.andExpect(content().string(containsString("depuis le 1er janvier 2000")))
			.andExpect(content().string(containsString("severity-2")))
			.andExpect(content().string(containsString("Tableaux de résultats")))
			.andExpect(content().string(containsString("https://example.org/tables")));
	}

	@Test
	void showsTheLicenceTheDatesInWordsAndEachDistributionsFormatAsAWord() throws Exception {
		this.mvc.perform(get("/datasets/test-survey?lang=fr").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString(
							"<a class=\"licence\" href=\"https://example.org/licences/open\" rel=\"external license\">"
									+ "<span lang=\"fr\" dir=\"ltr\">Licence ouverte de test</span></a>"),
					containsString("<time class=\"issued\" datetime=\"2020-06-15\">15 juin 2020</time>"),
					containsString("<time class=\"modified\" datetime=\"2021-03\">mars 2021</time>"),
					containsString("Les tableaux de l&#39;enquête, par région."),
					containsString("<span>Format :</span>"), containsString(">CSV</span>"),
					not(containsString("file-type/CSV\"")))));
		this.mvc.perform(get("/datasets/test-survey?lang=ar").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString(">15 يونيو 2020</time>"),
					containsString(">مارس 2021</time>"), containsString("الترخيص"))));
		// Nothing recorded: the licence says so, and no date is shown.
		this.mvc.perform(get("/datasets/second?lang=en").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("<dt>Licence</dt>"), not(containsString("<time")))));
	}

	@Test
	void saysWhenATitleIsShownInAFallbackLanguage() throws Exception {
		this.mvc.perform(get("/datasets/test-survey?lang=ar").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"fr\"")))
			.andExpect(content().string(containsString("لا توجد نسخة عربية")));
	}

	@Test
	void answersAnUnknownDatasetWithTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/datasets/nothing").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
	}

	@Test
	void servesTheDatasetAsJson() throws Exception {
		this.mvc.perform(get("/api/datasets/test-survey").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title.text").value("Enquête de test sur les migrants de retour"))
			.andExpect(jsonPath("$.concepts", hasSize(1)))
			.andExpect(jsonPath("$.concepts[0].severityCode").value("2"));
	}

	@Test
	void listsDatasetsSortedByTitle() throws Exception {
		this.mvc.perform(get("/api/datasets?sort=title").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].dataset.label.text").value("Autre registre"));
	}

	@Test
	void rejectsAnUnknownSortOrPage() throws Exception {
		this.mvc.perform(get("/datasets?sort=colour").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
		this.mvc.perform(get("/datasets?page=0").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
	}

	@TestConfiguration
	static class Store {

		@Bean
		ma.hcp.simimo.store.GraphNames graphNames() {
			return new ma.hcp.simimo.store.GraphNames("https://w3id.org/simimo/");
		}

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("catalogue/survey-with-divergent-concept.ttl");
		}

	}

	private static org.springframework.test.web.servlet.result.ContentResultMatchers content() {
		return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content();
	}

}
