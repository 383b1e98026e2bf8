package ma.hcp.simimo.search;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.TestStoreDirectories;
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

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SearchController.class)
@Import({ SearchControllerTests.Store.class, WebTestConfiguration.class, IndexSourceRepository.class,
		ma.hcp.simimo.store.ContentVersion.class, SearchIndexer.class, FacetedSearch.class, Autocomplete.class,
		LinkedDataPaths.class, ma.hcp.simimo.store.Labels.class })
class SearchControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsHitsWithTypeProducerPeriodHighlightedSnippetAndWhyTheyMatched() throws Exception {
		this.mvc.perform(get("/search").param("q", "migrant retour").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("search/searchPage"))
			.andExpect(content().string(allOf(containsString("Enquête de test sur les retours"),
					containsString("Jeu de données"), containsString("Office de test"),
					containsString("<span class=\"period\">du 1er janvier 2018 au 31 décembre 2019</span>"),
					containsString("<mark>"), containsString("class=\"snippet\" lang=\"fr\" dir=\"ltr\""),
					containsString("Mesure le concept « <bdi lang=\"fr\">Migrant de retour</bdi> »"))));
	}

	@Test
	void offersFacetLinksThatToggleAValueAndKeepTheOthers() throws Exception {
		this.mvc
			.perform(get("/search").param("q", "registre")
				.param("type", "dataset")
				.param("producer", "https://w3id.org/simimo/producers/test-office")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("href=\"/search?q=registre&amp;type=dataset\""), containsString(
						"href=\"/search?q=registre&amp;producer=https%3A%2F%2Fw3id.org%2Fsimimo%2Fproducers%2Ftest-office\""),
						containsString("<span class=\"visually-hidden\">(sélectionné)</span>"),
						not(containsString("aria-pressed")))));
	}

	@Test
	void listsTheDatasetsWhenNothingIsAskedWithEveryKindOneClickAway() throws Exception {
		this.mvc.perform(get("/search").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Sans texte ni filtre, la recherche montre les jeux de données."),
						containsString("href=\"/search?type=\""), containsString("2 jeux de données dans le catalogue"),
						not(containsString("Poste de nomenclature</span>")),
						// A default is not carried by the forms: a text typed from here
						// searches every kind.
						not(containsString("type=\"hidden\" name=\"type\"")))));
		this.mvc.perform(get("/search").param("type", "").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ressources dans le catalogue"),
					not(containsString("Sans texte ni filtre")))));
	}

	@Test
	void showsTheAppliedFiltersAsChipsThatRemoveThemAndALinkThatClearsThemAll() throws Exception {
		this.mvc
			.perform(get("/search").param("q", "registre")
				.param("type", "dataset")
				.param("yearFrom", "2010")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"href=\"/search?q=registre&amp;yearFrom=2010\" aria-label=\"Retirer le filtre Type : Jeu de données\""),
					containsString(
							"href=\"/search?q=registre&amp;type=dataset\" aria-label=\"Retirer le filtre Période couverte : à partir de 2010\""),
					containsString("<a href=\"/search?q=registre\">Effacer les filtres</a>"))));
	}

	@Test
	void readsAnInvertedYearRangeTheRightWayRoundAndSaysSo() throws Exception {
		this.mvc
			.perform(get("/search").param("q", "registre")
				.param("yearFrom", "2020")
				.param("yearTo", "2010")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"L&#39;année de début était après l&#39;année de fin : elles ont été inversées (2010–2020)."),
					containsString("name=\"yearFrom\" min=\"1000\" max=\"9999\" value=\"2010\""))));
	}

	@Test
	void showsMarkupInLabelsAndDescriptionsAsText() throws Exception {
		this.mvc.perform(get("/search").param("q", "registre").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
					not(containsString("<script>alert")), not(containsString("<img src=x")),
					not(containsString("<b>gras")))));
	}

	@Test
	void answersTheJsonFormWithTotalHitsAndFacetCounts() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "MDR").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.hits[*].iri").value(hasItem("https://w3id.org/simimo/datasets/test-survey")))
			.andExpect(jsonPath("$.hits[0].iri").value("https://w3id.org/simimo/concepts/test-national/returnee"))
			.andExpect(jsonPath("$.hits[0].why[0].reason").value("alt"))
			.andExpect(jsonPath("$.facets.divergence[?(@.value == 'diverges')].count").value(hasItem(2)))
			.andExpect(jsonPath("$.facets.type[?(@.value == 'dataset')].count").value(hasItem(1)));
	}

	@Test
	void quotesTheLabelInTheReadersLanguageWhenThatIsTheOneThatMatched() throws Exception {
		this.mvc
			.perform(get("/api/search").param("q", "migrant").param("lang", "en").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath(
					"$.hits[?(@.iri == 'https://w3id.org/simimo/concepts/test-national/returnee')].why[0].value")
				.value(hasItem("Return migrant")));
		this.mvc
			.perform(get("/api/search").param("q", "migrant").param("lang", "fr").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath(
					"$.hits[?(@.iri == 'https://w3id.org/simimo/concepts/test-national/returnee')].why[0].value")
				.value(hasItem("Migrant de retour")));
	}

	@Test
	void suggestsLabelsAndAcronymsAsTheReaderTypes() throws Exception {
		this.mvc.perform(get("/api/suggest").param("q", "ots").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].iri").value("https://w3id.org/simimo/producers/test-office"))
			.andExpect(jsonPath("$[0].matched").value("OTS"))
			.andExpect(jsonPath("$[0].typeLabel").value("Organisation"));
		this.mvc.perform(get("/api/suggest").param("q", "مهاج").param("lang", "ar").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].label").value("مهاجر عائد"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Store {

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("search/small-catalogue.ttl");
		}

		@Bean
		GraphNames graphNames() {
			return new GraphNames("https://w3id.org/simimo/");
		}

		@Bean(destroyMethod = "close")
		SearchIndex searchIndex() {
			return new SearchIndex(TestStoreDirectories.fresh("search-mvc"));
		}

	}

}
