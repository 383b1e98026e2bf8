package ma.hcp.simimo.glossary;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.store.ContentReloader;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved glossary lives in the TDB2 store, outside the graphs the content loader
 * manages: it is there after a restart, and after a reload that drops the graph of a
 * deleted content file.
 */
class GlossaryRestartIntegrationTests {

	private static final String CENSUS = "https://w3id.org/simimo/test/glossary/legal-population";

	@Test
	void aSavedGlossaryOutlivesARestartAndAReloadThatDropsAContentGraph() throws IOException {
		Path root = TestStoreDirectories.fresh("glossary-restart");
		Path content = Files.createDirectories(root.resolve("content"));
		Files.copy(Path.of("src/test/resources/fixtures/glossary/census-and-un.ttl"),
				content.resolve("census-and-un.ttl"));
		Files.writeString(content.resolve("to-delete.ttl"), """
				@prefix dct: <http://purl.org/dc/terms/> .
				<https://w3id.org/simimo/datasets/to-delete> dct:title "Éphémère"@fr .
				""");
		String id;
		try (ConfigurableApplicationContext app = start(root)) {
			id = app.getBean(SavedGlossaries.class)
				.saveGlossary(new GlossaryDraft("Recensement", "Formateurs", ""),
						GlossaryRequest.from(Map.of("concepts", CENSUS, "langs", "fr,ar")), "127.0.0.1",
						new ma.hcp.simimo.access.Viewer(
								java.util.Optional.of("urn:simimo:account:00000000-0000-4000-8000-000000000001"),
								java.util.Set.of(ma.hcp.simimo.access.Role.MEMBER), java.util.Set.of()),
						true);
			assertThat(client(app).get("/glossary/" + id, "text/html").statusCode()).isEqualTo(200);
		}

		try (ConfigurableApplicationContext app = start(root)) {
			HttpTestClient http = client(app);
			HttpResponse<String> page = http.get("/glossary/" + id, "text/html");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Recensement").contains("Population légale").contains("السكان القانونيون");
			assertThat(http.get("/glossary", "text/html").body()).contains("/glossary/" + id);

			assertThat(http.get("/datasets/to-delete", "text/turtle").body()).contains("Éphémère");
			Files.delete(content.resolve("to-delete.ttl"));
			app.getBean(ContentReloader.class).reload();
			assertThat(http.get("/datasets/to-delete", "text/turtle").body()).doesNotContain("Éphémère");
			assertThat(http.get("/glossary/" + id, "text/html").statusCode()).isEqualTo(200);
		}
	}

	private static ConfigurableApplicationContext start(Path root) {
		return new SpringApplicationBuilder(SimimoApplication.class).run("--server.port=0",
				"--simimo.store.directory=" + root.resolve("store"), "--simimo.store.content-root=" + root,
				"--simimo.store.content-directories=content");
	}

	private static HttpTestClient client(ConfigurableApplicationContext app) {
		return new HttpTestClient(((WebServerApplicationContext) app).getWebServer().getPort());
	}

}
