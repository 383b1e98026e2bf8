package ma.hcp.simimo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.openqa.selenium.chrome.ChromeDriver;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.sparql.ServicePositions;
import ma.hcp.simimo.web.HostileRoutes;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hostile-input suite that runs by a command (issue 16; docs/benchmarks.md): markup
 * in labels, definitions, a saved glossary's title and every parameter, loaded in
 * headless Chromium on every page type, counting the payloads that ran and the elements
 * they injected; oversized, chunked and slow bodies on every POST route, with the CPU
 * each cost; SERVICE in every position, with a listener that must see no connection; and
 * runaway queries sent concurrently while a small query's latency is measured against its
 * idle median. It starts the application on the seed content plus
 * {@code fixtures/hostile} in a fresh store, and prints a table per part and the totals.
 */
public final class HostileSuite {

	private static final String NS = "https://w3id.org/simimo/";

	private static final String SMALL_QUERY = "SELECT ?s WHERE { ?s a <http://www.w3.org/2004/02/skos/core#ConceptScheme> } LIMIT 5";

	/** Run before each page's own scripts: records what a payload runs. */
	private static final String PROBE = """
			window.__xssRan = [];
			window.__csp = [];
			window.__xss = function (id) { window.__xssRan.push(String(id)); };
			window.alert = window.confirm = window.prompt = function (m) { window.__xssRan.push('alert:' + m); };
			document.addEventListener('securitypolicyviolation', function (e) {
			  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
			});
			""";

	/** What a page holds that markup let through would have put there. */
	private static final String INSPECT = """
			var injected = document.querySelectorAll('[data-xss], [onerror*="__xss"], [onload*="__xss"], '
			  + '[onfocus*="__xss"], [onmouseover*="__xss"], [ontoggle*="__xss"], [onclick*="__xss"], iframe[srcdoc]');
			var links = document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i], form[action^="javascript:" i]');
			var ran = (window.__xssRan || []);
			document.querySelectorAll('iframe').forEach(function (f) {
			  try { ran = ran.concat(f.contentWindow.__xssRan || []); } catch (e) { }
			});
			return [ran.join(' '), String(injected.length + links.length), (window.__csp || []).join(' | '),
			  document.documentElement.outerHTML.length > 0 ? 'ok' : 'empty'];
			""";

	private static final List<String> PARAMETER_PAYLOADS = List.of(
			"<script data-xss=\"p-script\">__xss('p-script')</script>",
			"\"><img src=x data-xss=\"p-img\" onerror=\"__xss('p-img')\">",
			"'><svg data-xss=\"p-svg\" onload=\"__xss('p-svg')\">", "javascript:__xss('p-js')",
			"</textarea></title></script><script data-xss=\"p-close\">__xss('p-close')</script>",
			"\" autofocus onfocus=\"__xss('p-focus')\" x=\"", "\u202E<b data-xss=\"p-rtl\">txt</b>",
			"{{constructor.constructor('__xss(\"p-tpl\")')()}}");

	private static final AtomicInteger WARNINGS = new AtomicInteger();

	private static final List<String> WARNING_LINES = java.util.Collections.synchronizedList(new ArrayList<>());

	private HostileSuite() {
	}

	/**
	 * Arguments, all optional: the parts to run (xss,bodies,service,runaway), seconds of
	 * runaway load (30), runaway clients (4).
	 */
	public static void main(String[] args) throws Exception {
		Set<String> parts = Set.of(((args.length > 0) ? args[0] : "xss,bodies,service,runaway").split(","));
		int runawaySeconds = (args.length > 1) ? Integer.parseInt(args[1]) : 30;
		int runawayClients = (args.length > 2) ? Integer.parseInt(args[2]) : 4;
		Path store = Files.createTempDirectory("simimo-hostile-suite-");
		System.out.printf(Locale.ROOT, "Hostile-input suite: %s; store in %s; load average %.2f%n", parts, store,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		long start = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class).run(
				"--server.port=0", "--simimo.store.directory=" + store, "--simimo.store.content-root=.",
				"--simimo.store.content-directories=ontology,vocabularies,src/test/resources/fixtures/hostile",
				"--logging.level.root=WARN")) {
			countWarnings();
			System.out.printf(Locale.ROOT, "Started in %.1f s%n", (System.nanoTime() - start) / 1e9);
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Totals totals = new Totals();
			if (parts.contains("xss")) {
				xss(base, totals);
			}
			if (parts.contains("bodies")) {
				bodies(port, totals);
				dripFlood(base, port, totals);
			}
			if (parts.contains("service")) {
				service(base, totals);
			}
			if (parts.contains("runaway")) {
				runaway(base, runawaySeconds, runawayClients, totals);
			}
			System.out.println();
			System.out.printf(Locale.ROOT,
					"TOTALS: %d page loads, %d payloads executed, %d elements injected; %d bodies over the limit accepted;"
							+ " %d SERVICE connections; %d answers 500 or more (besides 503 time limits); %d log lines at WARN or above%n",
					totals.pageLoads, totals.executed, totals.injected, totals.bodiesAccepted,
					totals.serviceConnections, totals.serverErrors, WARNINGS.get());
			boolean holds = totals.executed == 0 && totals.injected == 0 && totals.bodiesAccepted == 0
					&& totals.serviceConnections == 0 && totals.serverErrors == 0;
			WARNING_LINES.forEach((line) -> System.out.println("  " + line));
			// "0 changed" is web/HostileInputIntegrationTests', which reads the store in
			// CI.
			System.out
				.println(holds ? "HOSTILE SUITE: 0 executed, 0 bodies over the limit accepted, 0 SERVICE calls, 0 500s"
						: "HOSTILE SUITE: BROKEN");
		}
	}

	private static final class Totals {

		int pageLoads;

		int executed;

		int injected;

		int bodiesAccepted;

		int serviceConnections;

		int serverErrors;

	}

	// ---- XSS in a real browser ----

	private static void xss(String base, Totals totals) throws Exception {
		HttpClient http = client();
		String saved = saveHostileGlossary(http, base);
		List<String> pages = new ArrayList<>();
		String script = encode(NS + "concepts/xss/script");
		String rtl = encode(NS + "concepts/xss/rtl");
		for (String lang : List.of("fr", "en", "ar")) {
			pages.add("/concepts/xss/script?lang=" + lang);
			pages.add("/concepts/xss/rtl?lang=" + lang);
			pages.add("/schemes/xss?lang=" + lang);
			pages.add("/schemes?lang=" + lang);
			pages.add("/search?q=hostile&lang=" + lang);
			pages.add("/search?q=" + encode("مهاجر") + "&lang=" + lang);
			pages.add("/glossary?concepts=" + script + "," + rtl + "&lang=" + lang);
			pages.add("/glossary/export?format=html&concepts=" + script + "," + rtl + "&lang=" + lang);
			pages.add("/resource?uri=" + script + "&lang=" + lang);
			pages.add("/concepts/xss/script?format=html&lang=" + lang);
			if (saved != null) {
				pages.add("/glossary/" + saved + "?lang=" + lang);
				pages.add("/glossary/" + saved + "/export?format=html&lang=" + lang);
				pages.add("/glossary?lang=" + lang);
			}
		}
		pages.add("/sparql?query=" + encode("SELECT * WHERE { <" + NS + "concepts/xss/script> ?p ?o }"));
		int labelPages = pages.size();
		for (Map.Entry<String, List<String>> route : HostileRoutes.EXAMPLES.entrySet()) {
			String path = route.getValue().get(0);
			if (path.startsWith("/api") || path.startsWith("/actuator") || path.startsWith("/webjars")
					|| path.matches("/(css|js)/.*") || path.endsWith(".yaml")) {
				continue;
			}
			for (String payload : PARAMETER_PAYLOADS) {
				StringBuilder target = new StringBuilder(path);
				char join = path.contains("?") ? '&' : '?';
				for (String parameter : HostileRoutes.KNOWN_PARAMETERS) {
					target.append(join).append(parameter).append('=').append(encode(payload));
					join = '&';
				}
				pages.add(target.toString());
				if (route.getKey().contains("{")) {
					pages.add(route.getKey()
						.replaceAll("\\{family:[^}]+\\}", "concepts")
						.replaceAll("\\{[^}]+\\}", encode(payload).replace("+", "%20"))
						.replace("/**", "/" + encode(payload).replace("+", "%20")));
				}
			}
		}
		ChromeDriver browser = BrowserSupport.startChromium();
		try {
			browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
			Map<String, int[]> byKind = new TreeMap<>();
			List<String> findings = new ArrayList<>();
			Map<String, Integer> cspSamples = new LinkedHashMap<>();
			for (int i = 0; i < pages.size(); i++) {
				String page = pages.get(i);
				browser.get(base + page);
				Thread.sleep(150);
				List<?> result = (List<?>) browser.executeScript(INSPECT);
				String ran = String.valueOf(result.get(0));
				int injected = Integer.parseInt(String.valueOf(result.get(1)));
				String csp = String.valueOf(result.get(2));
				int executed = ran.isBlank() ? 0 : ran.split(" ").length;
				String kind = ((i < labelPages) ? "labels: " : "parameters: ") + page.replaceAll("[?].*", "");
				int[] counts = byKind.computeIfAbsent(kind, (k) -> new int[3]);
				counts[0]++;
				counts[1] += executed;
				counts[2] += injected;
				totals.pageLoads++;
				totals.executed += executed;
				totals.injected += injected;
				if (executed > 0 || injected > 0) {
					findings.add(page + ": ran [" + ran + "], " + injected + " injected");
				}
				if (!csp.isBlank()) {
					cspSamples.merge(csp.length() > 120 ? csp.substring(0, 120) : csp, 1, Integer::sum);
				}
			}
			System.out.println();
			System.out.println("XSS in headless Chromium (payloads call __xss; injected = elements they would add)");
			System.out.printf(Locale.ROOT, "%-58s %6s %9s %9s%n", "pages", "loads", "executed", "injected");
			byKind.forEach((kind, counts) -> System.out.printf(Locale.ROOT, "%-58s %6d %9d %9d%n",
					kind.length() > 58 ? kind.substring(0, 58) : kind, counts[0], counts[1], counts[2]));
			System.out.printf(Locale.ROOT,
					"XSS: 19 payloads in labels, definitions and notes (fixtures/hostile), 2 in a saved glossary, %d in every parameter; %d page loads, %d executed, %d injected%n",
					PARAMETER_PAYLOADS.size(), pages.size(), totals.executed, totals.injected);
			findings.forEach((finding) -> System.out.println("  FOUND " + finding));
			cspSamples.forEach((csp, n) -> System.out.println("  CSP violation (" + n + " pages): " + csp));
		}
		finally {
			browser.quit();
		}
	}

	/** Saves a glossary whose title and description are markup: a stored payload. */
	private static String saveHostileGlossary(HttpClient http, String base) throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/glossary")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		if (!token.find()) {
			System.out.println("No CSRF token on /glossary: no saved glossary to attack");
			return null;
		}
		String cookie = String.join("; ",
				page.headers().allValues("Set-Cookie").stream().map((value) -> value.split(";", 2)[0]).toList());
		String form = "title=" + encode("<script data-xss=\"title\">__xss('title')</script>Glossaire") + "&description="
				+ encode("\"><img src=x data-xss=\"description\" onerror=\"__xss('description')\">") + "&concepts="
				+ encode(NS + "concepts/xss/script") + "&_csrf=" + encode(token.group(1));
		HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(base + "/glossary"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = saved.headers().firstValue("Location").orElse("");
		if (saved.statusCode() != 303 || !location.contains("/glossary/")) {
			System.out.println("The hostile glossary was not saved: " + saved.statusCode());
			return null;
		}
		return location.replaceFirst(".*/glossary/", "");
	}

	// ---- Oversized, chunked and slow bodies ----

	private static void bodies(int port, Totals totals) {
		List<String[]> routes = List.of(new String[] { "/sparql", "application/sparql-query", "#" },
				new String[] { "/sparql", "application/x-www-form-urlencoded", "query=%23" },
				new String[] { "/glossary/builder", "application/x-www-form-urlencoded", "q=" },
				new String[] { "/glossary/export", "application/x-www-form-urlencoded", "concepts=" },
				new String[] { "/glossary", "application/x-www-form-urlencoded", "title=" },
				new String[] { "/datasets", "application/json", "[" });
		System.out.println();
		System.out.println("Oversized and chunked bodies (x = filler; the server may answer before the body ends)");
		System.out.printf(Locale.ROOT, "%-18s %-34s %7s %-8s %7s %12s %9s %8s%n", "route", "content type", "size",
				"framing", "status", "sent (MB)", "time (s)", "CPU (s)");
		for (String[] route : routes) {
			for (int megabytes : List.of(1, 10, 100)) {
				for (boolean chunked : List.of(false, true)) {
					BodyResult result = sendBody(port, route[0], route[1], route[2], megabytes * (1L << 20), chunked,
							0);
					print(route, megabytes + " MB", chunked ? "chunked" : "length", result);
					account(result, totals);
				}
			}
			BodyResult drip = sendBody(port, route[0], route[1], route[2], 1L << 20, true, 100);
			print(route, "drip", "chunked", drip);
			account(drip, totals);
		}
	}

	/**
	 * More dripping clients than Tomcat has worker threads (200), each from its own
	 * loopback address, spread over the POST routes, and a page asked for meanwhile: the
	 * body deadline (15 s by default) bounds how long the drips hold the threads, so the
	 * page answers once it has passed.
	 */
	private static void dripFlood(String base, int port, Totals totals) throws Exception {
		List<String[]> routes = List.of(new String[] { "/sparql", "application/sparql-query", "#" },
				new String[] { "/sparql", "application/x-www-form-urlencoded", "query=%23" },
				new String[] { "/glossary/builder", "application/x-www-form-urlencoded", "q=" },
				new String[] { "/glossary", "application/x-www-form-urlencoded", "title=" });
		int clients = 250;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<BodyResult>> drips = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			String[] route = routes.get(i % routes.size());
			// Each from its own address, so the limit of bodies per client does not cut
			// them
			// first.
			String address = "127.0.1." + (1 + i);
			drips.add(pool.submit(() -> sendBody(port, address, route[0], route[1], route[2], 1L << 20, true, 100)));
		}
		Thread.sleep(3_000);
		long start = System.nanoTime();
		int status = client()
			.send(HttpRequest.newBuilder(URI.create(base + "/datasets")).timeout(Duration.ofSeconds(120)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
		double page = (System.nanoTime() - start) / 1e9;
		Map<Integer, Integer> statuses = new TreeMap<>();
		double longest = 0;
		int cut = 0;
		for (Future<BodyResult> drip : drips) {
			BodyResult result = drip.get();
			statuses.merge(result.status(), 1, Integer::sum);
			longest = Math.max(longest, result.seconds());
			cut += (result.seconds() < 55) ? 1 : 0;
			account(result, totals);
		}
		pool.shutdown();
		System.out.println();
		System.out.printf(Locale.ROOT,
				"Drip flood: %d clients (1 KB every 100 ms, chunked, the client gives up at 60 s): %d cut by the"
						+ " server, statuses %s (-1: closed), the longest %.1f s; GET /datasets 3 s in: %d in %.1f s%n",
				clients, cut, statuses, longest, status, page);
	}

	private static void account(BodyResult result, Totals totals) {
		if (result.status() >= 200 && result.status() < 300) {
			totals.bodiesAccepted++;
		}
		if (result.status() >= 500) {
			totals.serverErrors++;
		}
	}

	private static void print(String[] route, String size, String framing, BodyResult result) {
		System.out.printf(Locale.ROOT, "%-18s %-34s %7s %-8s %7s %12.1f %9.2f %8.2f%n", route[0], route[1], size,
				framing, (result.status() < 0) ? "closed" : String.valueOf(result.status()),
				result.sentBytes() / (double) (1 << 20), result.seconds(), result.cpuSeconds());
	}

	private record BodyResult(int status, long sentBytes, double seconds, double cpuSeconds) {
	}

	/**
	 * Sends a body of {@code size} bytes: the prefix, then filler, by Content-Length or
	 * in 64 KB chunks; with {@code dripMillis}, 1 KB chunks that far apart, for at most
	 * 60 s. Stops writing as soon as the server answers or closes.
	 */
	private static BodyResult sendBody(int port, String path, String contentType, String prefix, long size,
			boolean chunked, int dripMillis) {
		return sendBody(port, "127.0.0.1", path, contentType, prefix, size, chunked, dripMillis);
	}

	private static BodyResult sendBody(int port, String localAddress, String path, String contentType, String prefix,
			long size, boolean chunked, int dripMillis) {
		long cpu = processCpuNanos();
		long start = System.nanoTime();
		long sent = 0;
		int status = -1;
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(localAddress),
				0)) {
			socket.setSoTimeout(70_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			StringBuilder head = new StringBuilder("POST ").append(path)
				.append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: ")
				.append(contentType)
				.append("\r\n");
			head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n").append("\r\n");
			out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
			byte[] block = new byte[(dripMillis > 0) ? 1024 : 64 * 1024];
			Arrays.fill(block, (byte) 'x');
			byte[] first = prefix.getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(first, 0, block, 0, first.length);
			// A drip outlasts the server's body deadline (15 s): the client gives up at
			// 60 s.
			long deadline = System.nanoTime() + Duration.ofSeconds((dripMillis > 0) ? 60 : 15).toNanos();
			try {
				while (sent < size && in.available() == 0 && System.nanoTime() < deadline) {
					int length = (int) Math.min(block.length, size - sent);
					if (chunked) {
						out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					}
					out.write(block, 0, length);
					if (chunked) {
						out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					}
					sent += length;
					block[0] = 'x';
					if (dripMillis > 0) {
						out.flush();
						Thread.sleep(dripMillis);
					}
				}
				if (chunked && sent >= size) {
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.flush();
			}
			catch (IOException ex) {
				// The server closed the connection: read what it answered, if anything.
			}
			if (dripMillis > 0) {
				// Did the server give up on the slow body by itself? Wait a little more.
				socket.setSoTimeout(5_000);
			}
			status = readStatus(in);
		}
		catch (IOException ex) {
			// No answer at all.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return new BodyResult(status, sent, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpu) / 1e9);
	}

	private static int readStatus(InputStream in) {
		try {
			byte[] line = new byte[64];
			int read = in.readNBytes(line, 0, 12);
			String text = new String(line, 0, read, StandardCharsets.US_ASCII);
			return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
		}
		catch (IOException | NumberFormatException ex) {
			return -1;
		}
	}

	// ---- SERVICE in every position ----

	private static void service(String base, Totals totals) throws Exception {
		HttpClient http = client();
		try (ServerSocketChannel listener = ServerSocketChannel.open()) {
			listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			listener.configureBlocking(false);
			String target = "<http://127.0.0.1:" + listener.socket().getLocalPort() + "/sparql>";
			Map<Integer, Integer> statuses = new TreeMap<>();
			int connections = 0;
			for (ServicePositions.Position position : ServicePositions.ALL) {
				String query = position.query(target, "{ ?s ?p ?o }");
				for (boolean get : List.of(false, true)) {
					HttpRequest.Builder request = get
							? HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + encode(query))).GET()
							: HttpRequest.newBuilder(URI.create(base + "/sparql"))
								.header("Content-Type", "application/sparql-query")
								.POST(HttpRequest.BodyPublishers.ofString(query));
					int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
					statuses.merge(status, 1, Integer::sum);
					if (status >= 500) {
						totals.serverErrors++;
					}
					while (listener.accept() != null) {
						connections++;
					}
				}
			}
			Thread.sleep(500);
			while (listener.accept() != null) {
				connections++;
			}
			totals.serviceConnections += connections;
			System.out.println();
			System.out.printf(Locale.ROOT,
					"SERVICE: %d positions, POST and GET: %d queries, statuses %s, %d connections to the listener%n",
					ServicePositions.ALL.size(), ServicePositions.ALL.size() * 2, statuses, connections);
		}
	}

	// ---- Runaway queries against a small query's latency ----

	private static void runaway(String base, int seconds, int clients, Totals totals) throws Exception {
		HttpClient http = client();
		List<String> runaways = List.of("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
				"SELECT (COUNT(*) AS ?n) WHERE { ?s (<http://www.w3.org/2004/02/skos/core#broader>|^<http://www.w3.org/2004/02/skos/core#broader>|!<urn:x>)* ?o . ?o (!<urn:y>)+ ?z }",
				"SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?t ?q ?l FILTER(isLiteral(?l) && REGEX(STR(?l), \"^(a|aa|aaa)*(b|bb)*[^x]*$\", \"i\")) }",
				"SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY DESC(STR(?c)) ?f LIMIT 10");
		for (int i = 0; i < 10; i++) {
			small(http, base);
		}
		List<Double> idle = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			idle.add(small(http, base));
		}
		AtomicBoolean running = new AtomicBoolean(true);
		Map<String, List<Double>> runawayTimes = new ConcurrentHashMap<>();
		Map<String, Map<Integer, Integer>> runawayStatuses = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			int offset = c;
			pool.submit(() -> {
				int n = offset;
				while (running.get()) {
					String query = runaways.get(n++ % runaways.size());
					String name = "runaway " + (runaways.indexOf(query) + 1);
					long start = System.nanoTime();
					int status;
					try {
						status = http
							.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
								.header("Content-Type", "application/sparql-query")
								.timeout(Duration.ofSeconds(120))
								.POST(HttpRequest.BodyPublishers.ofString(query))
								.build(), HttpResponse.BodyHandlers.discarding())
							.statusCode();
					}
					catch (IOException ex) {
						status = -1;
					}
					catch (InterruptedException ex) {
						return null;
					}
					runawayTimes.computeIfAbsent(name, (k) -> java.util.Collections.synchronizedList(new ArrayList<>()))
						.add((System.nanoTime() - start) / 1e6);
					runawayStatuses.computeIfAbsent(name, (k) -> new ConcurrentHashMap<>())
						.merge(status, 1, Integer::sum);
				}
				return null;
			});
		}
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		long cpu = processCpuNanos();
		List<Double> loaded = new ArrayList<>();
		while (System.nanoTime() < end) {
			loaded.add(small(http, base));
			Thread.sleep(100);
		}
		double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
		running.set(false);
		pool.shutdown();
		pool.awaitTermination(2, TimeUnit.MINUTES);
		System.out.println();
		System.out.printf(Locale.ROOT,
				"Runaway queries: %d clients for %d s (time limit of the endpoint: the assembler's)%n", clients,
				seconds);
		System.out.printf(Locale.ROOT, "%-12s %8s %12s %12s %12s  %s%n", "query", "count", "median (ms)", "max (ms)",
				"", "statuses");
		new TreeMap<>(runawayTimes).forEach((name, times) -> {
			System.out.printf(Locale.ROOT, "%-12s %8d %12.0f %12.0f %12s  %s%n", name, times.size(),
					percentile(times, 50), percentile(times, 100), "", runawayStatuses.get(name));
			runawayStatuses.get(name).forEach((status, n) -> {
				if (status >= 500 && status != 503) {
					totals.serverErrors += n;
				}
			});
		});
		System.out.printf(Locale.ROOT,
				"Small query: idle median %.1f ms, p95 %.1f ms (%d); under the runaways median %.1f ms, p95 %.1f ms (%d); %.1f x the idle median; process CPU %.2f cores%n",
				percentile(idle, 50), percentile(idle, 95), idle.size(), percentile(loaded, 50), percentile(loaded, 95),
				loaded.size(), percentile(loaded, 50) / percentile(idle, 50), cpuSeconds / seconds);
	}

	private static double small(HttpClient http, String base) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
			.header("Content-Type", "application/sparql-query")
			.header("Accept", "application/sparql-results+json")
			.POST(HttpRequest.BodyPublishers.ofString(SMALL_QUERY))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("the small query answered " + response.statusCode());
		}
		return (System.nanoTime() - start) / 1e6;
	}

	// ---- helpers ----

	private static double percentile(List<Double> values, double percentile) {
		List<Double> sorted = new ArrayList<>(values);
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		sorted.sort(Double::compare);
		int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static void countWarnings() {
		AppenderBase<ILoggingEvent> counter = new AppenderBase<>() {
			@Override
			protected void append(ILoggingEvent event) {
				if (event.getLevel().isGreaterOrEqual(Level.WARN) && WARNINGS.incrementAndGet() <= 20) {
					String message = event.getFormattedMessage();
					WARNING_LINES.add(event.getLevel() + " " + event.getLoggerName() + ": "
							+ ((message.length() > 160) ? message.substring(0, 160) : message));
				}
			}
		};
		counter.start();
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(counter);
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
