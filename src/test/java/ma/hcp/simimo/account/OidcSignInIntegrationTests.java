package ma.hcp.simimo.account;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.hcp.identityprovider.TestIdentityProvider;
import ma.hcp.simimo.CapturedLog;
import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect sign-in against a real identity provider (Spring Authorization Server,
 * {@link TestIdentityProvider}) over real HTTP, the whole code flow: the account found or
 * created by issuer and subject, its roles and producers replaced by the claims at each
 * sign-in, the permission matrix applied to it as to a form sign-in, the admin page that
 * shows such roles and refuses to change them, the failures that end on the sign-in page,
 * and anonymous reads that still start no session.
 */
class OidcSignInIntegrationTests extends RunningApplication {

	private static final String ANAPEC = "https://w3id.org/simimo/producers/anapec";

	private static final String CONCEPT = "https://w3id.org/simimo/concepts/un-1998/long-term-migrant";

	private static final String PASSWORD = "a password at the identity provider";

	private static TestIdentityProvider provider;

	@Autowired
	AccountRepository accounts;

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		provider = TestIdentityProvider.start();
		provider.register(registry, "hcp", "HCP (test)", "openid,profile");
		// A scope the client may not have: the identity provider answers with an error.
		provider.register(registry, "broken", "Broken (test)", "openid,profile,not-granted");
	}

	@AfterAll
	static void stopIdentityProvider() {
		provider.close();
	}

	@BeforeEach
	void callbacksOfThisApplication() {
		provider
			.redirectUris(Set.of(this.http.url("/login/oauth2/code/hcp"), this.http.url("/login/oauth2/code/broken")));
	}

	@Test
	void signsInWithTheClaimedRolesAndProducersAndTheMatrixAppliesToTheAccount() {
		provider.addUser("zqfocal", PASSWORD, Map.of("name", "Zq Focal Point", "preferred_username", "zqfocal", "roles",
				List.of("coordinator", "contributor"), "producers", List.of("anapec")));
		OidcBrowser browser = new OidcBrowser(this.http);

		HttpResponse<String> callback = browser.signIn("hcp", "zqfocal", PASSWORD);

		assertThat(callback.statusCode()).isEqualTo(302);
		assertThat(callback.headers().firstValue("Location")).hasValue("/");
		assertThat(callback.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("JSESSIONID=")
				&& cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
		Account account = this.accounts.byIdentity(new OidcIdentity(provider.issuer(), "zqfocal")).orElseThrow();
		assertThat(account.userName()).isEqualTo("zqfocal");
		assertThat(account.name()).isEqualTo("Zq Focal Point");
		assertThat(account.passwordHash()).isEmpty();
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.COORDINATOR, Role.CONTRIBUTOR);
		assertThat(account.producers()).containsExactly(ANAPEC);
		CookieSession session = browser.simimo();
		assertThat(session.get("/?lang=en").body()).contains("Signed in: Zq Focal Point");
		assertThat(session.get("/glossary/mine").statusCode()).isEqualTo(200);
		assertThat(session.get("/admin/accounts").statusCode()).isEqualTo(403);
		// No password, so no form sign-in under its user name.
		assertThat(new CookieSession(this.http).signIn("zqfocal", "").headers().firstValue("Location"))
			.hasValue("/sign-in?error");
	}

	@Test
	void aSecondSignInWithChangedClaimsReplacesTheRolesOfTheSameAccount() {
		provider.addUser("zqchanging", PASSWORD,
				Map.of("roles", List.of("contributor"), "producers", List.of("anapec")));
		assertThat(new OidcBrowser(this.http).signIn("hcp", "zqchanging", PASSWORD).statusCode()).isEqualTo(302);
		Account first = this.accounts.byIdentity(new OidcIdentity(provider.issuer(), "zqchanging")).orElseThrow();
		assertThat(first.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.CONTRIBUTOR);

		provider.claims("zqchanging", Map.of("roles", "administrator"));
		OidcBrowser again = new OidcBrowser(this.http);
		assertThat(again.signIn("hcp", "zqchanging", PASSWORD).statusCode()).isEqualTo(302);

		Account second = this.accounts.byIdentity(new OidcIdentity(provider.issuer(), "zqchanging")).orElseThrow();
		assertThat(second.iri()).isEqualTo(first.iri());
		assertThat(second.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.ADMINISTRATOR);
		assertThat(second.producers()).isEmpty();
		assertThat(again.simimo().get("/admin/accounts").statusCode()).isEqualTo(200);
	}

	@Test
	void ignoresUnknownProducersAndLogsThem() {
		provider.addUser("zqunknown", PASSWORD, Map.of("roles", List.of("contributor", "uma_authorization"),
				"producers", List.of("anapec", "atlantis")));
		try (CapturedLog log = CapturedLog.start()) {
			assertThat(new OidcBrowser(this.http).signIn("hcp", "zqunknown", PASSWORD).headers().firstValue("Location"))
				.hasValue("/");

			assertThat(log.warnings())
				.anyMatch((line) -> line.getFormattedMessage().contains("[uma_authorization, atlantis]"));
		}
		Account account = this.accounts.byIdentity(new OidcIdentity(provider.issuer(), "zqunknown")).orElseThrow();
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.CONTRIBUTOR);
		assertThat(account.producers()).containsExactly(ANAPEC);
	}

	@Test
	void grantsNoContributorRoleWithoutAKnownProducerAndSaysSo() {
		provider.addUser("zqnoproducer", PASSWORD, Map.of("roles", List.of("contributor"), "producers", "atlantis"));
		OidcBrowser browser = new OidcBrowser(this.http);
		try (CapturedLog log = CapturedLog.start()) {
			HttpResponse<String> callback = browser.signIn("hcp", "zqnoproducer", PASSWORD);

			assertThat(callback.headers().firstValue("Location")).hasValue("/sign-in?signedIn&next=/");
			assertThat(log.warnings())
				.anyMatch((line) -> line.getFormattedMessage().contains("the contributor role is not granted"));
		}
		Account account = this.accounts.byIdentity(new OidcIdentity(provider.issuer(), "zqnoproducer")).orElseThrow();
		assertThat(account.roles()).containsExactly(Role.MEMBER);
		assertThat(account.producers()).isEmpty();
		assertThat(browser.simimo().get("/sign-in?signedIn&next=/&lang=en").body())
			.contains("You are signed in as a member. Your identity provider gives you the contributor role");
	}

	@Test
	void theAccountsPageShowsTheClaimedRolesReadOnlyAndRefusesACraftedChange() {
		provider.addUser("zqreadonly", PASSWORD, Map.of("roles", List.of("coordinator")));
		assertThat(new OidcBrowser(this.http).signIn("hcp", "zqreadonly", PASSWORD).statusCode()).isEqualTo(302);
		Account account = this.accounts.byIdentity(new OidcIdentity(provider.issuer(), "zqreadonly")).orElseThrow();
		String id = account.iri().substring(AccountIris.PREFIX.length());
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		String page = admin.get("/admin/accounts?lang=en").body();

		assertThat(page).contains("Roles given by the identity provider " + provider.issuer())
			.doesNotContain("/admin/accounts/" + id + "/roles")
			.doesNotContain("/admin/accounts/" + id + "/password")
			.contains("/admin/accounts/" + id + "/enabled");
		HttpResponse<String> crafted = admin.submitForm("/admin/accounts", "/admin/accounts/" + id + "/roles",
				"roles=ADMINISTRATOR&lang=en");
		assertThat(crafted.statusCode()).isEqualTo(400);
		assertThat(crafted.body()).contains("come from its identity provider");
		HttpResponse<String> password = admin.submitForm("/admin/accounts", "/admin/accounts/" + id + "/password",
				"password=" + HttpTestClient.encode("a password set by hand"));
		assertThat(password.statusCode()).isEqualTo(400);
		Account after = this.accounts.byIri(account.iri()).orElseThrow();
		assertThat(after.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.COORDINATOR);
		assertThat(after.passwordHash()).isEmpty();
	}

	@Test
	void aDisabledAccountStaysDisabledAndItsSignInEndsOnTheSignInPage() {
		provider.addUser("zqdisabled", PASSWORD, Map.of("roles", List.of("coordinator")));
		assertThat(new OidcBrowser(this.http).signIn("hcp", "zqdisabled", PASSWORD).statusCode()).isEqualTo(302);
		Account account = this.accounts.byIdentity(new OidcIdentity(provider.issuer(), "zqdisabled")).orElseThrow();
		this.accounts.setEnabled(account.iri(), false);
		provider.claims("zqdisabled", Map.of("roles", List.of("administrator")));
		OidcBrowser browser = new OidcBrowser(this.http);

		HttpResponse<String> callback = browser.signIn("hcp", "zqdisabled", PASSWORD);

		assertThat(callback.headers().firstValue("Location")).hasValue("/sign-in?oidcFailed=disabled");
		assertThat(browser.simimo().get("/sign-in?oidcFailed=disabled&lang=en").body())
			.contains("Your SIMIMO account is disabled.");
		Account after = this.accounts.byIri(account.iri()).orElseThrow();
		assertThat(after.enabled()).isFalse();
		assertThat(after.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.COORDINATOR);
		assertThat(browser.simimo().get("/glossary/mine").statusCode()).isEqualTo(302);
	}

	@Test
	void anErrorOfTheProviderAndAForgedStateEndOnTheSignInPageInTheReadersLanguage() {
		provider.addUser("zqbroken", PASSWORD, Map.of());
		OidcBrowser browser = new OidcBrowser(this.http);

		HttpResponse<String> refused = browser.signIn("broken", "zqbroken", PASSWORD);

		assertThat(refused.uri().getQuery()).contains("error=invalid_scope");
		assertThat(refused.headers().firstValue("Location")).hasValue("/sign-in?oidcFailed=provider");
		assertThat(browser.simimo().get("/sign-in?oidcFailed=provider&lang=ar").body()).contains("dir=\"rtl\"")
			.contains("لم يُتمّ مزوّد الهوية تسجيل الدخول");
		assertThat(this.accounts.byIdentity(new OidcIdentity(provider.issuer(), "zqbroken"))).isEmpty();

		// A session with an authorization request under way, and a callback of another
		// state.
		OidcBrowser forged = new OidcBrowser(this.http);
		assertThat(forged.get(this.http.url("/oauth2/authorization/hcp")).statusCode()).isEqualTo(302);
		HttpResponse<String> callback = forged.get(this.http.url("/login/oauth2/code/hcp?code=stolen&state=forged"));
		assertThat(callback.statusCode()).isEqualTo(302);
		assertThat(callback.headers().firstValue("Location")).hasValue("/sign-in?oidcFailed=expired");
		HttpResponse<String> page = forged.simimo().get("/sign-in?oidcFailed=expired");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("pas été commencée depuis ce navigateur");

		// A callback without any session at all: the same page, and still no session.
		HttpResponse<String> stray = this.http.get("/login/oauth2/code/hcp?code=x&state=y", "text/html");
		assertThat(stray.headers().firstValue("Location")).hasValue("/sign-in?oidcFailed=expired");
		assertThat(stray.headers().allValues("Set-Cookie")).noneMatch((value) -> value.startsWith("JSESSIONID="));
	}

	@Test
	void anonymousReadsStartNoSessionAndTheButtonStartsOneThatSignInRenews() {
		for (String path : List.of("/", "/sign-in", "/sign-in?lang=en", "/glossary", "/datasets", "/search?q=migrant",
				"/login/oauth2/code/hcp", "/oauth2/authorization/nowhere")) {
			HttpResponse<String> page = this.http.get(path, "text/html");
			assertThat(page.statusCode()).as(path).isLessThan(500);
			assertThat(page.headers().allValues("Set-Cookie")).as(path)
				.noneMatch((value) -> value.startsWith("JSESSIONID="));
		}
		assertThat(this.http.get("/oauth2/authorization/nowhere", "text/html").statusCode()).isEqualTo(404);
		String signIn = this.http.get("/sign-in?lang=en&next=/glossary/mine", "text/html").body();
		assertThat(signIn).contains("Sign in with HCP (test)")
			.contains("Sign in with Broken (test)")
			.contains("href=\"/oauth2/authorization/hcp?next=/glossary/mine\"");

		provider.addUser("zqsession", PASSWORD, Map.of());
		OidcBrowser browser = new OidcBrowser(this.http);
		HttpResponse<String> click = browser.get(this.http.url("/oauth2/authorization/hcp?next=/glossary/mine"));
		assertThat(click.statusCode()).isEqualTo(302);
		assertThat(click.headers().firstValue("Location").orElseThrow())
			.startsWith(provider.issuer() + "/oauth2/authorize?");
		String before = browser.simimoSession();
		assertThat(before).isNotNull();

		HttpResponse<String> callback = browser.signInFrom(click, "zqsession", PASSWORD);

		assertThat(callback.headers().firstValue("Location")).hasValue("/glossary/mine");
		assertThat(browser.simimoSession()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void aGlossarySavedAfterAnOidcSignInIsItsAccounts() {
		provider.addUser("zqauthor", PASSWORD, Map.of("name", "Zq Author"));
		OidcBrowser browser = new OidcBrowser(this.http);
		browser.signIn("hcp", "zqauthor", PASSWORD);
		CookieSession author = browser.simimo();
		String selection = "concepts=" + HttpTestClient.encode(CONCEPT) + "&langs=fr";

		HttpResponse<String> saved = author.submitForm("/glossary?" + selection, "/glossary",
				"title=" + HttpTestClient.encode("Zq oidc private glossary") + "&visibility=private&" + selection);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		// No preferred_username claim: a user name derived from the issuer and subject.
		assertThat(this.accounts.byIdentity(new OidcIdentity(provider.issuer(), "zqauthor")).orElseThrow().userName())
			.matches("oidc-[0-9a-f]{16}");
		String location = saved.headers().firstValue("Location").orElseThrow();
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(author.get("/glossary/mine").body()).contains("Zq oidc private glossary");
		assertThat(author.get("/glossary/" + id).statusCode()).isEqualTo(200);
		if (this.accounts.byUserName("zq-other-member").isEmpty()) {
			this.accounts.create("zq-other-member", "", "another member's password", Set.of(), Set.of());
		}
		CookieSession other = CookieSession.signedIn(this.http, "zq-other-member", "another member's password");
		assertThat(other.get("/glossary/" + id).statusCode()).isEqualTo(404);
		assertThat(author.submitForm("/glossary/" + id, "/glossary/" + id + "/delete", "x=1").statusCode())
			.isEqualTo(303);
	}

	@Test
	void nothingOfTheOidcAccountIsReadableInPublic() {
		provider.addUser("zqoidcleak", PASSWORD, Map.of("name", "Zqoidcname Leak", "roles", List.of("coordinator")));
		new OidcBrowser(this.http).signIn("hcp", "zqoidcleak", PASSWORD);
		Account account = this.accounts.byIdentity(new OidcIdentity(provider.issuer(), "zqoidcleak")).orElseThrow();

		PrivateDataProbe.assertNotInPublicPaths(this.http,
				List.of("zqoidcleak", "Zqoidcname", account.iri(), provider.issuer()),
				List.of("zqoidcleak", "Zqoidcname"));
	}

}
