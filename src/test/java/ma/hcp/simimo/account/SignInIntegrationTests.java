package ma.hcp.simimo.account;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningFixtureApplication;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in and sign-out over real HTTP: the form, the session it starts (new id, HttpOnly,
 * SameSite=Lax, Secure on an https public address), the same refusal for a wrong password
 * and an unknown user, the CSRF check, and the administrators' page refused to others.
 */
class SignInIntegrationTests extends RunningFixtureApplication {

	private static final String MEMBER_PASSWORD = "a member's long password";

	@Autowired
	AccountRepository accounts;

	@Autowired
	SignInThrottle throttle;

	/** Other tests of this shared application fail sign-ins from the same address. */
	@BeforeEach
	void forgetFailures() {
		this.throttle.clear();
	}

	@Test
	void signsInWithTheRightPasswordAndTheHeaderShowsWhoIsSignedIn() {
		CookieSession session = new CookieSession(this.http);
		HttpResponse<String> response = session.signIn(ADMIN, ADMIN_PASSWORD);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/");
		String cookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax")
			.containsIgnoringCase("Secure");
		String home = session.get("/?lang=en").body();
		assertThat(home).contains("Signed in: admin")
			.contains("action=\"/sign-out\"")
			.contains("href=\"/admin/accounts\"");
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownUserWithTheSameAnswerAndNoSession() {
		CookieSession wrong = new CookieSession(this.http);
		HttpResponse<String> wrongPassword = wrong.signIn(ADMIN, "not the password at all");
		CookieSession unknown = new CookieSession(this.http);
		HttpResponse<String> unknownUser = unknown.signIn("nobody-here", "not the password at all");

		assertThat(wrongPassword.statusCode()).isEqualTo(302);
		assertThat(wrongPassword.headers().firstValue("Location")).hasValue("/sign-in?error");
		assertThat(unknownUser.headers().firstValue("Location"))
			.isEqualTo(wrongPassword.headers().firstValue("Location"));
		assertThat(wrong.sessionId()).isEmpty();
		assertThat(unknown.sessionId()).isEmpty();
		assertThat(wrong.get("/sign-in?error&lang=en").body())
			.contains("Sign-in refused: wrong user name or password, or the account is disabled.");
	}

	@Test
	void givesANewSessionIdAtSignIn() {
		CookieSession session = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		String before = session.sessionId().orElseThrow();

		HttpResponse<String> again = session.signIn(ADMIN, ADMIN_PASSWORD);

		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(session.sessionId()).isPresent().isNotEqualTo(java.util.Optional.of(before));
	}

	@Test
	void refusesASignInWithoutItsCsrfTokenAndKeepsTheUserNameNeverThePassword() {
		HttpResponse<String> response = this.http.send(this.http.request("/sign-in")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Cookie", "simimo-lang=en")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("username=" + ADMIN + "&password=" + HttpTestClient.encode(ADMIN_PASSWORD))));

		assertThat(response.statusCode()).isEqualTo(403);
		// The sign-in form again (decision 0025), with a fresh token and the user name.
		assertThat(response.body()).contains("The form was no longer valid")
			.contains(
					"name=\"username\" type=\"text\" autocomplete=\"username\" required maxlength=\"64\" dir=\"ltr\" value=\""
							+ ADMIN + "\"")
			.contains("name=\"_csrf\"")
			.doesNotContain(ADMIN_PASSWORD);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((value) -> value.startsWith("JSESSIONID="));
		assertThat(this.http.submitForm("/sign-in", "/sign-in/refused", "username=x").statusCode()).isNotEqualTo(200);
	}

	@Test
	void aSignInFromASessionTheServerNoLongerHasSaysSoAndKeepsTheUserNameNeverThePassword() {
		CookieSession browser = new CookieSession(this.http);
		// The sign-in page left open in one tab, while the reader signs in in another,
		// and that session then ends on the server while the browser keeps its cookies.
		String left = browser.csrfToken("/sign-in");
		assertThat(browser.signIn(ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		browser.expireOnServer();

		HttpResponse<String> refused = browser.post("/sign-in?lang=en", "username=" + ADMIN + "&password="
				+ HttpTestClient.encode(ADMIN_PASSWORD) + "&_csrf=" + HttpTestClient.encode(left));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired: you are no longer signed in.")
			.doesNotContain("The form was no longer valid")
			.contains("dir=\"ltr\" value=\"" + ADMIN + "\"")
			.contains("name=\"_csrf\"")
			.doesNotContain(ADMIN_PASSWORD);
		assertThat(refused.headers().allValues("Set-Cookie")).noneMatch((value) -> value.startsWith("JSESSIONID="));
		assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(302);
		// The page that came back signs in with its fresh token.
		Matcher fresh = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(refused.body());
		assertThat(fresh.find()).isTrue();
		HttpResponse<String> signedIn = browser.post("/sign-in", "username=" + ADMIN + "&password="
				+ HttpTestClient.encode(ADMIN_PASSWORD) + "&_csrf=" + HttpTestClient.encode(fresh.group(1)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/sign-in");
		assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(200);
	}

	@Test
	void signsOutWithAPostCarryingItsTokenAndTheSessionNoLongerCounts() {
		CookieSession session = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		assertThat(session.get("/admin/accounts").statusCode()).isEqualTo(200);

		HttpResponse<String> out = session.submitForm("/", "/sign-out", "x=1");

		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location")).hasValue("/?signedOut");
		HttpResponse<String> after = session.get("/admin/accounts");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
	}

	@Test
	void theSignInPageStartsNoSessionAndIsRightToLeftInArabic() {
		HttpResponse<String> french = this.http.get("/sign-in", "text/html");
		HttpResponse<String> arabic = this.http.get("/sign-in?lang=ar", "text/html");

		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(french.body()).contains("Se connecter").contains("name=\"_csrf\"");
		assertThat(arabic.body()).contains("dir=\"rtl\"").contains("تسجيل الدخول");
		assertThat(french.headers().allValues("Set-Cookie")).noneMatch((value) -> value.startsWith("JSESSIONID="));
	}

	@ParameterizedTest
	@CsvSource({ "fr, Accès refusé", "en, Not allowed", "ar, غير مسموح" })
	void refusesTheAccountsPageToAMemberWithA403PageInTheirLanguage(String language, String heading) {
		if (this.accounts.byUserName("plain-member").isEmpty()) {
			this.accounts.create("plain-member", "", MEMBER_PASSWORD, Set.of(), Set.of());
		}
		CookieSession member = CookieSession.signedIn(this.http, "plain-member", MEMBER_PASSWORD);

		HttpResponse<String> page = member.get("/admin/accounts?lang=" + language);

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains(heading).contains("lang=\"" + language + "\"");
		assertThat(member.get("/?lang=en").body()).doesNotContain("href=\"/admin/accounts\"");
	}

	@Test
	void sendsAReaderWhoIsNotSignedInFromTheAccountsPageToSignIn() {
		HttpResponse<String> page = this.http.get("/admin/accounts", "text/html");

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch((value) -> value.startsWith("JSESSIONID="));
	}

}
