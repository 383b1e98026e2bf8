package ma.hcp.simimo.glossary;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RawHttp;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.store.ContentReloader;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saving a glossary through the builder's form on the seed content, with its CSRF token
 * and the token's cookie: it is shown, listed, exported with its settings, and still
 * there after the content is loaded again.
 */
class GlossarySaveIntegrationTests extends RunningApplication {

	static final String U98 = "https://w3id.org/simimo/concepts/un-1998/";

	static final String INTERNATIONAL = U98 + "international-migrant";

	static final String LONG_TERM = U98 + "long-term-migrant";

	static final String SHORT_TERM = U98 + "short-term-migrant";

	static final String SELECTION = "concepts="
			+ HttpTestClient.encode(INTERNATIONAL + "," + LONG_TERM + "," + SHORT_TERM)
			+ "&langs=fr%2Car&order=alphabetical&orderLang=fr&layout=side&content=definition%2Cdivergences";

	@Autowired
	ContentReloader reloader;

	@Autowired
	ContentVersion version;

	@Autowired
	SparqlExecutor executor;

	@Autowired
	GraphNames graphNames;

	@Test
	void aSaveChangesTheContentVersionTheCachesKeyOnAtTheNextRead() {
		// The application's version is counted (read again only after a write); this one
		// asks the store every time.
		ContentVersion store = new ContentVersion(this.executor, this.graphNames);
		String before = this.version.current();
		assertThat(before).isEqualTo(store.current());

		assertThat(save("title=" + HttpTestClient.encode("Version") + "&" + SELECTION).statusCode()).isEqualTo(303);

		assertThat(this.version.current()).isNotEqualTo(before).isEqualTo(store.current());
	}

	@Test
	void savesAGlossaryThatIsShownListedExportedInOrderAndKeptAfterAReload() throws Exception {
		HttpResponse<String> saved = save("title=" + HttpTestClient.encode("Migrants <script>alert(1)</script>")
				+ "&audience=" + HttpTestClient.encode("Formateurs") + "&author=" + HttpTestClient.encode("HCP") + "&"
				+ SELECTION);

		assertThat(saved.statusCode()).isEqualTo(303);
		String location = saved.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/glossary/[a-z2-9]{12}");
		String path = URI.create(location).getPath();
		String id = path.substring(path.lastIndexOf('/') + 1);

		HttpResponse<String> page = this.http.get(path, "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Migrants &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("Formateurs")
			.contains("https://w3id.org/simimo/glossaries/" + id)
			.contains("3 concepts sélectionnés")
			.contains("Migrant de courte durée")
			.contains("class=\"edit-as-new\" href=\"/glossary?" + SELECTION.replace("&", "&amp;") + "\"");
		// The selection keeps the order the concepts were picked in.
		assertThat(page.body().indexOf("Migrant international"))
			.isLessThan(page.body().indexOf("Migrant de longue durée"));

		HttpResponse<String> list = this.http.get("/glossary", "text/html");
		assertThat(list.body()).contains("href=\"/glossary/" + id + "\"")
			.contains("Migrants &lt;script&gt;alert(1)&lt;/script&gt;");

		assertThat(exportedMembers(id)).containsExactly(SHORT_TERM, LONG_TERM, INTERNATIONAL);

		// Its IRI dereferences like every other SIMIMO resource.
		HttpResponse<String> described = this.http.get("/glossaries/" + id, "text/turtle");
		assertThat(described.statusCode()).isEqualTo(200);
		assertThat(described.body()).contains("Migrants <script>alert(1)</script>");

		this.reloader.reload();
		assertThat(this.http.get(path, "text/html").statusCode()).isEqualTo(200);
		assertThat(exportedMembers(id)).containsExactly(SHORT_TERM, LONG_TERM, INTERNATIONAL);
	}

	@Test
	void exportsTheSavedGlossaryWithItsTitleAndSettings() throws Exception {
		HttpResponse<String> saved = save("title=Export&" + SELECTION);
		String path = URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath();

		HttpResponse<String> csv = this.http.get(path + "/export?format=csv", null);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body().lines().findFirst().orElseThrow()).contains("Terme (fr)")
			.contains("Terme (ar)")
			.doesNotContain("Terme (en)");
		Model model = turtle(path + "/export?format=ttl");
		Resource collection = model.listSubjectsWithProperty(RDF.type, SKOS.OrderedCollection).next();
		assertThat(collection.getProperty(DCTerms.title).getString()).isEqualTo("Export");
	}

	@Test
	void refusesAMissingOrTooLongTitleAndAnEmptySelectionNamingTheField() throws Exception {
		HttpResponse<String> untitled = save("title=+&" + SELECTION);
		assertThat(untitled.statusCode()).isEqualTo(400);
		assertThat(untitled.body()).contains("Donnez un titre au glossaire (champ title)");

		HttpResponse<String> tooLong = save("title=" + "a".repeat(201) + "&" + SELECTION);
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("Le champ title compte au plus 200 caractères");

		HttpResponse<String> longAudience = save("title=T&audience=" + "a".repeat(201) + "&" + SELECTION);
		assertThat(longAudience.body()).contains("Le champ audience compte au plus 200 caractères");

		HttpResponse<String> empty = save("title=T&langs=fr");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Le glossaire est vide");
	}

	@Test
	void refusesConceptsSimimoDoesNotHoldNamingThemInTheReadersLanguageAndTheyStillDoNotDereference() {
		String invented = "https://w3id.org/simimo/concepts/invented/c";
		StringBuilder concepts = new StringBuilder(INTERNATIONAL);
		for (int i = 0; i < 1000 - 1; i++) {
			concepts.append(',').append(invented).append(i);
		}
		RawHttp client = new RawHttp(this.port);
		RawHttp.Response refused = GlossaryForms.save(client, GlossaryForms.signIn(this.port), INTERNATIONAL,
				"title=Rempli&concepts="
						+ HttpTestClient.encode(concepts.toString().substring(INTERNATIONAL.length() + 1)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body())
			.contains("999 concept(s) inconnu(s) de SIMIMO : " + invented + "0, " + invented + "1")
			.contains("<h1>Requête incorrecte</h1>");

		RawHttp.Response english = GlossaryForms.save(client, GlossaryForms.signIn(this.port), INTERNATIONAL,
				"title=T&concepts=" + HttpTestClient.encode("https://example.org/not-a-concept"), "Cookie",
				"simimo-lang=en");
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.body()).contains("1 concept(s) unknown to SIMIMO: https://example.org/not-a-concept");

		assertThat(this.http.get("/resource?uri=" + HttpTestClient.encode(invented + "0"), "text/html").statusCode())
			.isEqualTo(404);
		assertThat(this.http.get("/concepts/invented/c0", "text/turtle").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/glossary", "text/html").body()).doesNotContain("Rempli");
	}

	@Test
	void answersAnUnknownGlossaryWith404AndAMalformedIdWith400() {
		assertThat(this.http.get("/glossary/abcdefghijkm", "text/html").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/glossary/abcdefghijkm/export?format=ttl", null).statusCode()).isEqualTo(404);
		assertThat(this.http.get("/glossary/ABC", "text/html").statusCode()).isEqualTo(400);
	}

	@Test
	void refusesASaveWithoutTheFormsCsrfToken() {
		HttpResponse<String> response = this.http.post("/glossary", "application/x-www-form-urlencoded",
				"title=T&" + SELECTION, "text/html");
		assertThat(response.statusCode()).isEqualTo(403);

		// The token's cookie alone, or with a token that is not its own, is refused too.
		RawHttp.Response page = new RawHttp(this.port).get("/glossary?" + SELECTION, "Accept", "text/html");
		String cookies = String.join("; ",
				page.header("Set-Cookie").stream().map((value) -> value.split(";", 2)[0]).toList());
		for (String token : new String[] { "", "&_csrf=forged" }) {
			RawHttp.Response forged = new RawHttp(this.port).send("POST", "/glossary", "title=T&" + SELECTION + token,
					"Content-Type", "application/x-www-form-urlencoded", "Cookie", cookies);
			assertThat(forged.status()).as(token).isEqualTo(403);
		}
		assertThat(this.http.get("/glossary", "text/html").body()).doesNotContain(">T<");
	}

	private HttpResponse<String> save(String form) {
		return this.http.signIn(ADMIN, ADMIN_PASSWORD).submitForm("/glossary?" + SELECTION, "/glossary", form);
	}

	private List<String> exportedMembers(String id) {
		Model model = turtle("/glossary/" + id + "/export?format=ttl");
		Resource collection = model.createResource("https://w3id.org/simimo/glossaries/" + id);
		assertThat(model.contains(collection, RDF.type, SKOS.OrderedCollection)).isTrue();
		return collection.getPropertyResourceValue(SKOS.memberList)
			.as(RDFList.class)
			.asJavaList()
			.stream()
			.map((node) -> node.asResource().getURI())
			.toList();
	}

	private Model turtle(String path) {
		HttpResponse<String> response = this.http.get(path, null);
		assertThat(response.statusCode()).isEqualTo(200);
		Model model = ModelFactory.createDefaultModel();
		RDFDataMgr.read(model, new StringReader(response.body()), null, Lang.TURTLE);
		return model;
	}

}
