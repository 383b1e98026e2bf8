package ma.hcp.simimo.glossary;

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

	/** Posts {@code form} (url-encoded, without the token) from {@code client}. */
	static RawHttp.Response save(RawHttp client, String concepts, String form, String... headers) {
		RawHttp.Response builder = client.get("/glossary?concepts=" + HttpTestClient.encode(concepts), "Accept",
				"text/html");
		Matcher token = TOKEN.matcher(builder.body());
		assertThat(token.find()).as("the save form's CSRF token").isTrue();
		String cookies = String.join("; ",
				builder.header("Set-Cookie").stream().map((value) -> value.split(";", 2)[0]).toList());
		List<String> all = new java.util.ArrayList<>(
				List.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html", "Cookie", cookies));
		all.addAll(List.of(headers));
		return client.send("POST", "/glossary", form + "&concepts=" + HttpTestClient.encode(concepts) + "&_csrf="
				+ HttpTestClient.encode(token.group(1)), all.toArray(String[]::new));
	}

}
