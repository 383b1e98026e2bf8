package ma.hcp.simimo.linkeddata;

import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningFixtureApplication;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedDataIntegrationTests extends RunningFixtureApplication {

	private static final String DIVERGENCE = "https://w3id.org/simimo/def#Divergence";

	private static final String HOSTILE = "https://w3id.org/simimo/concepts/test/hostile";

	@ParameterizedTest
	@CsvSource({ "text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML",
			"application/n-triples, NTRIPLES" })
	void negotiatesEachRdfFormatAndTheResponseParses(String accept, String langName) {
		HttpResponse<String> response = this.http.get("/resource?uri=" + HttpTestClient.encode(DIVERGENCE), accept);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
		assertThat(HttpTestClient.varies(response, "Accept")).isTrue();
		Model model = RDFParser.fromString(response.body(), RDFLanguages.nameToLang(langName)).toModel();
		assertThat(model.contains(ResourceFactory.createResource(DIVERGENCE), RDF.type, OWL.Class)).isTrue();
	}

	@Test
	void describesAResourceWithTheLabelsOfWhatItLinksTo() {
		HttpResponse<String> response = this.http.get(
				"/resource?uri=" + HttpTestClient.encode("https://w3id.org/simimo/def#nationalConcept"), "text/turtle");
		Model model = RDFParser.fromString(response.body(), Lang.TURTLE).toModel();

		// The property's domain is simimo:Divergence; its label comes along so a client
		// can show it.
		assertThat(model.contains(ResourceFactory.createResource(DIVERGENCE), RDFS.label)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "ttl, text/turtle", "jsonld, application/ld+json", "rdf, application/rdf+xml",
			"nt, application/n-triples" })
	void formatParameterOverridesTheAcceptHeader(String format, String mediaType) {
		HttpResponse<String> response = this.http.get("/def?format=" + format, "text/html");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
	}

	@Test
	void servesIrisUnderTheBaseAtTheirOwnPath() {
		HttpResponse<String> html = this.http.get("/concepts/test/hostile", "text/html");
		HttpResponse<String> turtle = this.http.get("/concepts/test/hostile", "text/turtle");

		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		Model model = RDFParser.fromString(turtle.body(), Lang.TURTLE).toModel();
		assertThat(model.contains(ResourceFactory.createResource(HOSTILE), RDF.type)).isTrue();
	}

	@Test
	void showsMarkupInLabelsAsText() {
		HttpResponse<String> page = this.http.get("/concepts/test/hostile", "text/html");

		assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
		assertThat(page.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Migrant");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
	}

	@Test
	void answersUnknownIrisWithAHelpfulNotFoundPage() {
		HttpResponse<String> underBase = this.http.get("/datasets/no-such-dataset", "text/html");
		HttpResponse<String> elsewhere = this.http
			.get("/resource?uri=" + HttpTestClient.encode("http://example.org/nothing"), "text/turtle");

		assertThat(underBase.statusCode()).isEqualTo(404);
		assertThat(underBase.body()).contains("https://w3id.org/simimo/datasets/no-such-dataset")
			.contains("name=\"uri\"")
			.contains("href=\"/\"")
			.doesNotContain("Exception");
		assertThat(elsewhere.statusCode()).isEqualTo(404);
	}

	@Test
	void rejectsAMalformedIriOrFormatWithAClearMessage() {
		HttpResponse<String> badIri = this.http.get("/resource?uri=" + HttpTestClient.encode("not an iri"),
				"text/html");
		HttpResponse<String> badFormat = this.http.get("/def?format=docx", "text/html");
		HttpResponse<String> missing = this.http.get("/resource", "text/html");

		assertThat(badIri.statusCode()).isEqualTo(400);
		assertThat(badIri.body()).contains("not an iri");
		assertThat(badFormat.statusCode()).isEqualTo(400);
		assertThat(badFormat.body()).contains("docx");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("uri");
	}

	@Test
	void laysArabicPagesOutRightToLeft() {
		HttpResponse<String> arabic = this.http.get("/def?lang=ar", "text/html");
		HttpResponse<String> french = this.http.get("/def", "text/html");

		assertThat(arabic.body()).contains("lang=\"ar\"").contains("dir=\"rtl\"");
		assertThat(french.body()).contains("lang=\"fr\"").contains("dir=\"ltr\"");
	}

	@Test
	void showsAnUnknownPathAsANotFoundPageWithoutAStackTrace() {
		HttpResponse<String> response = this.http.get("/no/such/page", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html").doesNotContain("at org.").doesNotContain("Exception");
	}

}
