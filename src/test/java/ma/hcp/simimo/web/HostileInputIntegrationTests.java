package ma.hcp.simimo.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CapturedLog;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RawHttp;
import ma.hcp.simimo.RunningFixtureApplication;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.web.HostilePayloads.Payload;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input checks that run in CI (issue 16): write attempts on every route of
 * the application, by every method, with and without a CSRF token, with the bodies of
 * SPARQL Update, the Graph Store Protocol, forms, multipart and JSON, change nothing in
 * the store (its quads, read from the Dataset, and its content version), and answer no
 * 5xx; injection payloads in every parameter and path variable answer no 5xx, no stack
 * trace, no unescaped markup and no injected header; and no anonymous request, however
 * hostile, logs more than one line at WARN or above, nor a stack trace. The one write
 * anonymous readers may make, saving a glossary of published concepts, is checked apart.
 */
class HostileInputIntegrationTests extends RunningFixtureApplication {

	private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

	private static final String INSERT = "INSERT DATA { GRAPH <urn:hostile:g> { <urn:hostile:s> <urn:hostile:p> \"written\" } }";

	private static final String TURTLE = "<urn:hostile:s> <urn:hostile:p> \"written\" .";

	private static final String BOUNDARY = "hostileBoundary7MA4YWxkTrZu0gW";

	/** A stack frame, or a Java exception's class name, in an answer's body. */
	private static final Pattern STACK_TRACE = Pattern.compile(
			"\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\b(?:java|javax|jakarta|org|com|ma)\\.[\\w.$]+(?:Exception|Error)\\b|\\b\\w+Exception\\b");

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	ApplicationContext context;

	@Autowired
	Dataset dataset;

	@Autowired
	SparqlExecutor executor;

	@Autowired
	GraphNames graphNames;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private CapturedLog log;

	private final List<String> anomalies = new ArrayList<>();

	@BeforeEach
	void captureTheLog() {
		this.log = CapturedLog.start();
	}

	@AfterEach
	void releaseTheLog() {
		this.log.close();
	}

	@Test
	void everyRouteOfTheApplicationHasExamplesHere() {
		Map<String, Set<String>> routes = HostileRoutes.inventory(this.context);

		assertThat(routes.keySet()).as("routes without examples in HostileRoutes: add some, so they are attacked too")
			.isSubsetOf(HostileRoutes.EXAMPLES.keySet());
		assertThat(HostileRoutes.EXAMPLES.keySet()).as("examples of routes the application no longer has")
			.isSubsetOf(routes.keySet());
		assertThat(routes).containsKeys("/sparql", "/glossary", "/**", "/actuator/health", "/api-docs");
	}

	@Test
	void writeAttemptsOnEveryRouteChangeNothing() {
		Csrf csrf = csrf();
		State before = state();
		int attempts = 0;
		Map<Integer, Integer> statuses = new TreeMap<>();
		for (Map.Entry<String, List<String>> route : HostileRoutes.EXAMPLES.entrySet()) {
			for (String path : route.getValue()) {
				for (String method : METHODS) {
					for (boolean withToken : List.of(false, true)) {
						for (WriteBody body : WriteBody.forMethod(method)) {
							for (String target : body.targets(path)) {
								Answer answer = send(method, target, body, withToken ? csrf : null);
								attempts++;
								statuses.merge(answer.status(), 1, Integer::sum);
								if (answer.status() >= 500 || answer.status() < 0) {
									this.anomalies.add(method + " " + target + " " + body + " token=" + withToken + ": "
											+ answer.status() + " " + abbreviate(answer.body()));
								}
							}
						}
					}
				}
				State after = state();
				if (!after.equals(before)) {
					this.anomalies.add("store changed after the attempts on " + path + ": " + before + " -> " + after);
					before = after;
				}
			}
		}
		int changes = (int) this.anomalies.stream().filter((anomaly) -> anomaly.startsWith("store changed")).count();
		System.out.printf("Hostile writes: %d write attempts on %d routes, %d changes, %d 5xx; statuses %s%n", attempts,
				HostileRoutes.EXAMPLES.size(), changes, this.anomalies.size() - changes, statuses);
		assertThat(this.anomalies).isEmpty();
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void anAnonymousSaveWritesNothingAndASignedInOneAGlossaryOfPublishedConceptsInItsOwnGraph() {
		RawHttp client = new RawHttp(this.port, "127.0.0.23");
		State before = state();
		Map<String, Long> graphsBefore = quadsByGraph();

		RawHttp.Response anonymous = save(client, HostileRoutes.concept(), null);
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.header("Location").get(0)).startsWith("/sign-in");
		assertThat(state()).isEqualTo(before);

		RawHttp.Response invented = save(client, "urn:hostile:invented");
		assertThat(invented.status()).isEqualTo(400);
		assertThat(state()).isEqualTo(before);

		RawHttp.Response saved = save(client, HostileRoutes.concept());
		assertThat(saved.status()).isEqualTo(303);
		String id = saved.header("Location").get(0).replaceFirst(".*/glossary/", "");
		State after = state();
		assertThat(after.quads()).isGreaterThan(before.quads());
		assertThat(after.version()).isNotEqualTo(before.version());
		Map<String, Long> graphsAfter = quadsByGraph();
		Set<String> changed = new TreeSet<>();
		graphsAfter.forEach((graph, count) -> {
			if (!count.equals(graphsBefore.get(graph))) {
				changed.add(graph);
			}
		});
		assertThat(changed).as("graphs the save changed")
			.allSatisfy((graph) -> assertThat(graph).satisfiesAnyOf((g) -> assertThat(g).endsWith(id),
					(g) -> assertThat(g).isEqualTo(this.graphNames.systemGraph())))
			.anySatisfy((graph) -> assertThat(graph).endsWith(id));
	}

	@Test
	void injectionPayloadsInEveryParameterAnswerNeitherAnErrorNorATraceNorMarkup() {
		Set<String> named = HostileRoutes.namedParameters(this.context);
		Csrf csrf = csrf();
		State before = state();
		int requests = 0;
		for (Map.Entry<String, List<String>> route : HostileRoutes.EXAMPLES.entrySet()) {
			String path = route.getValue().get(0);
			for (Payload payload : HostilePayloads.ALL) {
				List<String> targets = new ArrayList<>();
				boolean longValue = payload.encoded().length() > 2000;
				Set<String> parameters = new LinkedHashSet<>(named);
				if (!longValue) {
					parameters.addAll(HostileRoutes.KNOWN_PARAMETERS);
				}
				else {
					parameters.addAll(List.of("q", "concepts", "uri", "query", "graph", "lang", "page", "add"));
				}
				targets.addAll(withParameters(path, parameters, payload));
				if (route.getKey().contains("{")) {
					targets.add(inPathVariables(route.getKey(), payload));
				}
				for (String target : targets) {
					check("GET", target, null, payload, send("GET", target, WriteBody.NONE, null));
					requests++;
				}
			}
			State after = state();
			if (!after.equals(before)) {
				this.anomalies.add("store changed after the payloads on " + path);
				before = after;
			}
		}
		for (String form : List.of("/glossary/builder", "/glossary/export", "/sparql", "/glossary")) {
			for (Payload payload : HostilePayloads.ALL) {
				StringBuilder body = new StringBuilder("_csrf=").append(HttpTestClient.encode(csrf.token()));
				for (String parameter : HostileRoutes.KNOWN_PARAMETERS) {
					if (!parameter.equals("_csrf")) {
						body.append('&').append(parameter).append('=').append(payload.encoded());
					}
				}
				WriteBody posted = WriteBody.custom("application/x-www-form-urlencoded", body.toString());
				check("POST", form, posted.toString(), payload, send("POST", form, posted, csrf));
				requests++;
			}
		}
		System.out.printf("Hostile injection: %d requests, %d payloads, %d parameters, %d anomalies%n", requests,
				HostilePayloads.ALL.size(), named.size() + HostileRoutes.KNOWN_PARAMETERS.size(),
				this.anomalies.size());
		assertThat(this.anomalies).isEmpty();
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void noHostileRequestLogsMoreThanOneWarningNorAStackTrace() throws InterruptedException {
		List<Hostile> requests = new ArrayList<>();
		String listener = "<http://127.0.0.1:9/sparql>";
		for (String query : List.of("SELECT * WHERE { SERVICE " + listener + " { ?s ?p ?o } }",
				"SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE " + listener + " { ?s ?p ?o } } }",
				"SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE SILENT " + listener + " { ?s ?p ?o } } }",
				"SELECT (EXISTS { SERVICE " + listener + " { ?s ?p ?o } } AS ?x) WHERE { ?s ?p ?o }",
				"SELECT * WHERE { ?s ?p ?o } ORDER BY (EXISTS { SERVICE " + listener + " { } })",
				"SELECT * WHERE { ?s ?p ?o BIND(<java:java.lang.System.exit>(1) AS ?x) }",
				"SELECT * WHERE { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }",
				"SELECT * WHERE { ?s ?p ?o FILTER(<java:ma.hcp.simimo.Nothing>(?o)) }", "SELECT * WHERE { ?s ?p",
				"SELEKT nothing", "PREFIX : <x> SELECT * { ?s :p \"unterminated }", "DESCRIBE <urn:hostile:nothing>",
				"SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"(a+)+$\")) }",
				"SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
				"SELECT * WHERE { ?s (<urn:p>|!<urn:q>)* ?o . ?o (!<urn:r>)+ ?x }")) {
			requests.add(new Hostile("POST /sparql " + abbreviate(query), "POST", "/sparql",
					WriteBody.custom("application/sparql-query", query)));
			requests.add(new Hostile("GET /sparql?query=" + abbreviate(query), "GET",
					"/sparql?query=" + HttpTestClient.encode(query), WriteBody.NONE));
		}
		requests.add(new Hostile("chunked 1 MB query", "POST", "/sparql",
				WriteBody.chunked("application/sparql-query", "#" + "x".repeat(1 << 20))));
		requests.add(new Hostile("chunked 3 MB form", "POST", "/sparql",
				WriteBody.chunked("application/x-www-form-urlencoded", "query=" + "x".repeat(3 << 20))));
		requests.add(new Hostile("chunked 3 MB builder form", "POST", "/glossary/builder",
				WriteBody.chunked("application/x-www-form-urlencoded", "q=" + "x".repeat(3 << 20))));
		requests.add(new Hostile("3 MB builder form", "POST", "/glossary/builder",
				WriteBody.custom("application/x-www-form-urlencoded", "q=" + "x".repeat(3 << 20))));
		requests.add(new Hostile("3 MB export form", "POST", "/glossary/export",
				WriteBody.custom("application/x-www-form-urlencoded", "concepts=" + "x".repeat(3 << 20))));
		requests.add(new Hostile("bad form encoding", "POST", "/glossary/builder",
				WriteBody.custom("application/x-www-form-urlencoded", "q=%ZZ&concepts=%C3%28")));
		requests.add(new Hostile("bad multipart", "POST", "/glossary/builder",
				WriteBody.custom("multipart/form-data; boundary=nothing", "--x\r\nbroken")));
		requests.add(new Hostile("bad content type", "POST", "/sparql", WriteBody.custom("text/;;;", "x")));
		requests.add(new Hostile("no token save", "POST", "/glossary",
				WriteBody.custom("application/x-www-form-urlencoded", "concepts=urn:x")));
		for (String path : List.of("/nothing", "/datasets/none", "/concepts/none/none", "/glossary/zzzzzzzzzzzz",
				"/glossary/..%2F..", "/glossary/" + "x".repeat(300) + "/export", "/resource?uri=%00",
				"/resource?uri=" + HttpTestClient.encode("<>\"{}|^`"), "/sparql?graph=%E2%80%AE%00",
				"/gaps/divergences?format=exe", "/search?q=" + HttpTestClient.encode("*:*") + "&page=-1",
				"/search?page=99999999999999999999", "/api/search?q=%C3%28", "/api/suggest?q=" + "a".repeat(5000),
				"/glossary?concepts=" + HttpTestClient.encode("javascript:alert(1)") + "&langs=xx&layout=%3Cx%3E",
				"/gaps/actions?capacity=-1e309&time=NaN", "/glossary/export?format=docx&concepts=urn:none",
				"/%2e%2e/%2e%2e/etc/passwd", "/css/..%2f..%2fapplication.properties", "/actuator/env",
				"/actuator/health/%00", "/api-docs/%3Cscript%3E")) {
			requests.add(new Hostile("GET " + abbreviate(path), "GET", path, WriteBody.NONE));
		}
		for (String accept : List.of("application/x-nothing", "text/html;q=x", "*/*;;;q=2", "\u00e9", "image/png")) {
			for (String path : List.of("/", "/concepts/test/hostile", "/sparql", "/api/search?q=x", "/nothing")) {
				requests
					.add(new Hostile("Accept " + accept + " " + path, "GET", path, WriteBody.NONE, "Accept", accept));
			}
		}
		for (String cookie : List.of("simimo-lang=%%%", "simimo-lang=" + "x".repeat(3000), "XSRF-TOKEN=\u0001",
				"JSESSIONID=forged; JSESSIONID=again", "=;=;=", "simimo-lang=ar\"; Path=/")) {
			requests
				.add(new Hostile("Cookie " + abbreviate(cookie), "GET", "/glossary", WriteBody.NONE, "Cookie", cookie));
		}

		int warnings = 0;
		for (Hostile request : requests) {
			this.log.clear();
			// Headers java.net.http refuses to send (control characters, non-ASCII) go
			// over a
			// plain socket.
			int status = (request.headers().length > 0)
					? new RawHttp(this.port).send(request.method(), request.path(), null, request.headers()).status()
					: send(request.method(), request.path(), request.body(), null).status();
			if (request.path().contains("?a ?b ?c") || request.name().contains("?a ?b ?c")) {
				// The time limit's cancellation is logged by the thread that ran the
				// query.
				Thread.sleep(300);
			}
			List<ILoggingEvent> loud = this.log.warnings();
			warnings += loud.size();
			if (loud.size() > 1 || loud.stream().anyMatch((event) -> event.getThrowableProxy() != null)) {
				this.anomalies.add(request.name() + ": " + loud.size() + " lines at WARN or above, "
						+ loud.stream().filter((event) -> event.getThrowableProxy() != null).count()
						+ " with a stack trace; first: " + describe(loud.get(0)));
			}
			if (status >= 500 && status != 503) {
				this.anomalies.add(request.name() + ": " + status);
			}
		}
		System.out.printf("Hostile log volume: %d requests, %d lines at WARN or above, %d anomalies%n", requests.size(),
				warnings, this.anomalies.size());
		assertThat(this.anomalies).isEmpty();
	}

	@AfterEach
	void writeTheAnomalies() throws IOException {
		// For a person to read: the assertion's message abbreviates them.
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/hostile-anomalies.txt"), this.anomalies,
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
	}

	private void check(String method, String target, String body, Payload payload, Answer answer) {
		String where = method + " " + abbreviate(target) + ((body != null) ? " (form)" : "") + " [" + payload.name()
				+ "]";
		if (answer.status() >= 500 || answer.status() < 0) {
			this.anomalies.add(where + ": " + answer.status() + " " + abbreviate(answer.body()));
		}
		String type = answer.headers().firstValue("Content-Type").orElse("");
		if (!type.contains("javascript") && !type.contains("css")) {
			Matcher trace = STACK_TRACE.matcher(answer.body());
			if (trace.find()) {
				this.anomalies.add(where + ": trace in the body: " + trace.group());
			}
		}
		if (type.startsWith("text/html") && payload.isMarkup() && answer.body().contains(payload.plain())) {
			this.anomalies.add(where + ": the payload unescaped in the page");
		}
		if (answer.headers().firstValue(HostilePayloads.INJECTED_HEADER).isPresent()
				|| answer.headers().allValues("Set-Cookie").stream().anyMatch((c) -> c.startsWith("hostile="))) {
			this.anomalies.add(where + ": a header injected");
		}
		answer.headers().map().forEach((name, values) -> values.forEach((value) -> {
			if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
				this.anomalies.add(where + ": CR or LF in " + name);
			}
		}));
		List<ILoggingEvent> loud = this.log.warnings();
		if (loud.size() > 1 || loud.stream().anyMatch((event) -> event.getThrowableProxy() != null)) {
			this.anomalies.add(where + ": " + loud.size() + " lines at WARN or above: " + describe(loud.get(0)));
		}
		this.log.clear();
	}

	private static List<String> withParameters(String path, Set<String> parameters, Payload payload) {
		// As many parameters in one request as the request line allows (32 KB of
		// headers).
		List<String> targets = new ArrayList<>();
		StringBuilder target = new StringBuilder(path);
		boolean first = !path.contains("?");
		for (String parameter : parameters) {
			String pair = parameter + "=" + payload.encoded();
			if (target.length() + pair.length() > 24_000 && target.length() > path.length()) {
				targets.add(target.toString());
				target = new StringBuilder(path);
				first = !path.contains("?");
			}
			target.append(first ? '?' : '&').append(pair);
			first = false;
		}
		targets.add(target.toString());
		return targets;
	}

	private static String inPathVariables(String pattern, Payload payload) {
		String value = payload.encoded().replace("+", "%20");
		if (value.isEmpty()) {
			value = "%20";
		}
		return pattern.replaceAll("\\{family:[^}]+\\}", "concepts")
			.replaceAll("\\{[^}]+\\}", value)
			.replace("/**", "/" + value)
			.replace("/*", "/" + value);
	}

	/**
	 * Saves as a browser does: signed in (saving needs an account, decision 0019), from
	 * the client's own address so that other tests' failed sign-ins do not throttle it.
	 */
	private RawHttp.Response save(RawHttp client, String concept) {
		return save(client, concept, signIn(client));
	}

	/**
	 * Signs in as the first administrator through the form; returns the session cookie.
	 */
	private static String signIn(RawHttp client) {
		RawHttp.Response form = client.get("/sign-in", "Accept", "text/html");
		Matcher token = TOKEN.matcher(form.body());
		assertThat(token.find()).isTrue();
		String cookies = String.join("; ",
				form.header("Set-Cookie").stream().map((value) -> value.split(";", 2)[0]).toList());
		RawHttp.Response signedIn = client.send("POST", "/sign-in",
				"username=" + ADMIN + "&password=" + HttpTestClient.encode(ADMIN_PASSWORD) + "&_csrf="
						+ HttpTestClient.encode(token.group(1)),
				"Content-Type", "application/x-www-form-urlencoded", "Cookie", cookies);
		assertThat(signedIn.header("Location")).containsExactly("/");
		return signedIn.header("Set-Cookie")
			.stream()
			.map((value) -> value.split(";", 2)[0])
			.filter((value) -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
	}

	private RawHttp.Response save(RawHttp client, String concept, String session) {
		RawHttp.Response builder = client.get("/glossary", "Accept", "text/html", "Cookie",
				(session == null) ? "" : session);
		Matcher token = TOKEN.matcher(builder.body());
		assertThat(token.find()).isTrue();
		String cookies = String.join("; ",
				builder.header("Set-Cookie").stream().map((value) -> value.split(";", 2)[0]).toList())
				+ ((session == null) ? "" : "; " + session);
		return client.send("POST", "/glossary",
				"title=Hostile&concepts=" + HttpTestClient.encode(concept) + "&_csrf="
						+ HttpTestClient.encode(token.group(1)),
				"Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html", "Cookie", cookies);
	}

	private Csrf csrf() {
		HttpResponse<String> page = this.http.get("/glossary", "text/html");
		Matcher token = TOKEN.matcher(page.body());
		assertThat(token.find()).as("a CSRF token on the builder").isTrue();
		String cookie = String.join("; ",
				page.headers().allValues("Set-Cookie").stream().map((value) -> value.split(";", 2)[0]).toList());
		return new Csrf(token.group(1), cookie);
	}

	private Answer send(String method, String target, WriteBody body, Csrf csrf) {
		HttpRequest.Builder request;
		try {
			request = HttpRequest.newBuilder(URI.create(this.http.url(target)));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("not a URI: " + target, ex);
		}
		request.timeout(Duration.ofSeconds(60)).method(method, body.publisher(csrf));
		if (body.contentType() != null) {
			request.header("Content-Type", body.contentType());
		}
		if (csrf != null) {
			request.header("Cookie", csrf.cookie()).header("X-XSRF-TOKEN", csrf.token());
		}
		try {
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers(),
					new String(response.body(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return new Answer(-1, HttpHeaders.of(Map.of(), (a, b) -> true), ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private State state() {
		long quads = Txn.calculateRead(this.dataset, () -> Iter.count(this.dataset.asDatasetGraph().find()));
		return new State(quads, new ContentVersion(this.executor, this.graphNames).current());
	}

	private Map<String, Long> quadsByGraph() {
		return Txn.calculateRead(this.dataset, () -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			this.dataset.asDatasetGraph()
				.find()
				.forEachRemaining((Quad quad) -> counts.merge(quad.getGraph().toString(), 1L, Long::sum));
			return counts;
		});
	}

	private static String describe(ILoggingEvent event) {
		return event.getLoggerName() + " " + event.getLevel() + " " + abbreviate(event.getFormattedMessage());
	}

	private static String abbreviate(String text) {
		String line = text.replaceAll("\\s+", " ");
		return (line.length() > 160) ? line.substring(0, 160) + "…" : line;
	}

	private record State(long quads, String version) {
	}

	private record Csrf(String token, String cookie) {
	}

	private record Answer(int status, HttpHeaders headers, String body) {
	}

	private record Hostile(String name, String method, String path, WriteBody body, String... headers) {
	}

	/** A body that would write, if anything let it through. */
	private record WriteBody(String name, String contentType, String content, boolean chunked) {

		static final WriteBody NONE = new WriteBody("no body", null, null, false);

		static final List<WriteBody> WRITES = List.of(
				new WriteBody("SPARQL Update", "application/sparql-update", "DROP ALL ; " + INSERT, false),
				new WriteBody("update form", "application/x-www-form-urlencoded",
						"update=" + HttpTestClient.encode("DROP ALL ; " + INSERT), false),
				new WriteBody("Turtle", "text/turtle", TURTLE, false),
				new WriteBody("TriG", "application/trig", "<urn:hostile:g> { " + TURTLE + " }", false),
				new WriteBody("N-Quads chunked", "application/n-quads",
						"<urn:hostile:s> <urn:hostile:p> \"written\" <urn:hostile:g> .", true),
				new WriteBody("glossary form", "application/x-www-form-urlencoded",
						"title=Hostile&concepts=urn%3Ahostile%3As&add=urn%3Ahostile%3As", false),
				new WriteBody("multipart", "multipart/form-data; boundary=" + BOUNDARY, "--" + BOUNDARY
						+ "\r\nContent-Disposition: form-data; name=\"update\"\r\n\r\n" + INSERT + "\r\n--" + BOUNDARY
						+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
						+ TURTLE + "\r\n--" + BOUNDARY + "--\r\n", false),
				new WriteBody("JSON", "application/json",
						"{\"title\":\"Hostile\",\"concepts\":[\"urn:hostile:s\"],\"update\":\""
								+ INSERT.replace("\"", "\\\"") + "\"}",
						false),
				new WriteBody("JSON-LD", "application/ld+json",
						"{\"@id\":\"urn:hostile:s\",\"urn:hostile:p\":\"written\"}", false));

		static List<WriteBody> forMethod(String method) {
			return switch (method) {
				case "GET", "HEAD", "OPTIONS" -> List.of(NONE);
				default -> WRITES;
			};
		}

		static WriteBody custom(String contentType, String content) {
			return new WriteBody(contentType, contentType, content, false);
		}

		static WriteBody chunked(String contentType, String content) {
			return new WriteBody(contentType + " chunked", contentType, content, true);
		}

		/** The target with the parameters that ask for a write, as some protocols do. */
		List<String> targets(String path) {
			String join = path.contains("?") ? "&" : "?";
			if (this.content == null) {
				return List.of(path, path + join + "update=" + HttpTestClient.encode(INSERT));
			}
			if (this.contentType.startsWith("text/turtle") || this.contentType.startsWith("application/ld+json")) {
				return List.of(path, path + join + "graph=urn%3Ahostile%3Ag", path + join + "default");
			}
			return List.of(path);
		}

		HttpRequest.BodyPublisher publisher(Csrf csrf) {
			if (this.content == null) {
				return HttpRequest.BodyPublishers.noBody();
			}
			String text = this.content;
			if (csrf != null && this.contentType.startsWith("application/x-www-form-urlencoded")) {
				text = text + "&_csrf=" + HttpTestClient.encode(csrf.token());
			}
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			if (this.chunked) {
				return HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(bytes));
			}
			return HttpRequest.BodyPublishers.ofByteArray(bytes);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
