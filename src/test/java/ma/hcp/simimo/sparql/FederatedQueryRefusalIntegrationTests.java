package ma.hcp.simimo.sparql;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningFixtureApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SERVICE is refused wherever it appears in a query, with a 400 before evaluation: a
 * listener on a loopback port, the target of every SERVICE clause, must never see a
 * connection, and a refusal logs at most one line at WARN, with no stack trace.
 */
class FederatedQueryRefusalIntegrationTests extends RunningFixtureApplication {

	private static final String TRIPLE = "{ ?s ?p ?o }";

	private ServerSocketChannel listener;

	private String target;

	private ListAppender<ILoggingEvent> log;

	@BeforeEach
	void listenOnALoopbackPort() throws IOException {
		this.listener = ServerSocketChannel.open();
		this.listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		// Non-blocking: accept() answers at once with a connection already made, or null.
		this.listener.configureBlocking(false);
		this.target = "<http://127.0.0.1:" + this.listener.socket().getLocalPort() + "/sparql>";
		this.log = new ListAppender<>();
		this.log.start();
		root().addAppender(this.log);
	}

	@AfterEach
	void stopListening() throws IOException {
		root().detachAppender(this.log);
		this.listener.close();
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("ma.hcp.simimo.sparql.ServicePositions#ALL")
	void refusesServiceBeforeEvaluation(ServicePositions.Position position) {
		String query = position.query(this.target, TRIPLE);

		HttpResponse<String> response = post(query);

		assertThat(response.statusCode()).as(query).isEqualTo(400);
		assertThat(response.body()).as(query)
			.startsWith("SERVICE ")
			.contains("refused: this endpoint does not run federated queries");
		assertRefusedQuietlyWithoutConnecting();
	}

	@Test
	void refusesServiceSentAsAGetQueryInTheReadersLanguage() {
		String query = "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE " + this.target + " " + TRIPLE + " } }";

		HttpResponse<String> french = this.http.send(this.http.request("/sparql?query=" + HttpTestClient.encode(query))
			.header("Accept-Language", "fr")
			.GET());

		HttpResponse<String> arabic = this.http.send(this.http.request("/sparql?query=" + HttpTestClient.encode(query))
			.header("Accept-Language", "ar-MA, en;q=0.5")
			.GET());

		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body())
			.startsWith("تم رفض SERVICE " + this.target + ": نقطة الوصول هذه لا تنفذ الاستعلامات الموحدة");
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).isEqualTo("SERVICE " + this.target
				+ " refusé : ce point d'accès n'exécute pas de requêtes fédérées, et refuse SERVICE partout dans une requête (sous-requêtes, EXISTS et NOT EXISTS compris).\n");
		assertRefusedQuietlyWithoutConnecting();
	}

	private HttpResponse<String> post(String query) {
		return this.http.send(this.http.request("/sparql")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("query=" + HttpTestClient.encode(query))));
	}

	private void assertRefusedQuietlyWithoutConnecting() {
		try {
			assertThat(this.listener.accept()).as("connection to the SERVICE listener").isNull();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(this.log.list.stream().filter((event) -> event.getLevel().isGreaterOrEqual(Level.WARN)))
			.hasSizeLessThanOrEqualTo(1)
			.allSatisfy((event) -> assertThat(event.getThrowableProxy()).isNull());
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
