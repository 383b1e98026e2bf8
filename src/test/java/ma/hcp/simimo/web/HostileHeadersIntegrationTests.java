package ma.hcp.simimo.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.RawHttp;
import ma.hcp.simimo.RunningApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client sends in its headers cannot break pages or steer links: a malformed
 * language cookie is ignored, a forged {@code Host} never reaches a link, and every
 * answer says how much of its address to pass on to other sites.
 */
class HostileHeadersIntegrationTests extends RunningApplication {

	private static final List<String> BAD_LANGUAGE_COOKIES = List.of("%%%", "xx-<script>", "x".repeat(5000), "de",
			"fr_FR_x_y_z", "\"\"", "-");

	@Autowired
	Environment environment;

	@Test
	void aMalformedLanguageCookieIsIgnoredAndThePageIsInFrench() {
		RawHttp raw = new RawHttp(this.port);
		for (String value : BAD_LANGUAGE_COOKIES) {
			for (String page : List.of("/", "/glossary", "/datasets/enmi-2018-2019", "/nothing")) {
				RawHttp.Response response = raw.get(page, "Accept", "text/html", "Cookie", "simimo-lang=" + value);
				assertThat(response.status()).as(page + " with simimo-lang=" + value).isIn(200, 404);
				assertThat(response.body()).as(page + " with simimo-lang=" + value)
					.contains("<html lang=\"fr\"")
					.doesNotContain("<script>");
			}
		}
		RawHttp.Response english = raw.get("/", "Accept", "text/html", "Cookie", "simimo-lang=en");
		assertThat(english.body()).contains("<html lang=\"en\"");
	}

	@Test
	void aForgedHostHeaderReachesNoLinkNorTheOpenApiServer() {
		RawHttp raw = new RawHttp(this.port);
		for (String page : List.of("/", "/glossary", "/datasets/enmi-2018-2019", "/search?q=migrant", "/nothing")) {
			RawHttp.Response response = raw.get(page, "Host", "evil.example", "Accept", "text/html");
			assertThat(response.status()).as(page).isIn(200, 404);
			assertThat(response.body()).as(page).doesNotContain("evil.example").contains("lang=en\"");
			assertThat(String.join(" ", response.header("Location"))).doesNotContain("evil.example");
		}
		RawHttp.Response redirect = raw.get("/glossary?langs=fr&langs=ar", "Host", "evil.example");
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.header("Location")).singleElement().asString().startsWith("/glossary?");
		RawHttp.Response docs = raw.get("/api-docs", "Host", "evil.example", "X-Forwarded-Host", "evil.example",
				"Accept", "application/json");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("\"servers\"").doesNotContain("evil.example");
	}

	@Test
	void theSparqlServiceDescriptionNamesTheConfiguredAddressNotAForgedHost() {
		RawHttp.Response description = new RawHttp(this.port).get("/sparql", "Host", "evil.example", "Accept",
				"text/turtle");

		assertThat(description.status()).isEqualTo(200);
		assertThat(description.body()).doesNotContain("evil.example").contains("<" + PUBLIC_URL + "/sparql>");
	}

	@Test
	void everyAnswerCarriesAReferrerPolicyAndTheCookiesAreSameSite() {
		for (String page : List.of("/", "/glossary", "/sparql", "/api/search?q=migrant", "/nothing")) {
			HttpResponse<String> response = this.http.get(page, null);
			assertThat(response.headers().firstValue("Referrer-Policy")).as(page)
				.contains("strict-origin-when-cross-origin");
		}
		HttpResponse<String> builder = this.http.get(
				"/glossary?concepts=https%3A%2F%2Fw3id.org%2Fsimimo%2Fconcepts%2Fun-1998%2Flong-term-migrant",
				"text/html");
		assertThat(builder.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
		assertThat(this.environment.getProperty("server.servlet.session.cookie.same-site"))
			.isEqualToIgnoringCase("lax");
	}

}
