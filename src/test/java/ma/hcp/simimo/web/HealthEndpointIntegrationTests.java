package ma.hcp.simimo.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.RunningFixtureApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The health endpoint shows details (disk path, store, triples) to the server's own
 * machine only, and UP or DOWN to everyone else. Every real connection a test can make
 * comes from loopback, so a remote reader is played through the same application's filter
 * chain and endpoint with a non-loopback peer address (MockMvc: only the socket is
 * missing).
 */
class HealthEndpointIntegrationTests extends RunningFixtureApplication {

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter security;

	@Test
	void showsDetailsToARequestFromTheServersOwnMachine() {
		HttpResponse<String> health = this.http.get("/actuator/health", null);

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"")
			.contains("\"store\"")
			.contains("\"triples\"")
			.contains("\"diskSpace\"")
			.contains("\"path\"");
		assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void showsOnlyTheStatusToARemoteReader() throws Exception {
		assertStatusOnly(remote("192.0.2.10"));
		assertStatusOnly(remote("2001:db8::10"));
	}

	@Test
	void aForwardingHeaderDoesNotMakeARemoteReaderLocal() throws Exception {
		String body = mockMvc().perform(get("/actuator/health").header("X-Forwarded-For", "127.0.0.1")
			.header("Forwarded", "for=127.0.0.1")
			.header("X-Real-IP", "127.0.0.1")
			.with((request) -> {
				request.setRemoteAddr("192.0.2.10");
				return request;
			})).andReturn().getResponse().getContentAsString();

		assertStatusOnly(body);
	}

	@Test
	void aForwardingHeaderDoesNotHideDetailsFromTheLocalMachineEither() throws Exception {
		// Over a real connection: the TCP peer decides, whatever the header says.
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/actuator/health")))
				.header("X-Forwarded-For", "203.0.113.7")
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(health.body()).contains("\"triples\"");
	}

	@Test
	void refusesWritesToTheActuator() {
		assertThat(this.http.send("POST", "/actuator/health", "application/json", "{}").statusCode()).isEqualTo(403);
	}

	/** The status, and the names of the probe groups; no component, path or count. */
	private static void assertStatusOnly(String body) {
		assertThat(body).contains("\"status\":\"UP\"")
			.doesNotContain("components")
			.doesNotContain("details")
			.doesNotContain("path")
			.doesNotContain("triples");
	}

	private MockMvc mockMvc() {
		return MockMvcBuilders.webAppContextSetup(this.context).addFilters(this.security).build();
	}

	private String remote(String address) throws Exception {
		return mockMvc().perform(get("/actuator/health").with((request) -> {
			request.setRemoteAddr(address);
			return request;
		})).andReturn().getResponse().getContentAsString();
	}

}
