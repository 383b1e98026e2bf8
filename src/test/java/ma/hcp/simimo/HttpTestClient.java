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

/** A real HTTP client for tests against the running application. */
public final class HttpTestClient {

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	public HttpTestClient(int port) {
		this.base = "http://localhost:" + port;
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

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
