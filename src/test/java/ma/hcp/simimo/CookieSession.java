package ma.hcp.simimo;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's cookies over {@link HttpTestClient}: every request sends the cookies the
 * application set before, forms are sent with the CSRF token of the page that holds them,
 * and {@link #signIn} goes through the real sign-in form.
 */
public final class CookieSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"([0-9]+)\"");

	private final HttpTestClient http;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public CookieSession(HttpTestClient http) {
		this.http = http;
	}

	/** A session signed in as {@code userName}; fails unless the sign-in succeeds. */
	/**
	 * Signs in as {@code userName}, first creating the account, with {@code role} (none
	 * when null) and the seed producer {@code producer} (none when null), if it does not
	 * exist yet: the tests of one shared application ask for the same account again.
	 */
	public static CookieSession signedInAs(HttpTestClient http, ma.hcp.simimo.account.AccountRepository accounts,
			String userName, String password, ma.hcp.simimo.access.Role role, String producer) {
		if (accounts.byUserName(userName).isEmpty()) {
			accounts.create(userName, "", password, (role == null) ? java.util.Set.of() : java.util.Set.of(role),
					(producer == null) ? java.util.Set.of()
							: java.util.Set.of("https://w3id.org/simimo/producers/" + producer));
		}
		return signedIn(http, userName, password);
	}

	public static CookieSession signedIn(HttpTestClient http, String userName, String password) {
		CookieSession session = new CookieSession(http);
		HttpResponse<String> response = session.signIn(userName, password);
		if (response.statusCode() != 302 || !session.sessionId().isPresent()
				|| response.headers().firstValue("Location").orElse("").contains("/sign-in")) {
			throw new IllegalStateException("Sign-in as " + userName + " failed: " + response.statusCode() + " "
					+ response.headers().firstValue("Location").orElse(""));
		}
		return session;
	}

	public HttpResponse<String> signIn(String userName, String password) {
		return submitForm("/sign-in", "/sign-in",
				"username=" + HttpTestClient.encode(userName) + "&password=" + HttpTestClient.encode(password));
	}

	public HttpResponse<String> get(String path) {
		return get(path, "text/html");
	}

	public HttpResponse<String> get(String path, String accept) {
		HttpRequest.Builder request = this.http.request(path).GET();
		if (accept != null) {
			request.header("Accept", accept);
		}
		return send(request);
	}

	/**
	 * POSTs {@code form} to {@code formPath} with the CSRF token of {@code pagePath} and,
	 * as a browser sends the hidden fields of the form it shows, the revision an edit
	 * form of {@code pagePath} was loaded from (decision 0027), unless {@code form} sets
	 * one itself.
	 */
	public HttpResponse<String> submitForm(String pagePath, String formPath, String form) {
		HttpResponse<String> page = get(pagePath);
		Matcher revision = REVISION.matcher(page.body());
		boolean setsRevision = form.startsWith("revision=") || form.contains("&revision=");
		String carried = (revision.find() && !setsRevision) ? "&revision=" + revision.group(1) : "";
		return post(formPath, form + carried + "&_csrf=" + HttpTestClient.encode(csrfToken(pagePath, page)));
	}

	/**
	 * Discards the draft of the record at {@code recordPath} if this session can see one:
	 * the clean-up of the tests that leave drafts in the shared store.
	 */
	public void discardDraftIfAny(String recordPath) {
		if (get(recordPath + "/draft").statusCode() == 200) {
			submitForm(recordPath + "/discard", recordPath + "/discard", "x=1");
		}
	}

	/** The CSRF token of the first form of {@code pagePath}. */
	public String csrfToken(String pagePath) {
		return csrfToken(pagePath, get(pagePath));
	}

	private static String csrfToken(String pagePath, HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on " + pagePath + " (" + page.statusCode() + ")");
		}
		return token.group(1);
	}

	/**
	 * Ends this session on the server while the browser keeps its cookies, as when a
	 * session times out: the next request names a session the server no longer has, with
	 * the CSRF cookie it had.
	 */
	public void expireOnServer() {
		Map<String, String> kept = new LinkedHashMap<>(this.cookies);
		HttpResponse<String> out = submitForm("/", "/sign-out", "x=1");
		if (out.statusCode() != 302) {
			throw new IllegalStateException("Sign-out failed: " + out.statusCode());
		}
		this.cookies.clear();
		this.cookies.putAll(kept);
	}

	/** POSTs {@code form} as it is, with this session's cookies. */
	public HttpResponse<String> post(String formPath, String form) {
		return send(this.http.request(formPath)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	public Optional<String> sessionId() {
		return Optional.ofNullable(this.cookies.get("JSESSIONID"));
	}

	public Map<String, String> cookies() {
		return this.cookies;
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", String.join("; ",
					this.cookies.entrySet().stream().map((entry) -> entry.getKey() + "=" + entry.getValue()).toList()));
		}
		HttpResponse<String> response = this.http.send(request);
		for (String header : response.headers().allValues("Set-Cookie")) {
			String[] pair = header.split(";", 2)[0].split("=", 2);
			boolean expired = header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || pair[1].isEmpty();
			if (expired) {
				this.cookies.remove(pair[0]);
			}
			else {
				this.cookies.put(pair[0], pair[1]);
			}
		}
		return response;
	}

}
