package ma.hcp.simimo.linkeddata;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every kind of resource IRI, /resource?uri= and /catalogue, fetched as standard RDF
 * clients, browsers and curl fetch them, over real HTTP on the seed content: each client
 * gets the type it rates highest among those served, with {@code Vary: Accept}; HEAD
 * answers the same headers without a body; a type nobody serves gets a 406 page.
 */
class ContentNegotiationIntegrationTests extends RunningApplication {

	private static final Logger log = LoggerFactory.getLogger(ContentNegotiationIntegrationTests.class);

	private static final String BASE = "https://w3id.org/simimo";

	private static final String DATASET = BASE + "/datasets/miepeec-immigrants-authorised-salaried-employment";

	private static final String MEASUREMENT = BASE + "/measurements/harmonization/hcp/harmonization-score";

	/** Jena RIOT's own default, which RDFParser.source(url) sends. */
	static final String JENA = WebContent.defaultRDFAcceptHeader;

	/**
	 * rdflib's default when a graph is parsed from a URL with no format given
	 * ({@code URLInputSource} in rdflib/parser.py, rdflib 6 and 7; also quoted in
	 * RDFLib/rdflib-jsonld#20). It names RDF/XML first and XHTML (for RDFa) at 0.5.
	 */
	static final String RDFLIB = "application/rdf+xml,text/rdf+n3;q=0.9,application/xhtml+xml;q=0.5, */*;q=0.1";

	/**
	 * Comunica's default, as LDflex sends it through Comunica (quoted in
	 * assemblee-virtuelle/semapps#98): quads first, then JSON-LD, N-Triples and Turtle.
	 */
	static final String COMUNICA = "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,"
			+ "application/n-triples;q=0.8,text/turtle;q=0.5,*/*;q=0.1";

	/** What Firefox and Chromium send for a page. */
	static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	static final String CURL = "*/*";

	/** The DCAT harvester of issue 14. */
	static final String HARVESTER = "text/turtle;q=1.0, application/rdf+xml;q=0.9, */*;q=0.1";

	/** Each client's Accept header and the type it must get on every resource path. */
	static final Map<String, String> CHOICES = choices();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static String glossary;

	@BeforeEach
	void saveAGlossaryOnce() {
		if (glossary != null) {
			return;
		}
		String selection = "concepts=" + HttpTestClient.encode(BASE + "/concepts/un-1998/international-migrant")
				+ "&langs=fr&order=alphabetical&orderLang=fr&layout=side&content=definition";
		HttpResponse<String> saved = new HttpTestClient(this.port).signIn(ADMIN, ADMIN_PASSWORD)
			.submitForm("/glossary?" + selection, "/glossary", "title=Conneg&" + selection);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String location = saved.headers().firstValue("Location").orElseThrow();
		glossary = BASE + "/glossaries/" + location.substring(location.lastIndexOf('/') + 1);
	}

	/** One IRI of each kind, with the path it is served at. */
	private Map<String, String> resources() {
		Map<String, String> resources = new LinkedHashMap<>();
		resources.put(DATASET, path(DATASET));
		resources.put(BASE + "/producers/miepeec", "/producers/miepeec");
		resources.put(BASE + "/concepts/miepeec-labour-migration/authorised-foreign-employee",
				"/concepts/miepeec-labour-migration/authorised-foreign-employee");
		resources.put(BASE + "/schemes/miepeec-labour-migration", "/schemes/miepeec-labour-migration");
		resources.put(BASE + "/classifications/isco-08", "/classifications/isco-08");
		resources.put(BASE + "/indicators/sdg-10-7-1", "/indicators/sdg-10-7-1");
		resources.put(BASE + "/actions/administrative-definitions", "/actions/administrative-definitions");
		resources.put(MEASUREMENT, path(MEASUREMENT));
		resources.put(BASE + "/catalogue", "/catalogue");
		resources.put(BASE + "/def", "/def");
		resources.put(glossary, path(glossary));
		String frequency = "http://publications.europa.eu/resource/authority/frequency/ANNUAL";
		resources.put(frequency, "/resource?uri=" + HttpTestClient.encode(frequency));
		return resources;
	}

	@Test
	void jenasOwnReaderWithItsDefaultAcceptParsesEveryKindOfResource() {
		awaitMeasurements();
		resources().forEach((iri, path) -> {
			Model model = RDFParser.source(this.http.url(path)).toModel();
			assertThat(model.contains(model.createResource(iri), null, (RDFNode) null)).as(path).isTrue();
			Model loaded = RDFDataMgr.loadModel(this.http.url(path));
			assertThat(loaded.size()).as(path).isEqualTo(model.size());
		});
	}

	@Test
	void eachClientGetsTheTypeItPrefersOnEveryResourcePath() {
		awaitMeasurements();
		List<String> chosen = new ArrayList<>();
		resources().forEach((iri, path) -> CHOICES.forEach((accept, expected) -> {
			HttpResponse<String> response = this.http.get(path, accept);
			String type = response.headers().firstValue("Content-Type").orElse("");
			assertThat(response.statusCode()).as(path + " " + accept).isEqualTo(200);
			assertThat(type).as(path + " " + accept).startsWith(expected);
			assertThat(HttpTestClient.varies(response, "Accept")).as(path + " " + accept).isTrue();
			if (!expected.equals("text/html")) {
				Lang lang = RDFLanguages.contentTypeToLang(expected);
				Model model = RDFParser.fromString(response.body(), lang).toModel();
				assertThat(model.contains(model.createResource(iri), null, (RDFNode) null)).as(path + " " + expected)
					.isTrue();
			}
			chosen.add(path + " [" + accept + "] -> " + type);
		}));
		log.info("Negotiated types:\n{}", String.join("\n", chosen));
	}

	@Test
	void headAnswersWithTheHeadersOfGetAndNoBody() throws Exception {
		awaitMeasurements();
		for (String path : resources().values()) {
			for (String accept : List.of(HARVESTER, BROWSER, COMUNICA)) {
				HttpResponse<String> get = this.http.get(path, accept);
				HttpResponse<String> head = this.client.send(HttpRequest.newBuilder(URI.create(this.http.url(path)))
					.header("Accept", accept)
					.method("HEAD", HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());

				assertThat(head.statusCode()).as(path).isEqualTo(200);
				assertThat(head.body()).as(path).isEmpty();
				assertThat(head.headers().firstValue("Content-Type")).as(path)
					.isEqualTo(get.headers().firstValue("Content-Type"));
				assertThat(HttpTestClient.varies(head, "Accept")).as(path).isTrue();
			}
		}
	}

	@Test
	void answersATypeNobodyServesWithTheApplicationsOwn406() {
		for (String path : List.of(path(DATASET), "/concepts/miepeec-labour-migration/authorised-foreign-employee",
				"/catalogue", "/resource?uri=" + HttpTestClient.encode(DATASET))) {
			for (String accept : List.of("image/png", "text/html;q=0", "text/html;q=0, image/*")) {
				HttpResponse<String> response = this.http.get(path, accept);

				assertThat(response.statusCode()).as(path + " " + accept).isEqualTo(406);
				assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
				assertThat(HttpTestClient.varies(response, "Accept")).isTrue();
				assertThat(response.body()).contains("<html")
					.contains("text/turtle")
					.contains("application/ld+json")
					.doesNotContain("Whitelabel");
			}
			HttpResponse<String> json = this.http.get(path, "application/json");
			assertThat(json.statusCode()).isEqualTo(406);
			assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
			assertThat(json.body()).contains("\"status\":406").contains("text/turtle");
		}
	}

	@Test
	void aZeroQualityExcludesATypeThatAWildcardWouldAllow() {
		HttpResponse<String> response = this.http.get(path(DATASET), "text/html;q=0, */*;q=0.5");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
	}

	@Test
	void theFormatParameterWinsOverAcceptOnEveryResourcePath() {
		awaitMeasurements();
		Map<String, String> formats = Map.of("ttl", "text/turtle", "jsonld", "application/ld+json", "rdf",
				"application/rdf+xml", "nt", "application/n-triples", "nq", "application/n-quads", "trig",
				"application/trig", "html", "text/html");
		resources().values().forEach((path) -> formats.forEach((format, type) -> {
			HttpResponse<String> response = this.http.get(path + (path.contains("?") ? "&" : "?") + "format=" + format,
					format.equals("html") ? "text/turtle" : "text/html");
			assertThat(response.statusCode()).as(path + " " + format).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path + " " + format)
				.startsWith(type);
		}));
	}

	@Test
	void aFeaturesOwnPageAnswersBrowsersAndFormatHtml() {
		HttpResponse<String> browser = this.http.get(path(DATASET), BROWSER);
		HttpResponse<String> format = this.http.get(path(DATASET) + "?format=html", CURL);

		// The dataset page, not the generic resource page.
		assertThat(browser.body()).contains("class=\"kicker\"").doesNotContain("class=\"nested\"");
		assertThat(format.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(format.body()).contains("class=\"kicker\"").doesNotContain("class=\"nested\"");
	}

	@Test
	void aDatasetIriServesItsFullDescriptionNotOnlyItsDcatApTerms() {
		Model model = turtle(path(DATASET));
		Resource dataset = model.createResource(DATASET);
		String simimo = "https://w3id.org/simimo/def#";

		assertThat(dataset.hasProperty(model.createProperty(simimo, "collectionMethod"))).isTrue();
		assertThat(dataset.hasProperty(DCTerms.bibliographicCitation)).isTrue();
		assertThat(dataset.hasProperty(SKOS.editorialNote)).isTrue();
		assertThat(dataset.hasProperty(DCTerms.source)).isTrue();
		assertThat(dataset.hasProperty(model.createProperty(simimo, "measures"))).isTrue();
		Resource measured = dataset.getPropertyResourceValue(model.createProperty(simimo, "measures"));
		assertThat(measured.hasProperty(SKOS.prefLabel)).isTrue();
		// The quality note is a blank node: its own triples come along.
		Resource note = dataset
			.getPropertyResourceValue(model.createProperty("http://www.w3.org/ns/dqv#", "hasQualityAnnotation"));
		assertThat(note.isAnon()).isTrue();
		assertThat(note.hasProperty(DCTerms.bibliographicCitation)).isTrue();
		// And the DCAT-AP terms a harvester looks for.
		assertThat(dataset.hasProperty(RDF.type, DCAT.Dataset)).isTrue();
		assertThat(dataset.hasProperty(model.createProperty("http://xmlns.com/foaf/0.1/", "page"))).isTrue();
		// The catalogue stays the DCAT-AP view: SIMIMO's source links are mapped there.
		Model catalogue = turtle("/catalogue");
		assertThat(catalogue.contains(catalogue.createResource(DATASET), DCTerms.source)).isFalse();
	}

	private Model turtle(String path) {
		HttpResponse<String> response = this.http.get(path, "text/turtle");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		Model model = ModelFactory.createDefaultModel();
		RDFDataMgr.read(model, new StringReader(response.body()), null, Lang.TURTLE);
		return model;
	}

	/** The harmonization measurements are recorded after start-up, by the gap warmer. */
	private void awaitMeasurements() {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.http.get(path(MEASUREMENT), "text/turtle").statusCode() == 200);
	}

	private static String path(String iri) {
		Matcher under = Pattern.compile(Pattern.quote(BASE) + "(/.*)").matcher(iri);
		return under.matches() ? under.group(1) : "/resource?uri=" + HttpTestClient.encode(iri);
	}

	private static Map<String, String> choices() {
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put(JENA, "text/turtle");
		choices.put(RDFLIB, "application/rdf+xml");
		choices.put(COMUNICA, "application/n-quads");
		choices.put(BROWSER, "text/html");
		choices.put(CURL, "text/turtle");
		choices.put(HARVESTER, "text/turtle");
		return choices;
	}

}
