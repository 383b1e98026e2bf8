package ma.hcp.simimo.glossary;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.web.WebTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({ GlossaryController.class, GlossaryExportController.class })
@Import({ GlossaryControllerTests.Store.class, WebTestConfiguration.class, GlossaryRepository.class,
		DivergenceSentences.class, LinkedDataPaths.class, GlossaryCsv.class, GlossaryXlsx.class, GlossaryTurtle.class,
		SelectableConcepts.class, SavedGlossaries.class, GlossarySaveLimits.class, QueryRegistry.class,
		ma.hcp.simimo.store.Labels.class, ma.hcp.simimo.store.ContentVersion.class })
class GlossaryControllerTests {

	static final String T = "https://w3id.org/simimo/test/glossary/";

	static final String CENSUS = T + "legal-population";

	static final String HOUSEHOLD = T + "household";

	static final String UN = T + "long-term-migrant";

	@Autowired
	MockMvc mvc;

	@Test
	void listsSchemesFamiliesAndConceptsWithAHintWhenNothingIsSelected() throws Exception {
		this.mvc.perform(get("/glossary"))
			.andExpect(status().isOk())
			.andExpect(view().name("glossary/builder"))
			.andExpect(content().string(containsString("RGPH (test)")))
			.andExpect(content().string(containsString("ONU 1998 (test)")))
			.andExpect(content().string(containsString("Résidents")))
			.andExpect(content().string(containsString("Émigrés")))
			.andExpect(content().string(containsString("Ménage ordinaire")))
			.andExpect(content().string(containsString("Tout ajouter (2)")))
			.andExpect(content().string(containsString("Aucun concept n’est encore sélectionné")));
	}

	@Test
	void addingASchemePutsAllItsConceptsInTheUrlAfterTheSelection() throws Exception {
		String location = this.mvc.perform(
				get("/glossary").param("concepts", UN).param("langs", "fr,ar").param("addScheme", T + "census-scheme"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String decoded = URLDecoder.decode(location, StandardCharsets.UTF_8);
		assertThat(decoded).startsWith("/glossary?concepts=" + UN + ",")
			.contains(CENSUS)
			.contains(HOUSEHOLD)
			.contains("langs=fr,ar");
	}

	@Test
	void addingAFamilyOrCheckedConceptsKeepsWhatWasSelected() throws Exception {
		String byFamily = this.mvc.perform(get("/glossary").param("concepts", UN).param("addFamily", T + "residents"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(URLDecoder.decode(byFamily, StandardCharsets.UTF_8)).startsWith("/glossary?concepts=" + UN + ",")
			.contains(CENSUS)
			.contains(HOUSEHOLD);

		String checked = this.mvc.perform(get("/glossary").param("concepts", UN).param("add", HOUSEHOLD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(URLDecoder.decode(checked, StandardCharsets.UTF_8))
			.contains("concepts=" + UN + "," + HOUSEHOLD + "&");
	}

	@Test
	void redirectsTheSettingsFormsRepeatedCheckboxesToOneCommaSeparatedValue() throws Exception {
		String location = this.mvc
			.perform(get("/glossary").param("concepts", CENSUS)
				.param("langs", "", "fr", "ar")
				.param("content", "", "definition")
				.param("order", "family"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8)).isEqualTo("/glossary?concepts=" + CENSUS
				+ "&langs=fr,ar&order=family&orderLang=fr&layout=side&content=definition");
	}

	@Test
	void thePreviewFallsBackToTheFrenchDefinitionWithTheExportsArabicMark() throws Exception {
		this.mvc
			.perform(get("/glossary").param("concepts", CENSUS)
				.param("langs", "ar")
				.param("layout", "side")
				.param("content", "definition"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"definition fallback\"><span lang=\"fr\" dir=\"ltr\">"
					+ "Personnes résidant habituellement au Maroc depuis au moins six mois.</span>"
					+ "<small class=\"lang-tag\"> (بالفرنسية: لا توجد نسخة عربية)</small></p>")))
			.andExpect(content().string(not(containsString("Définition non disponible"))));
	}

	@Test
	void offersEachDownloadAsItsOwnLabelledLink() throws Exception {
		this.mvc.perform(get("/glossary").param("concepts", CENSUS).param("langs", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ul class=\"exports\">")))
			.andExpect(content().string(containsString(">Excel (XLSX)</a></li>")))
			.andExpect(content().string(containsString(">CSV (tableur)</a></li>")))
			.andExpect(content().string(not(containsString(">XLSX</a>"))));
	}

	@Test
	void searchFiltersTheConceptListIgnoringCaseAndAccents() throws Exception {
		this.mvc.perform(get("/glossary").param("q", "POPULATION legale"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Population légale")))
			.andExpect(content().string(not(containsString("Migrant de longue durée"))))
			.andExpect(content().string(not(containsString("Ménage ordinaire"))));
		this.mvc.perform(get("/glossary").param("q", "zzz"))
			.andExpect(content().string(containsString("Aucun concept ne correspond à « zzz »")));
	}

	@Test
	void exportLinksForEveryFormatCarryTheSelectionAndThePreviewShowsTermsDefinitionsAndNotes() throws Exception {
		String page = this.mvc.perform(get("/glossary").param("concepts", CENSUS + "," + UN).param("langs", "fr,ar"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		for (String format : new String[] { "csv", "ttl", "xlsx" }) {
			Matcher link = Pattern.compile("class=\"export-" + format + "\"[^>]*href=\"([^\"]+)\"").matcher(page);
			assertThat(link.find()).as(format).isTrue();
			String href = URLDecoder.decode(link.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
			assertThat(href).startsWith("/glossary/export?concepts=" + CENSUS + "," + UN + "&langs=fr,ar&")
				.endsWith("&format=" + format);
			this.mvc.perform(get(URI.create(link.group(1).replace("&amp;", "&")))).andExpect(status().isOk());
		}
		assertThat(page).contains("2 concepts sélectionnés")
			.contains("السكان القانونيون")
			.contains("Personnes résidant habituellement au Maroc depuis au moins six mois.")
			.contains("Seuil de durée de résidence : 6 mois pour « Population légale »");
	}

	@Test
	void showsABadLanguageOnTheBuilderPageWithA400() throws Exception {
		this.mvc.perform(get("/glossary").param("concepts", CENSUS).param("langs", "fr,de"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("glossary/builder"))
			.andExpect(content().string(containsString("« de »")))
			.andExpect(content().string(containsString("Construire un glossaire")));
		this.mvc.perform(get("/glossary").param("concepts", CENSUS + "," + T + "nothing"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(T + "nothing")));
	}

	@Test
	void answersAMalformedGlossaryIdWith400AndAnUnknownOneWith404() throws Exception {
		this.mvc.perform(get("/glossary/not-an-id!")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/glossary/abcdefghijkm")).andExpect(status().isNotFound());
		this.mvc.perform(get("/glossary/abcdefghijkm/export").param("format", "csv")).andExpect(status().isNotFound());
	}

	@Test
	void speaksArabicRightToLeftAndEnglish() throws Exception {
		this.mvc.perform(get("/glossary").param("lang", "ar").param("concepts", CENSUS))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("إعداد مسرد")))
			.andExpect(content().string(containsString("تم اختيار مفهوم واحد")));
		this.mvc.perform(get("/glossary").param("lang", "en"))
			.andExpect(content().string(containsString("Build a glossary")))
			.andExpect(content().string(containsString("No concept is selected yet")));
	}

	@Test
	void refusesASaveWithoutACsrfToken() throws Exception {
		this.mvc.perform(post("/glossary").param("title", "T").param("concepts", CENSUS))
			.andExpect(status().isForbidden());
	}

	@Test
	void saysAGlossaryCannotBePublicWhenTheStoreIsRemoteAndRefusesAPublicSaveWith409() throws Exception {
		// Without a Dataset bean, as with a remote store: a reader is told, and has no
		// form.
		this.mvc.perform(get("/glossary").param("concepts", CENSUS))
			.andExpect(content().string(containsString("Un glossaire ne peut pas être public ici")))
			.andExpect(content().string(not(containsString("glossary-save"))));

		// A public save with a valid token is refused (decision 0027, "Remote store").
		MvcResult page = this.mvc.perform(get("/glossary")).andReturn();
		CsrfToken token = (CsrfToken) page.getRequest().getAttribute(CsrfToken.class.getName());
		String value = token.getToken();
		this.mvc
			.perform(post("/glossary").cookie(page.getResponse().getCookies())
				.with(signedInMember())
				.param(token.getParameterName(), value)
				.param("title", "T")
				.param("concepts", CENSUS))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Magasin public en lecture seule")))
			.andExpect(content().string(containsString("Rien n’a été enregistré.")));
	}

	/** A member signed in, as the session of a real sign-in holds it. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor signedInMember() {
		return (request) -> {
			ma.hcp.simimo.access.AccountPrincipal principal = new ma.hcp.simimo.access.AccountPrincipal() {
				@Override
				public String accountIri() {
					return "urn:simimo:account:00000000-0000-4000-8000-000000000001";
				}

				@Override
				public String userName() {
					return "member";
				}

				@Override
				public String displayName() {
					return "member";
				}
			};
			org.springframework.security.core.context.SecurityContextImpl context = new org.springframework.security.core.context.SecurityContextImpl(
					new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(principal, null,
							ma.hcp.simimo.access.Viewer.authorities(java.util.Set.of(ma.hcp.simimo.access.Role.MEMBER),
									java.util.Set.of())));
			request.getSession(true)
				.setAttribute(
						org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
						context);
			return request;
		};
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Store {

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("glossary/census-and-un.ttl", "glossary/builder-families.ttl");
		}

		@Bean
		GraphNames graphNames() {
			return new GraphNames("https://w3id.org/simimo/");
		}

		@Bean(destroyMethod = "close")
		ma.hcp.simimo.store.PrivateStore privateStore(QueryRegistry queries) {
			return ma.hcp.simimo.store.PrivateStore
				.open(ma.hcp.simimo.TestStoreDirectories.fresh("glossary-controller"), queries);
		}

	}

}
