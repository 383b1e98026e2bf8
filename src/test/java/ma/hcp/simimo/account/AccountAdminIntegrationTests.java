package ma.hcp.simimo.account;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' page over real HTTP on the seed catalogue: creating a contributor
 * of ANAPEC who then signs in, refusals that name the problem and keep the input,
 * disabling, resetting a password, the last administrator kept, and the page's forms
 * refused without their token or to a member.
 */
class AccountAdminIntegrationTests extends RunningApplication {

	private static final String ANAPEC = "https://w3id.org/simimo/producers/anapec";

	private static final String PASSWORD = "a contributor's password";

	@Autowired
	AccountRepository accounts;

	@Test
	void createsAContributorOfAnapecWhoThenSignsInWithThoseAuthorities() {
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> page = admin.get("/admin/accounts?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"" + ANAPEC + "\"").contains(">admin<");

		HttpResponse<String> created = admin.submitForm("/admin/accounts", "/admin/accounts",
				"userName=focal-anapec&name=" + HttpTestClient.encode("Focal ANAPEC") + "&password="
						+ HttpTestClient.encode(PASSWORD) + "&roles=CONTRIBUTOR&producers="
						+ HttpTestClient.encode(ANAPEC));

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location"))
			.hasValue("/admin/accounts?done=created&account=focal-anapec");
		assertThat(admin.get("/admin/accounts?done=created&account=focal-anapec&lang=en").body())
			.contains("Account &quot;focal-anapec&quot; created.")
			.contains(">focal-anapec<");
		Account account = this.accounts.byUserName("focal-anapec").orElseThrow();
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.CONTRIBUTOR);
		assertThat(account.producers()).containsExactly(ANAPEC);
		CookieSession contributor = CookieSession.signedIn(this.http, "focal-anapec", PASSWORD);
		assertThat(contributor.get("/?lang=en").body()).contains("Signed in: Focal ANAPEC");
	}

	@Test
	void aRefusedCreationNamesTheProblemInTheReadersLanguageAndKeepsTheInput() {
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> shortPassword = admin.submitForm("/admin/accounts?lang=en", "/admin/accounts",
				"userName=kept-name&name=Kept&password=short&roles=COORDINATOR");
		HttpResponse<String> noProducer = admin.submitForm("/admin/accounts?lang=fr", "/admin/accounts",
				"userName=no-producer&password=" + HttpTestClient.encode(PASSWORD) + "&roles=CONTRIBUTOR");
		HttpResponse<String> forged = admin.submitForm("/admin/accounts?lang=ar", "/admin/accounts",
				"userName=forged&password=" + HttpTestClient.encode(PASSWORD) + "&roles=CONTRIBUTOR&producers="
						+ HttpTestClient.encode("https://example.org/not-a-producer"));

		assertThat(shortPassword.statusCode()).isEqualTo(400);
		assertThat(shortPassword.body()).contains("Password too short: at least 12 characters.")
			.contains("value=\"kept-name\"");
		assertThat(noProducer.statusCode()).isEqualTo(400);
		assertThat(noProducer.body()).contains("Un contributeur travaille pour au moins un producteur");
		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(forged.body()).contains("ليس منتجًا في الفهرس");
		assertThat(this.accounts.byUserName("kept-name")).isEmpty();
		assertThat(this.accounts.byUserName("no-producer")).isEmpty();
		assertThat(this.accounts.byUserName("forged")).isEmpty();
	}

	@Test
	void disablesAnAccountThatThenCannotSignInAndResetsAPassword() {
		Account account = this.accounts.create("to-disable", "", PASSWORD, java.util.Set.of(), java.util.Set.of());
		String id = account.iri().substring(AccountIris.PREFIX.length());
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		assertThat(admin
			.submitForm("/admin/accounts", "/admin/accounts/" + id + "/password",
					"password=" + HttpTestClient.encode("a brand new password"))
			.statusCode()).isEqualTo(302);
		CookieSession.signedIn(this.http, "to-disable", "a brand new password");
		assertThat(
				admin.submitForm("/admin/accounts", "/admin/accounts/" + id + "/enabled", "enabled=false").statusCode())
			.isEqualTo(302);

		CookieSession refused = new CookieSession(this.http);
		assertThat(refused.signIn("to-disable", "a brand new password").headers().firstValue("Location"))
			.hasValue("/sign-in?error");
		assertThat(this.accounts.byIri(account.iri()).orElseThrow().enabled()).isFalse();
	}

	@Test
	void theLastAdministratorCannotBeDisabledOrLoseTheRole() {
		Account admin = this.accounts.byUserName(ADMIN).orElseThrow();
		String id = admin.iri().substring(AccountIris.PREFIX.length());
		CookieSession session = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> disabled = session.submitForm("/admin/accounts?lang=en",
				"/admin/accounts/" + id + "/enabled", "enabled=false");
		HttpResponse<String> demoted = session.submitForm("/admin/accounts?lang=en", "/admin/accounts/" + id + "/roles",
				"roles=COORDINATOR");

		assertThat(disabled.statusCode()).isEqualTo(400);
		assertThat(disabled.body()).contains("This is the last enabled administrator");
		assertThat(demoted.statusCode()).isEqualTo(400);
		assertThat(this.accounts.byUserName(ADMIN).orElseThrow().roles()).contains(Role.ADMINISTRATOR);
		assertThat(this.accounts.byUserName(ADMIN).orElseThrow().enabled()).isTrue();
	}

	@Test
	void refusesTheFormsWithoutTheirTokenAndToAMember() {
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> noToken = admin.post("/admin/accounts",
				"userName=no-token&password=" + HttpTestClient.encode(PASSWORD));
		this.accounts.create("just-member", "", PASSWORD, java.util.Set.of(), java.util.Set.of());
		CookieSession member = CookieSession.signedIn(this.http, "just-member", PASSWORD);
		HttpResponse<String> byMember = member.submitForm("/", "/admin/accounts",
				"userName=by-member&password=" + HttpTestClient.encode(PASSWORD) + "&roles=ADMINISTRATOR");

		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(byMember.statusCode()).isEqualTo(403);
		assertThat(this.accounts.byUserName("no-token")).isEmpty();
		assertThat(this.accounts.byUserName("by-member")).isEmpty();
	}

	@Test
	void theCreateFormComesBackWithWhatWasTypedButThePasswordWhenItsTokenIsMissing() {
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> refused = admin.post("/admin/accounts?lang=en",
				"userName=zk-kept&name=" + HttpTestClient.encode("Zk Typed Name") + "&password="
						+ HttpTestClient.encode("zk typed password 123") + "&roles=CONTRIBUTOR&producers="
						+ HttpTestClient.encode("https://w3id.org/simimo/producers/anapec"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired or the form is no longer valid")
			.contains("value=\"zk-kept\"")
			.contains("value=\"Zk Typed Name\"")
			.contains("name=\"_csrf\"")
			.doesNotContain("zk typed password 123");
		assertThat(this.accounts.byUserName("zk-kept")).isEmpty();
	}

	@Test
	void anAccountsRolesFormComesBackAsTickedWhenItsTokenIsMissingAndChangesNothing() {
		Account target = this.accounts.create("zk-roles-target", "", PASSWORD, Set.of(), Set.of());
		String id = id(target);
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> refused = admin.post("/admin/accounts/" + id + "/roles?lang=en",
				"roles=CONTRIBUTOR&producers=" + HttpTestClient.encode(ANAPEC));
		assertThat(refused.statusCode()).isEqualTo(403);
		String kept = kept(refused.body());
		assertThat(kept).contains("Your session has expired or the form is no longer valid")
			.contains("Account: zk-roles-target")
			.contains("The roles and producers you ticked are kept below")
			.contains("action=\"/admin/accounts/" + id + "/roles\"")
			.contains("value=\"CONTRIBUTOR\" checked=\"checked\"")
			.contains("value=\"" + ANAPEC + "\" checked=\"checked\"")
			.doesNotContain("value=\"COORDINATOR\" checked")
			.contains("name=\"_csrf\"");
		// The list is still there for the administrator, and the create form has no
		// refusal notice of its own.
		assertThat(refused.body()).contains(">zk-roles-target<").doesNotContain("What you typed is kept below, but");
		assertThat(this.accounts.byUserName("zk-roles-target").orElseThrow().roles()).containsExactly(Role.MEMBER);
	}

	@Test
	void anAccountsEnabledFormComesBackWhenItsTokenIsMissingAndChangesNothing() {
		Account target = this.accounts.create("zk-enabled-target", "", PASSWORD, Set.of(), Set.of());
		String id = id(target);
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> refused = admin.post("/admin/accounts/" + id + "/enabled?lang=fr", "enabled=false");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(kept(refused.body())).contains("Votre session a expiré ou le formulaire n&#39;est plus valide")
			.contains("Votre demande est rappelée ci-dessous")
			.contains("action=\"/admin/accounts/" + id + "/enabled\"")
			.contains("name=\"enabled\" value=\"false\"")
			.contains("name=\"_csrf\"");
		assertThat(this.accounts.byUserName("zk-enabled-target").orElseThrow().enabled()).isTrue();
	}

	@Test
	void anAccountsPasswordFormComesBackWithAClearMessageAndNeverThePasswordWhenItsTokenIsMissing() {
		Account target = this.accounts.create("zk-password-target", "", PASSWORD, Set.of(), Set.of());
		String id = id(target);
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		String typed = "zk typed new password 4567";
		HttpResponse<String> refused = admin.post("/admin/accounts/" + id + "/password?lang=en",
				"password=" + HttpTestClient.encode(typed));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(kept(refused.body())).contains("Your session has expired or the form is no longer valid")
			.contains("The new password is not kept")
			.contains("action=\"/admin/accounts/" + id + "/password\"")
			.contains("name=\"_csrf\"");
		assertThat(refused.body()).doesNotContain(typed)
			.doesNotContain(HttpTestClient.encode(typed))
			.doesNotContain("zk typed");
		// Unchanged: the old password still signs in, the typed one does not.
		assertThat(new CookieSession(this.http).signIn("zk-password-target", typed).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("error"));
		CookieSession.signedIn(this.http, "zk-password-target", PASSWORD);
	}

	@Test
	void anAccountsFormFromAnExpiredSessionComesBackWithoutTheListOrTheAccountsNameAndChangesNothing() {
		Account target = this.accounts.create("zk-expired-target", "", PASSWORD, Set.of(), Set.of());
		String id = id(target);
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		String token = admin.csrfToken("/admin/accounts");
		admin.expireOnServer();
		for (String form : new String[] { "roles", "enabled", "password" }) {
			String body = switch (form) {
				case "roles" -> "roles=COORDINATOR";
				case "enabled" -> "enabled=false";
				default -> "password=" + HttpTestClient.encode("zk expired typed password");
			};
			HttpResponse<String> refused = admin.post("/admin/accounts/" + id + "/" + form,
					body + "&_csrf=" + HttpTestClient.encode(token));
			assertThat(refused.statusCode()).as(form).isEqualTo(403);
			assertThat(refused.body()).as(form)
				.contains("Votre session a expiré : rien n&#39;a été enregistré.")
				.contains("action=\"/admin/accounts/" + id + "/" + form + "\"")
				.doesNotContain("zk-expired-target")
				.doesNotContain(">" + ADMIN + "<")
				.doesNotContain("zk expired typed password");
		}
		Account after = this.accounts.byUserName("zk-expired-target").orElseThrow();
		assertThat(after.roles()).containsExactly(Role.MEMBER);
		assertThat(after.enabled()).isTrue();
		CookieSession.signedIn(this.http, "zk-expired-target", PASSWORD);
	}

	private static String id(Account account) {
		return account.iri().substring(AccountIris.PREFIX.length());
	}

	/** The refused form's block of the accounts page, above the list. */
	private static String kept(String page) {
		int start = page.indexOf("class=\"kept-account-form\"");
		assertThat(start).as("the kept form").isNotNegative();
		return page.substring(start, page.indexOf("<table", start));
	}

}
