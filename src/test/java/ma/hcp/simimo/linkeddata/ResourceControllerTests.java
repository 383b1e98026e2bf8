package ma.hcp.simimo.linkeddata;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ma.hcp.simimo.catalogue.CatalogueDescriptions;
import ma.hcp.simimo.catalogue.DcatApRepository;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ResourceController.class)
@Import({ ResourceControllerTests.Store.class, WebTestConfiguration.class, ResourceRepository.class,
		DcatApRepository.class, CatalogueDescriptions.class, LinkedDataPaths.class, ResourceLinks.class,
		ma.hcp.simimo.store.Labels.class, ma.hcp.simimo.store.ContentVersion.class })
class ResourceControllerTests {

	private static final String DATASET = "https://w3id.org/simimo/datasets/test-survey";

	@Autowired
	MockMvc mvc;

	@Test
	void rendersTheGenericPageForBrowsers() throws Exception {
		this.mvc
			.perform(get("/resource").param("uri", "https://w3id.org/simimo/producers/test-office")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("linkeddata/resourcePage"))
			.andExpect(model().attributeExists("resource"));
	}

	@Test
	void servesDatasetsAsDcatApTurtle() throws Exception {
		this.mvc.perform(get("/resource").param("uri", DATASET).accept("text/turtle"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/turtle")))
			.andExpect(content().string(containsString("foaf:Agent")));
	}

	@Test
	void rejectsAnUnknownFormatAndAMalformedIri() throws Exception {
		this.mvc.perform(get("/resource").param("uri", DATASET).param("format", "pdf").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"));
		this.mvc.perform(get("/resource").param("uri", "a b").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
	}

	@Test
	void answersAnUnknownIriWithTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/resource").param("uri", "https://example.org/none").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("families")
	void dereferencesEveryIriFamilyAtItsOwnPath(String family) throws Exception {
		String iri = "https://w3id.org/simimo/" + family + "/test-" + family;
		String path = new LinkedDataPaths("https://w3id.org/simimo/").hrefFor(iri);

		assertThat(path).isEqualTo("/" + family + "/test-" + family);
		this.mvc.perform(get(path).accept("text/turtle"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test " + family)));
		this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("linkeddata/resourcePage"));
	}

	static List<String> families() {
		return LinkedDataPaths.families();
	}

	@TestConfiguration
	static class Store {

		@Bean
		ma.hcp.simimo.store.GraphNames graphNames() {
			return new ma.hcp.simimo.store.GraphNames("https://w3id.org/simimo/");
		}

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("catalogue/survey-with-divergent-concept.ttl",
					"kernel/one-resource-per-family.ttl");
		}

	}

}
