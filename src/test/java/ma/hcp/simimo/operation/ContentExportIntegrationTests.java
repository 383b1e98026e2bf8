package ma.hcp.simimo.operation;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.PublishingApplication;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.ContentLoader;
import ma.hcp.simimo.store.TestStores;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curators' export of a content file over real HTTP (decision 0027): once a
 * coordinator has published an edit of a dataset, {@code /admin/content} names the
 * dataset beside its file, and {@code /admin/content/<file>.ttl} is Turtle that parses
 * and holds the edited title; a contributor is refused, a reader sent to sign in, and a
 * name no loaded file has is a 404 page. Its own application context
 * ({@link PublishingApplication}): it publishes.
 */
@PublishingApplication
class ContentExportIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a curator's long password";

	/** ANAPEC's, published by no other test of this context. */
	private static final String DATASET = "anapec-moroccan-workers-placed-abroad";

	private static final String RECORD = "https://w3id.org/simimo/datasets/" + DATASET;

	private static final String TITLE = "Zqexport travailleurs marocains placés à l’étranger";

	@Autowired
	AccountRepository accounts;

	@Autowired
	ContentLoader loader;

	@Test
	void aCoordinatorExportsTheFileWithThePublishedEditPutBack() {
		CookieSession contributor = account("zq-export-anapec", Role.CONTRIBUTOR, "anapec");
		CookieSession coordinator = account("zq-export-coordinator", Role.COORDINATOR, null);
		assertThat(
				contributor.submitForm("/datasets/" + DATASET + "/edit", "/datasets/" + DATASET + "/edit", edit(TITLE))
					.statusCode())
			.isEqualTo(303);
		assertThat(contributor.submitForm("/", "/datasets/" + DATASET + "/submit", "comment=").statusCode())
			.isEqualTo(303);
		HttpResponse<String> published = coordinator.submitForm("/datasets/" + DATASET + "/draft",
				"/datasets/" + DATASET + "/publish", "comment=");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);

		HttpResponse<String> list = coordinator.get("/admin/content");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("vocabularies/catalogue-datasets.ttl")
			.contains("/datasets/" + DATASET)
			.contains("/admin/content/catalogue-datasets.ttl");

		HttpResponse<String> export = coordinator.get("/admin/content/catalogue-datasets.ttl", "*/*");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
		assertThat(export.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		Model parsed = ModelFactory.createDefaultModel();
		RDFParser.fromString(export.body(), Lang.TURTLE).parse(parsed);
		assertThat(parsed.contains(parsed.createResource(RECORD), DCTerms.title, parsed.createLiteral(TITLE, "fr")))
			.isTrue();
		assertThat(export.body()).contains("@prefix ds:");

		// Administrators too.
		CookieSession administrator = account("zq-export-administrator", Role.ADMINISTRATOR, null);
		assertThat(administrator.get("/admin/content/catalogue-datasets.ttl", "*/*").body()).contains(TITLE);
	}

	@Test
	void aFileThatChangesAPublishedEditIsInTheQueueWithItsDiffAndPublishingItMakesTheFilesVersionWin(@TempDir Path root)
			throws IOException {
		String dataset = "anapec-registered-regular-migrants-refugees";
		CookieSession contributor = account("zq-file-anapec", Role.CONTRIBUTOR, "anapec");
		CookieSession coordinator = account("zq-file-coordinator", Role.COORDINATOR, null);
		assertThat(contributor
			.submitForm("/datasets/" + dataset + "/edit", "/datasets/" + dataset + "/edit", edit("Zqfichier édité"))
			.statusCode()).isEqualTo(303);
		assertThat(contributor.submitForm("/", "/datasets/" + dataset + "/submit", "comment=").statusCode())
			.isEqualTo(303);
		assertThat(coordinator
			.submitForm("/datasets/" + dataset + "/draft", "/datasets/" + dataset + "/publish", "comment=")
			.statusCode()).isEqualTo(303);
		// A curator changes the record in a copy of the content, which is then loaded.
		TestStores.copyTree(Path.of("ontology"), root.resolve("ontology"));
		TestStores.copyTree(Path.of("vocabularies"), root.resolve("vocabularies"));
		Path file = root.resolve("vocabularies/catalogue-datasets.ttl");
		Files.writeString(file, Files.readString(file)
			.replace("ds:" + dataset + "\n", "ds:" + dataset + "\n    dcat:keyword \"zqmotclefichier\"@fr ;\n"));
		assertThat(this.loader.load(root, List.of("ontology", "vocabularies")).loaded())
			.contains("vocabularies/catalogue-datasets.ttl");

		String queue = coordinator.get("/review").body();
		assertThat(queue).contains("/datasets/" + dataset + "/draft")
			.contains("Fichiers de contenu")
			.contains("vocabularies/catalogue-datasets.ttl")
			.contains("zqmotclefichier");
		// Readers still see the published edit.
		assertThat(this.http.get("/datasets/" + dataset, "text/html").body()).contains("Zqfichier édité")
			.doesNotContain("zqmotclefichier");

		HttpResponse<String> published = coordinator.submitForm("/datasets/" + dataset + "/draft",
				"/datasets/" + dataset + "/publish", "comment=");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
		assertThat(this.http.get("/datasets/" + dataset, "text/html").body()).contains("zqmotclefichier")
			.doesNotContain("Zqfichier édité");
	}

	@Test
	void aContributorIsRefusedAReaderSentToSignInAndAnUnknownFileIsNotFound() {
		CookieSession contributor = account("zq-export-refused", Role.CONTRIBUTOR, "anapec");
		assertThat(contributor.get("/admin/content").statusCode()).isEqualTo(403);
		assertThat(contributor.get("/admin/content/catalogue-datasets.ttl", "*/*").statusCode()).isEqualTo(403);
		HttpResponse<String> reader = this.http.get("/admin/content/catalogue-datasets.ttl", "*/*");
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(reader.headers().firstValue("Location").orElseThrow()).contains("/sign-in");

		CookieSession coordinator = account("zq-export-unknown", Role.COORDINATOR, null);
		HttpResponse<String> unknown = coordinator.get("/admin/content/no-such-file.ttl?lang=en", "text/html");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("/admin/content/no-such-file.ttl");
		assertThat(coordinator.get("/admin/content/catalogue-datasets.ttl.ttl", "text/html").statusCode())
			.isEqualTo(404);
		assertThat(
				coordinator.get("/admin/content/" + HttpTestClient.encode("../ontology/shapes") + ".ttl", "text/html")
					.statusCode())
			.isIn(400, 404);
	}

	/** The dataset form's fields, with the new French title. */
	private static String edit(String titleFr) {
		return "titleFr=" + HttpTestClient.encode(titleFr) + "&titleEn=Regularised+migrants&titleAr="
				+ "&descriptionFr=Une+description&descriptionEn=A+description&descriptionAr="
				+ "&keywordsFr=projets&keywordsEn=projects&keywordsAr=&coverageStart=&coverageEnd=&accessRights="
				+ HttpTestClient.encode("http://publications.europa.eu/resource/authority/access-right/PUBLIC")
				+ "&stockOrFlow=" + HttpTestClient.encode("https://w3id.org/simimo/concepts/stock-flow/flow");
	}

	private CookieSession account(String userName, Role role, String producer) {
		return CookieSession.signedInAs(this.http, this.accounts, userName, PASSWORD, role, producer);
	}

}
