package ma.hcp.simimo.glossary;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved glossaries and their authors over real HTTP: a reader who is not signed in is
 * sent to sign in; a member saves, edits and deletes their own; a stranger, of any role,
 * cannot edit or delete it; an administrator may delete a listed one; a private one is
 * not found by anyone but its author.
 */
class GlossaryOwnershipIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a member's long password";

	private static final String SELECTION = "concepts="
			+ HttpTestClient.encode("https://w3id.org/simimo/concepts/un-1998/long-term-migrant") + "&langs=fr";

	@Autowired
	AccountRepository accounts;

	@Test
	void aReaderWhoIsNotSignedInIsSentToSignInAndSavesNothing() {
		HttpResponse<String> refused = this.http.submitForm("/glossary?" + SELECTION, "/glossary",
				"title=Anonyme&" + SELECTION);

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).startsWith("/sign-in?next=");
		assertThat(this.http.get("/glossary?" + SELECTION + "&lang=en", "text/html").body())
			.contains("Sign in to save this glossary")
			.doesNotContain(">Anonyme<");
	}

	@Test
	void theAuthorEditsAndDeletesAndAStrangerOfAnyRoleCannot() {
		CookieSession author = member("author-one");
		String id = save(author, "Mon glossaire", "public");
		CookieSession stranger = member("stranger-one");
		this.accounts.create("coordinator-one", "", PASSWORD, Set.of(Role.COORDINATOR), Set.of());
		CookieSession coordinator = CookieSession.signedIn(this.http, "coordinator-one", PASSWORD);

		for (CookieSession other : new CookieSession[] { stranger, coordinator }) {
			assertThat(other
				.submitForm("/glossary/" + id, "/glossary/" + id + "/edit",
						"title=Pirate&visibility=public&" + SELECTION)
				.statusCode()).isEqualTo(403);
			assertThat(other.submitForm("/glossary/" + id, "/glossary/" + id + "/delete", "x=1").statusCode())
				.isEqualTo(403);
			assertThat(other.get("/glossary/" + id).body()).doesNotContain("glossary-edit");
		}
		assertThat(this.http.get("/glossary/" + id, "text/html").body()).contains("Mon glossaire");

		HttpResponse<String> edited = author.submitForm("/glossary/" + id, "/glossary/" + id + "/edit",
				"title=Renomm%C3%A9&visibility=private&" + SELECTION);
		assertThat(edited.statusCode()).isEqualTo(303);
		assertThat(author.get("/glossary/" + id).body()).contains("Renommé").contains("glossary-private");
		assertThat(this.http.get("/glossary/" + id, "text/html").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/glossary/" + id).statusCode()).isEqualTo(404);
		assertThat(this.http.get("/glossary", "text/html").body()).doesNotContain("/glossary/" + id + "\"");

		HttpResponse<String> deleted = author.submitForm("/glossary/" + id, "/glossary/" + id + "/delete", "x=1");
		assertThat(deleted.statusCode()).isEqualTo(303);
		assertThat(author.get("/glossary/" + id).statusCode()).isEqualTo(404);
		assertThat(author.get("/glossary/mine").body()).doesNotContain("Renommé");
	}

	@Test
	void anAdministratorMayDeleteAListedGlossaryButNotSeeAPrivateOne() {
		CookieSession author = member("author-two");
		String listed = save(author, "Listé", "public");
		String kept = save(author, "Gardé", "private");
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		assertThat(admin.get("/glossary/" + kept).statusCode()).isEqualTo(404);
		assertThat(admin.submitForm("/glossary", "/glossary/" + kept + "/delete", "x=1").statusCode()).isEqualTo(404);
		assertThat(admin.submitForm("/glossary/" + listed, "/glossary/" + listed + "/delete", "x=1").statusCode())
			.isEqualTo(303);
		assertThat(this.http.get("/glossary/" + listed, "text/html").statusCode()).isEqualTo(404);
		assertThat(author.get("/glossary/mine").body()).contains("Gardé").doesNotContain("Listé");
	}

	private CookieSession member(String userName) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, "", PASSWORD, Set.of(), Set.of());
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

	private static String save(CookieSession author, String title, String visibility) {
		HttpResponse<String> saved = author.submitForm("/glossary?" + SELECTION, "/glossary",
				"title=" + HttpTestClient.encode(title) + "&visibility=" + visibility + "&" + SELECTION);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String location = saved.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
