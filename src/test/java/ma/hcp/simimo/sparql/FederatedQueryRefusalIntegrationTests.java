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
import org.junit.jupiter.params.provider.CsvSource;
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
	@CsvSource(delimiter = '|',
			textBlock = """
					top level                       | SELECT * WHERE { SERVICE $L $T }
					SERVICE SILENT                  | SELECT * WHERE { SERVICE SILENT $L $T }
					sub-query                       | SELECT * WHERE { { SELECT ?s WHERE { SERVICE $L $T } } }
					FILTER EXISTS                   | SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE $L $T } }
					FILTER NOT EXISTS               | SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE $L $T } }
					EXISTS inside a FILTER's &&     | SELECT * WHERE { ?s ?p ?o FILTER(BOUND(?s) && NOT EXISTS { SERVICE $L $T }) }
					OPTIONAL                        | SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE $L $T } }
					UNION                           | SELECT * WHERE { { ?s ?p ?o } UNION { SERVICE $L $T } }
					MINUS                           | SELECT * WHERE { ?s ?p ?o MINUS { SERVICE $L $T } }
					GRAPH                           | SELECT * WHERE { GRAPH ?g { SERVICE $L $T } }
					nested SERVICE                  | SELECT * WHERE { OPTIONAL { { ?s ?p ?o } UNION { GRAPH ?g { MINUS { SERVICE $L $T } } } } }
					NOT EXISTS in a sub-query in OPTIONAL | SELECT * WHERE { ?s ?p ?o OPTIONAL { { SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE $L $T } } } } }
					EXISTS inside EXISTS            | ASK { ?s ?p ?o FILTER EXISTS { ?s ?p ?o FILTER EXISTS { SERVICE $L $T } } }
					BIND                            | SELECT * WHERE { ?s ?p ?o BIND(EXISTS { SERVICE $L $T } AS ?x) }
					SELECT expression               | SELECT (EXISTS { SERVICE $L $T } AS ?x) WHERE { ?s ?p ?o }
					aggregate                       | SELECT (COUNT(IF(EXISTS { SERVICE $L $T }, 1, 0)) AS ?n) WHERE { ?s ?p ?o }
					GROUP BY                        | SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY (EXISTS { SERVICE $L $T })
					HAVING                          | SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE $L $T })
					ORDER BY                        | SELECT * WHERE { ?s ?p ?o } ORDER BY (EXISTS { SERVICE $L $T })
					LATERAL                         | SELECT * WHERE { ?s ?p ?o LATERAL { SERVICE $L $T } }
					service variable                | SELECT * WHERE { VALUES ?e { $L } SERVICE ?e $T }
					ASK                             | ASK { SERVICE $L $T }
					CONSTRUCT                       | CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER EXISTS { SERVICE $L $T } }
					DESCRIBE                        | DESCRIBE ?s WHERE { SERVICE $L $T }
					""")
	void refusesServiceBeforeEvaluation(String position, String template) {
		String query = template.replace("$L", this.target).replace("$T", TRIPLE);

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
