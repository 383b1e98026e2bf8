package ma.hcp.simimo.glossary;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.account.AccountRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glossary save form keeps what was typed when Spring Security refuses it (decision
 * 0025): without its CSRF token, or from a session the server has forgotten, the builder
 * comes back with the selection, the typed title, audience and author and the reason in
 * the reader's language, and nothing is saved.
 */
class GlossaryKeptInputIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a glossary author's long password";

	private static final String SELECTION = "concepts="
			+ HttpTestClient.encode("https://w3id.org/simimo/concepts/un-1998/long-term-migrant") + "&langs=fr";

	@Autowired
	AccountRepository accounts;

	@Test
	void aMissingTokenBringsTheBuilderBackWithWhatWasTypedAndSavesNothing() {
		CookieSession member = member("zg-kept-one");
		HttpResponse<String> refused = member.post("/glossary?lang=en",
				"title=Zgtyped+title&audience=Zgtrainers&author=HCP&visibility=private&" + SELECTION);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired or the form is no longer valid")
			.contains("value=\"Zgtyped title\"")
			.contains("value=\"Zgtrainers\"")
			.contains("long-term-migrant")
			.contains("name=\"_csrf\"");
		assertThat(member.get("/glossary/mine").body()).doesNotContain("Zgtyped");
	}

	@Test
	void aFormFromAnExpiredSessionIsShownAgainAndSavesNothing() {
		CookieSession member = member("zg-kept-two");
		HttpResponse<String> page = member.get("/glossary?" + SELECTION);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		// The server forgets the session while the browser keeps its cookies.
		Map<String, String> cookies = new HashMap<>(member.cookies());
		member.post("/sign-out", "_csrf=" + HttpTestClient.encode(token.group(1)));
		member.cookies().clear();
		member.cookies().putAll(cookies);
		HttpResponse<String> refused = member.send(this.http.request("/glossary")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("title=Zgexpired+title&visibility=public&" + SELECTION + "&_csrf="
					+ HttpTestClient.encode(token.group(1)))));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Votre session a expiré").contains("Zgexpired title");
		assertThat(this.http.get("/glossary", "text/html").body()).doesNotContain("Zgexpired");
	}

	private CookieSession member(String userName) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, "", PASSWORD, Set.of(), Set.of());
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

}
