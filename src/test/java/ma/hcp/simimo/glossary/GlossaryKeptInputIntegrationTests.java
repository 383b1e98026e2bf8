package ma.hcp.simimo.glossary;

import java.net.http.HttpResponse;
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
 * The glossary forms keep what was typed when Spring Security refuses them (decision
 * 0025): without its CSRF token, or from a session the server has forgotten, the save
 * form brings the builder back with the selection, the typed title, audience and author
 * and the reason in the reader's language, and the saved glossary's edit form comes back
 * as it was sent, with a fresh token; nothing is saved or changed.
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
		String token = member.csrfToken("/glossary?" + SELECTION);
		member.expireOnServer();
		HttpResponse<String> refused = member.post("/glossary",
				"title=Zgexpired+title&visibility=public&" + SELECTION + "&_csrf=" + HttpTestClient.encode(token));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Votre session a expiré").contains("Zgexpired title");
		assertThat(this.http.get("/glossary", "text/html").body()).doesNotContain("Zgexpired");
	}

	@Test
	void theSavedGlossarysEditFormComesBackWithWhatWasTypedWhenItsTokenIsMissingAndChangesNothing() {
		CookieSession author = member("zg-kept-three");
		String id = save(author, "Zgedit original");
		HttpResponse<String> refused = author.post("/glossary/" + id + "/edit?lang=en",
				"title=Zgedit+typed&audience=Zgedit+trainers&author=HCP&visibility=private&" + SELECTION);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired or the form is no longer valid")
			.contains("What you typed is shown here")
			.contains("action=\"/glossary/" + id + "/edit\"")
			.contains("value=\"Zgedit typed\"")
			.contains("value=\"Zgedit trainers\"")
			.contains("long-term-migrant")
			.containsPattern("value=\"private\" checked")
			.contains("name=\"_csrf\"");
		assertThat(this.http.get("/glossary/" + id, "text/html").body()).contains("Zgedit original")
			.doesNotContain("Zgedit typed");
		// The form sent again with the fresh token it came back with is saved.
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(refused.body());
		assertThat(token.find()).isTrue();
		assertThat(author
			.post("/glossary/" + id + "/edit",
					"title=Zgedit+typed&visibility=public&" + SELECTION + "&_csrf="
							+ HttpTestClient.encode(token.group(1)))
			.statusCode()).isEqualTo(303);
		assertThat(this.http.get("/glossary/" + id, "text/html").body()).contains("Zgedit typed");
	}

	@Test
	void theSavedGlossarysEditFormFromAnExpiredSessionIsShownAgainInTheReadersLanguageAndChangesNothing() {
		CookieSession author = member("zg-kept-four");
		String id = save(author, "Zgstaleedit original");
		String token = author.csrfToken("/glossary/" + id);
		author.expireOnServer();
		HttpResponse<String> refused = author.post("/glossary/" + id + "/edit?lang=ar",
				"title=Zgstaleedit+typed&visibility=public&" + SELECTION + "&_csrf=" + HttpTestClient.encode(token));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("انتهت صلاحية جلستك")
			.contains("dir=\"rtl\"")
			.contains("value=\"Zgstaleedit typed\"")
			.contains("name=\"_csrf\"");
		assertThat(this.http.get("/glossary/" + id, "text/html").body()).contains("Zgstaleedit original")
			.doesNotContain("Zgstaleedit typed");
	}

	private static String save(CookieSession author, String title) {
		HttpResponse<String> saved = author.submitForm("/glossary?" + SELECTION, "/glossary",
				"title=" + HttpTestClient.encode(title) + "&visibility=public&" + SELECTION);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String location = saved.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private CookieSession member(String userName) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, "", PASSWORD, Set.of(), Set.of());
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

}
