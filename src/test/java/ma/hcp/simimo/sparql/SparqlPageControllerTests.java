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

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

	@Test
	void writesTheExamplesCommentsInTheReadersLanguage() throws Exception {
		this.mvc.perform(get("/sparql?lang=ar").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("# عدد مجموعات البيانات التي ينشرها كل منتج، من الأكثر إلى الأقل.\nPREFIX"),
							not(containsString("# How many datasets each producer publishes")),
							// A gap analysis: its title in Arabic, then the rule's own
							// documentation, named as English.
							containsString("# الفجوات: تغطية المؤشرات حسب الجهة المنتجة"),
							containsString("# التعليق الأصلي للاستعلام، بالإنجليزية:\n#"),
							// The endpoint as code, left to right; the limits in Western
							// digits.
							containsString(
									"تجيب نقطة الولوج <code dir=\"ltr\">/sparql</code> على استعلامات SPARQL 1.1"),
							containsString("بعد 10 ثانية"))));
		this.mvc.perform(get("/sparql?lang=fr").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString(
					"# Le nombre de jeux de données publiés par chaque producteur, du plus grand au plus petit.\nPREFIX")));
	}

	@TestConfiguration
	@EnableConfigurationProperties({ SparqlProperties.class, StoreProperties.class })
	static class Properties {

	}

}
