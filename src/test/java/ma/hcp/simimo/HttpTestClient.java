package ma.hcp.simimo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real HTTP client for tests against the running application. */
public final class HttpTestClient {

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	/**
	 * The session cookie of {@link #signIn}, sent by {@link #get} and
	 * {@link #submitForm}.
	 */
	private String session;

	public HttpTestClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * Signs in through the sign-in form; afterwards {@link #get} and {@link #submitForm}
	 * send the session's cookie, as a signed-in browser does.
	 */
	public HttpTestClient signIn(String userName, String password) {
		this.session = "JSESSIONID="
				+ CookieSession.signedIn(new HttpTestClient(this.base), userName, password).sessionId().orElseThrow();
		return this;
	}

	private HttpTestClient(String base) {
		this.base = base;
	}

	public String url(String path) {
		return this.base + path;
	}

	public HttpResponse<String> get(String path, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.timeout(Duration.ofSeconds(60))
			.GET();
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (this.session != null) {
			request.header("Cookie", this.session);
		}
		return send(request.build());
	}

	public HttpResponse<String> post(String path, String contentType, String body, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (accept != null) {
			request.header("Accept", accept);
		}
		return send(request.build());
	}

	public HttpResponse<String> send(String method, String path, String contentType, String body) {
		return send(HttpRequest.newBuilder(URI.create(url(path)))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> query(String query, String accept) {
		return post("/sparql", "application/x-www-form-urlencoded", "query=" + encode(query), accept);
	}

	/**
	 * Whether a reader's /sparql finds {@code word}: in the object of any quad, default
	 * graph or named, or through the text index. The drafts tests ask it of what a draft
	 * holds.
	 */
	public boolean sparqlFinds(String word) {
		HttpResponse<String> everywhere = query("""
				SELECT ?g ?s ?p ?o WHERE {
				  { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }
				  FILTER (CONTAINS(STR(?o), "%s"))
				}""".formatted(word), "text/csv");
		HttpResponse<String> text = query("""
				PREFIX text: <http://jena.apache.org/text#>
				SELECT ?s ?o WHERE { (?s ?score ?o) text:query "%s" }""".formatted(word), "text/csv");
		if (everywhere.statusCode() != 200 || text.statusCode() != 200) {
			throw new IllegalStateException("/sparql answered " + everywhere.statusCode() + " and " + text.statusCode()
					+ ": " + everywhere.body() + text.body());
		}
		return !everywhere.body().strip().equals("g,s,p,o") || !text.body().strip().equals("s,o");
	}

	/**
	 * POSTs a form as a browser does: loads the page that holds it, then sends the form
	 * with that page's session cookie and CSRF token.
	 */
	public HttpResponse<String> submitForm(String pagePath, String formPath, String form) {
		HttpResponse<String> page = get(pagePath, "text/html");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on " + pagePath);
		}
		// The token's cookie (XSRF-TOKEN), and whatever else the page set.
		String cookie = String.join("; ",
				page.headers().allValues("Set-Cookie").stream().map((value) -> value.split(";", 2)[0]).toList());
		if (this.session != null) {
			cookie = cookie.isEmpty() ? this.session : cookie + "; " + this.session;
		}
		if (cookie.isEmpty()) {
			throw new IllegalStateException("No cookie from " + pagePath);
		}
		return send(HttpRequest.newBuilder(URI.create(url(formPath)))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token.group(1))))
			.build());
	}

	/** A request to the application, for headers the other methods do not set. */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request.build());
	}

	/** For answers whose bytes matter: their length against Content-Length, say. */
	public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
		return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The JSON body of {@code /api/search} for {@code text}. */
	public String search(String text) {
		return get("/api/search?q=" + encode(text), "application/json").body();
	}

	/**
	 * Whether the response's Vary names {@code field}, as HTTP compares field names:
	 * without regard to case, one name among a comma-separated list (Tomcat's compression
	 * rewrites "Accept" as "accept,accept-encoding").
	 */
	public static boolean varies(HttpResponse<?> response, String field) {
		return response.headers()
			.allValues("Vary")
			.stream()
			.flatMap((vary) -> java.util.Arrays.stream(vary.split(",")))
			.anyMatch((name) -> name.strip().equalsIgnoreCase(field));
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest request) {
		return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.client.send(request, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
