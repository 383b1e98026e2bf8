package ma.hcp.simimo.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous reads start no server session: before, each view of the glossary builder or
 * the query page made one (5,000 views, 5,000 sessions), because the forms' CSRF token
 * was kept in the session.
 */
class AnonymousSessionsIntegrationTests extends RunningApplication {

	private static final int VIEWS = 25;

	private static final List<String> PAGES = List.of("/", "/glossary",
			"/glossary?concepts=" + HttpTestClient.encode("https://w3id.org/simimo/concepts/un-1998/long-term-migrant"),
			"/sparql", "/search?q=migrant", "/concepts/hcp-rgph/legal-population", "/datasets/enmi-2018-2019",
			"/gaps/divergences", "/resource?uri=" + HttpTestClient.encode("https://example.org/nothing"));

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void anonymousViewsOfEveryPageSetNoSessionCookieAndStartNoSession() {
		int before = activeSessions();
		for (String page : PAGES) {
			for (int i = 0; i < VIEWS; i++) {
				HttpResponse<String> response = this.http.get(page, "text/html");
				assertThat(response.statusCode()).as(page).isIn(200, 404);
				assertThat(response.headers().allValues("Set-Cookie")).as(page)
					.noneMatch((cookie) -> cookie.startsWith("JSESSIONID="));
			}
		}
		assertThat(activeSessions()).isEqualTo(before);
	}

	@Test
	void aRefusedWriteStartsNoSessionEither() {
		int before = activeSessions();
		for (int i = 0; i < VIEWS; i++) {
			HttpResponse<String> response = this.http.send("PUT", "/datasets/enmi-2018-2019", "text/turtle", "");
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.headers().allValues("Set-Cookie"))
				.noneMatch((cookie) -> cookie.startsWith("JSESSIONID="));
		}
		assertThat(activeSessions()).isEqualTo(before);
	}

	private int activeSessions() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		Context application = (Context) server.getTomcat().getHost().findChildren()[0];
		Manager manager = application.getManager();
		return manager.getActiveSessions();
	}

}
