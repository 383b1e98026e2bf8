package ma.hcp.simimo.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;

/**
 * A browser's way through an OpenID Connect sign-in over real HTTP: redirects followed by
 * hand, one cookie jar per host (as a browser keeps them: not per port, which is why the
 * identity provider is on 127.0.0.1 and SIMIMO on localhost), and the identity provider's
 * login form posted with its CSRF token.
 */
final class OidcBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Map<String, Map<String, String>> cookies = new HashMap<>();

	private final HttpTestClient simimo;

	OidcBrowser(HttpTestClient simimo) {
		this.simimo = simimo;
	}

	/**
	 * Clicks the button of {@code registration}, signs in at the identity provider as
	 * {@code user} (unless it remembers them), and returns SIMIMO's answer to the
	 * callback, unfollowed.
	 */
	HttpResponse<String> signIn(String registration, String user, String password) {
		return signInFrom(get(this.simimo.url("/oauth2/authorization/" + registration)), user, password);
	}

	/** As {@link #signIn}, from SIMIMO's answer to a click on a button. */
	HttpResponse<String> signInFrom(HttpResponse<String> click, String user, String password) {
		HttpResponse<String> response = click;
		for (int step = 0; step < 10; step++) {
			if (response.statusCode() / 100 == 3) {
				URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
				if (next.getPath().startsWith("/login/oauth2/code/")) {
					return get(next.toString());
				}
				response = get(next.toString());
			}
			else if (response.statusCode() == 200 && response.body().contains("name=\"password\"")) {
				Matcher token = CSRF.matcher(response.body());
				if (!token.find()) {
					throw new IllegalStateException("No CSRF token in the login form: " + response.body());
				}
				response = post(response.uri().toString(), "username=" + HttpTestClient.encode(user) + "&password="
						+ HttpTestClient.encode(password) + "&_csrf=" + HttpTestClient.encode(token.group(1)));
			}
			else {
				throw new IllegalStateException(
						"Stuck at " + response.uri() + ": " + response.statusCode() + " " + response.body());
			}
		}
		throw new IllegalStateException("Too many redirects from " + response.uri());
	}

	/** SIMIMO as this browser sees it now: its cookies for localhost. */
	CookieSession simimo() {
		CookieSession session = new CookieSession(this.simimo);
		session.cookies().putAll(jar(URI.create(this.simimo.url("/"))));
		return session;
	}

	/** SIMIMO's session id for this browser, if it has one. */
	String simimoSession() {
		return jar(URI.create(this.simimo.url("/"))).get("JSESSIONID");
	}

	HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
	}

	private HttpResponse<String> post(String url, String form) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		request.timeout(Duration.ofSeconds(30));
		HttpRequest built = request.build();
		Map<String, String> jar = jar(built.uri());
		if (!jar.isEmpty()) {
			built = HttpRequest.newBuilder(built, (name, value) -> true)
				.header("Cookie", String.join("; ",
						jar.entrySet().stream().map((entry) -> entry.getKey() + "=" + entry.getValue()).toList()))
				.build();
		}
		try {
			HttpResponse<String> response = this.client.send(built,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String header : response.headers().allValues("Set-Cookie")) {
				String[] pair = header.split(";", 2)[0].split("=", 2);
				if (header.toLowerCase(Locale.ROOT).contains("max-age=0") || pair[1].isEmpty()) {
					jar.remove(pair[0]);
				}
				else {
					jar.put(pair[0], pair[1]);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, String> jar(URI uri) {
		return this.cookies.computeIfAbsent(uri.getHost(), (host) -> new LinkedHashMap<>());
	}

}
