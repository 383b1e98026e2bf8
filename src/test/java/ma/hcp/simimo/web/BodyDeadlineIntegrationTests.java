package ma.hcp.simimo.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.RunningApplication;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends its body a byte at a time, each byte well within the connection
 * timeout, is cut at the body deadline (1 s here, a drip that would last hours), on every
 * POST route, and the worker thread it held is free again: with 4 worker threads and 8
 * dripping clients, a page still answers. Bodies that come fast still pass, large ones
 * too.
 */
@TestPropertySource(properties = { "simimo.store.content-root=.",
		"simimo.store.content-directories=ontology,src/test/resources/fixtures/linkeddata",
		"simimo.request.body-deadline=1s", "server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=4" })
class BodyDeadlineIntegrationTests extends RunningApplication {

	/** Path, content type, first bytes of the body, and whether it is chunked. */
	private static final List<String[]> POST_ROUTES = List.of(
			new String[] { "/sparql", "application/sparql-query", "SELECT * {} #", "length" },
			new String[] { "/sparql", "application/sparql-query", "SELECT * {} #", "chunked" },
			new String[] { "/sparql", "application/x-www-form-urlencoded", "query=%23", "length" },
			new String[] { "/sparql", "application/x-www-form-urlencoded", "query=%23", "chunked" },
			new String[] { "/glossary/builder", "application/x-www-form-urlencoded", "q=", "length" },
			new String[] { "/glossary/export", "application/x-www-form-urlencoded", "concepts=", "length" },
			new String[] { "/glossary", "application/x-www-form-urlencoded", "title=", "chunked" },
			new String[] { "/glossary", "multipart/form-data; boundary=b", "--b\r\n", "length" });

	@Test
	void aDrippingBodyOnEveryPostRouteIsCutWithA408() {
		for (String[] route : POST_ROUTES) {
			Drip drip = drip(route);
			assertThat(drip.cutByServer()).as("%s %s %s", route[0], route[1], route[3]).isTrue();
			assertThat(drip.status()).as("%s %s %s", route[0], route[1], route[3]).isIn(408, -1);
		}
		Drip form = drip(POST_ROUTES.get(4));
		assertThat(form.status()).isEqualTo(408);
		assertThat(form.answer()).contains("Requête refusée : son corps n'est pas arrivé en 1 secondes.")
			.containsIgnoringCase("Connection: close");
	}

	@Test
	void moreDripsThanWorkerThreadsLeaveThePagesAnswering() {
		List<CompletableFuture<Drip>> drips = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String[] route = POST_ROUTES.get(i % POST_ROUTES.size());
			drips.add(CompletableFuture.supplyAsync(() -> drip(route)));
		}
		// Without the deadline the drips would hold all four threads for two minutes,
		// past this request's own time-out.
		HttpResponse<String> page = this.http.get("/datasets", "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		for (CompletableFuture<Drip> drip : drips) {
			assertThat(drip.join().cutByServer()).isTrue();
		}
	}

	@Test
	void largeBodiesThatComeFastStillPass() {
		String query = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o } #" + "x".repeat(200 * 1024);
		HttpResponse<String> sparql = this.http.post("/sparql", "application/sparql-query", query,
				"application/sparql-results+json");
		HttpResponse<String> builder = this.http.post("/glossary/builder", "application/x-www-form-urlencoded",
				"q=" + "x".repeat(900 * 1024), "text/html");

		assertThat(sparql.statusCode()).isEqualTo(200);
		assertThat(sparql.body()).contains("\"n\"");
		assertThat(builder.statusCode()).isIn(302, 303);
	}

	/**
	 * One byte every 100 ms of a body that names 100,000 (or chunked, never ends): hours,
	 * unless the server cuts it. The client gives up after 120 s, past the 60 s a page
	 * request waits.
	 */
	private Drip drip(String[] route) {
		boolean chunked = route[3].equals("chunked");
		long giveUp = System.nanoTime() + 120_000_000_000L;
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(120_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			String head = "POST " + route[0] + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + route[1] + "\r\n"
					+ (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: 100000\r\n") + "\r\n"
					+ (chunked ? Integer.toHexString(route[2].length()) + "\r\n" + route[2] + "\r\n" : route[2]);
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			boolean cut = false;
			try {
				while (System.nanoTime() < giveUp) {
					if (in.available() > 0) {
						cut = true;
						break;
					}
					out.write((chunked ? "1\r\nx\r\n" : "x").getBytes(StandardCharsets.US_ASCII));
					out.flush();
					Thread.sleep(100);
				}
			}
			catch (IOException ex) {
				// The server closed the connection.
				cut = true;
			}
			String answer;
			try {
				answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				answer = "";
			}
			int status = answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
			return new Drip(cut, status, answer);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Drip(boolean cutByServer, int status, String answer) {
	}

}
