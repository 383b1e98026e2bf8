package ma.hcp.simimo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar, as an operator runs it: {@code java -jar} from an empty directory,
 * with nothing of the checkout around it. Run by failsafe after {@code package}
 * ({@code mvn verify}); surefire skips it, since the jar does not exist yet when unit
 * tests run.
 */
class PackagedJarTests {

	@TempDir
	Path empty;

	@Test
	void startsFromAnEmptyDirectoryServesItsPagesAndRefusesASecondInstanceOnTheSameStore() throws Exception {
		Path jar = packagedJar();
		int port = freePort();
		Process first = start(jar, this.empty, "--server.port=" + port);
		try {
			HttpTestClient http = new HttpTestClient(port);
			await().atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptions()
				.until(() -> first.isAlive() && http.get("/actuator/health", null).body().contains("\"UP\""));

			assertThat(http.get("/", "text/html").statusCode()).isEqualTo(200);
			HttpResponse<String> ask = http.get("/sparql?query=" + HttpTestClient
				.encode("ASK { GRAPH <https://w3id.org/simimo/graphs/vocabularies/catalogue-datasets> { ?s ?p ?o } }"),
					"application/sparql-results+json");
			assertThat(ask.body()).contains("true");
			assertThat(http.get("/api/search?q=migration", null).statusCode()).isEqualTo(200);
			HttpResponse<String> pdf = http.get("/glossary/export?concepts="
					+ HttpTestClient.encode("https://w3id.org/simimo/concepts/action-statuses/done")
					+ "&langs=fr,ar,en&format=pdf", null);
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.body()).startsWith("%PDF-");
			assertThat(this.empty.resolve("data/tdb2")).isDirectory();

			Path secondOutput = this.empty.resolve("second.log");
			Process second = new ProcessBuilder(java(), "-jar", jar.toString(), "--server.port=" + freePort())
				.directory(this.empty.toFile())
				.redirectErrorStream(true)
				.redirectOutput(secondOutput.toFile())
				.start();
			assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
			String refused = Files.readString(secondOutput, StandardCharsets.UTF_8);
			assertThat(second.exitValue()).isEqualTo(1);
			assertThat(refused).contains("APPLICATION FAILED TO START")
				.contains("is in use by another process (PID " + first.pid() + ")")
				.doesNotContain("\tat ");
		}
		finally {
			first.destroy();
			first.waitFor(1, TimeUnit.MINUTES);
		}
	}

	private static Process start(Path jar, Path directory, String... arguments) throws IOException {
		List<String> command = new java.util.ArrayList<>(List.of(java(), "-jar", jar.toString()));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("first.log").toFile())
			.start();
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("simimo-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No target/simimo-*.jar: run mvn package first"))
				.toAbsolutePath();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
