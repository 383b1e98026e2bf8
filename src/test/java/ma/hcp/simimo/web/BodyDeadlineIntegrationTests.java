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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.RawHttp;
import ma.hcp.simimo.RunningApplication;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends its body a byte at a time, each byte well within the connection
 * timeout, is cut at the body deadline (1 s here, a drip that would last hours), on every
 * POST route, and the worker thread it held is free again: with 4 worker threads and 8
 * dripping clients, a page still answers. One client address may have two bodies on their
 * way at once here. Bodies that come fast still pass, large ones too.
 */
@TestPropertySource(properties = { "simimo.store.content-root=.",
		"simimo.store.content-directories=ontology,src/test/resources/fixtures/linkeddata",
		"simimo.request.body-deadline=1s", "simimo.request.max-bodies-per-client=2", "server.tomcat.threads.max=4",
		"server.tomcat.threads.min-spare=4" })
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
			Drip drip = drip(route, "127.0.0.1");
			assertThat(drip.cutByServer()).as("%s %s %s", route[0], route[1], route[3]).isTrue();
			assertThat(drip.status()).as("%s %s %s", route[0], route[1], route[3]).isIn(408, -1);
		}
		Drip form = drip(POST_ROUTES.get(4), "127.0.0.1");
		assertThat(form.status()).isEqualTo(408);
		assertThat(form.answer()).contains("Requête refusée : son corps n'est pas arrivé en 1 secondes.")
			.containsIgnoringCase("Connection: close");
	}

	@Test
	void moreDripsThanWorkerThreadsLeaveThePagesAnswering() {
		ExecutorService clients = Executors.newFixedThreadPool(8);
		List<CompletableFuture<Drip>> drips = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String[] route = POST_ROUTES.get(i % POST_ROUTES.size());
			String address = "127.0.0." + (10 + i);
			drips.add(CompletableFuture.supplyAsync(() -> drip(route, address), clients));
		}
		// Without the deadline the drips would hold all four threads for two minutes,
		// past this request's own time-out.
		HttpResponse<String> page = this.http.get("/datasets", "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		for (CompletableFuture<Drip> drip : drips) {
			assertThat(drip.join().cutByServer()).isTrue();
			assertThat(drip.join().status()).isIn(408, -1);
		}
		clients.shutdown();
	}

	@Test
	void aClientWithMoreBodiesOnTheirWayThanAllowedIsRefusedAt429() {
		ExecutorService client = Executors.newFixedThreadPool(4);
		List<CompletableFuture<Drip>> drips = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			drips.add(CompletableFuture.supplyAsync(() -> drip(POST_ROUTES.get(4), "127.0.0.77"), client));
		}
		List<Drip> answers = drips.stream().map(CompletableFuture::join).toList();
		client.shutdown();

		List<Drip> refused = answers.stream().filter((drip) -> drip.status() == 429).toList();
		assertThat(refused).isNotEmpty().hasSizeLessThanOrEqualTo(2);
		assertThat(refused.get(0).answer()).contains("trop de requêtes de votre adresse envoient encore leur corps")
			.containsIgnoringCase("Connection: close");
		assertThat(answers).allMatch(Drip::cutByServer);
		// A fast body from the same address passes once the drips are cut.
		RawHttp.Response fast = new RawHttp(this.port, "127.0.0.77").send("POST", "/glossary/builder", "q=x",
				"Content-Type", "application/x-www-form-urlencoded");
		assertThat(fast.status()).isIn(302, 303);
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
	private Drip drip(String[] route, String localAddress) {
		boolean chunked = route[3].equals("chunked");
		long giveUp = System.nanoTime() + 120_000_000_000L;
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port,
				InetAddress.getByName(localAddress), 0)) {
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
