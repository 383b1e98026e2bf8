package ma.hcp.simimo.glossary;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.RunningApplication;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glossary save form as a browser posts it: the builder page first, for the form's
 * CSRF token and the cookies that go with it, then the POST.
 */
final class GlossaryForms {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private GlossaryForms() {
	}

	/**
	 * Signs in as the running application's first administrator (saving needs an account)
	 * and returns the session's cookie, {@code JSESSIONID=…}.
	 */
	static String signIn(int port) {
		return "JSESSIONID=" + CookieSession
			.signedIn(new HttpTestClient(port), RunningApplication.ADMIN, RunningApplication.ADMIN_PASSWORD)
			.sessionId()
			.orElseThrow();
	}

	/**
	 * Posts {@code form} (url-encoded, without the token) from {@code client}, signed in
	 * with the {@code session} cookie of {@link #signIn}.
	 */
	static RawHttp.Response save(RawHttp client, String session, String concepts, String form, String... headers) {
		RawHttp.Response builder = client.get("/glossary?concepts=" + HttpTestClient.encode(concepts), "Accept",
				"text/html", "Cookie", session);
		Matcher token = TOKEN.matcher(builder.body());
		assertThat(token.find()).as("the save form's CSRF token").isTrue();
		String cookies = String.join("; ",
				builder.header("Set-Cookie").stream().map((value) -> value.split(";", 2)[0]).toList()) + "; " + session;
		List<String> all = new java.util.ArrayList<>(
				List.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html", "Cookie", cookies));
		all.addAll(List.of(headers));
		return client.send("POST", "/glossary", form + "&concepts=" + HttpTestClient.encode(concepts) + "&_csrf="
				+ HttpTestClient.encode(token.group(1)), all.toArray(String[]::new));
	}

}
