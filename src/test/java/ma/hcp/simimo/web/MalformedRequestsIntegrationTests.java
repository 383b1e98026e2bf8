package ma.hcp.simimo.web;

import java.net.http.HttpResponse;
import java.util.List;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CapturedLog;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RawHttp;
import ma.hcp.simimo.RunningFixtureApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holes the hostile-input suite found, one test each: parameters that cannot be
 * decoded, the error path asked for directly, a parameter of the wrong type in the API, a
 * redirect that repeats a long address, and the log lines a hostile SPARQL request made.
 * Each answered a 500 with a stack trace in the log, or logged more than one line at
 * WARN, before.
 */
class MalformedRequestsIntegrationTests extends RunningFixtureApplication {

	private CapturedLog log;

	@BeforeEach
	void captureTheLog() {
		this.log = CapturedLog.start();
	}

	@AfterEach
	void releaseTheLog() {
		this.log.close();
	}

	@Test
	void aParameterThatIsNotUtf8IsA400InTheReadersLanguageAndNoStackTrace() {
		for (String path : List.of("/search?q=%C3%28", "/api/search?q=%ED%A0%80", "/?lang=%FF", "/error?x=%C0%AF")) {
			HttpResponse<String> french = this.http.get(path, "text/html");
			assertThat(french.statusCode()).as(path).isEqualTo(400);
			assertThat(french.body()).as(path).startsWith("Requête refusée : un de ses paramètres");
		}
		HttpResponse<String> english = this.http
			.send(this.http.request("/datasets?page=%C3%28").header("Cookie", "simimo-lang=en").GET());
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).startsWith("Request refused: one of its parameters is not properly encoded");
		HttpResponse<String> form = this.http.post("/glossary/builder", "application/x-www-form-urlencoded",
				"q=%ZZ&concepts=%C3%28", "text/html");
		assertThat(form.statusCode()).isEqualTo(400);
		assertQuiet();
	}

	@Test
	void aFormLargerThanTomcatsLimitIsRefusedWithAMessage() {
		HttpResponse<String> response = this.http.post("/glossary/export", "application/x-www-form-urlencoded",
				"concepts=" + "x".repeat(2 << 20), "text/html");

		assertThat(response.statusCode()).isIn(400, 413);
		assertThat(response.body()).startsWith("Requête refusée");
		assertQuiet();
	}

	@Test
	void theErrorPathAskedForDirectlyIsTheApplicationsNotFoundPage() {
		for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
			RawHttp.Response response = new RawHttp(this.port).send(method, "/error", "", "Accept", "text/html");
			assertThat(response.status()).as(method).isEqualTo(404);
			assertThat(response.body()).as(method).contains("<html lang=\"fr\"").doesNotContain("999");
		}
		assertQuiet();
	}

	@Test
	void aParameterOfTheWrongTypeIsA400ProblemNamingIt() {
		HttpResponse<String> api = this.http.get("/api/datasets?page=abc", "application/json");
		HttpResponse<String> huge = this.http.get("/api/datasets?page=99999999999999999999", "application/json");

		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("« abc »").contains("« page »");
		assertThat(huge.statusCode()).isEqualTo(400);
		assertQuiet();
	}

	@Test
	void aRedirectThatRepeatsALongAddressIsNotAnEmpty500() {
		HttpResponse<String> response = this.http.get("/api-docs/ui?q=" + "x".repeat(20_000), null);

		assertThat(response.statusCode()).isEqualTo(302);
		assertQuiet();
	}

	@Test
	void aSparqlRequestWithUnknownParametersOrABadAcceptLogsNothing() {
		StringBuilder query = new StringBuilder("/sparql?query=" + HttpTestClient.encode("ASK {}"));
		for (int i = 0; i < 40; i++) {
			query.append("&unknown").append(i).append("=x");
		}
		HttpResponse<String> unknown = this.http.get(query.toString(), "application/sparql-results+json");
		HttpResponse<String> badAccept = this.http
			.send(this.http.request("/sparql?query=" + HttpTestClient.encode("ASK {}"))
				.header("Accept", "text/html;q=x, application/sparql-results+json;q=oops")
				.GET());

		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(badAccept.statusCode()).isLessThan(500);
		assertThat(this.log.warnings()).isEmpty();
	}

	private void assertQuiet() {
		assertThat(this.log.warnings()).allSatisfy((event) -> assertThat(event.getThrowableProxy()).isNull());
		assertThat(this.log.stackTraces()).isEmpty();
	}

}
