package ma.hcp.simimo.setting;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RuntimeSettings;
import ma.hcp.simimo.store.RuntimeSettings.Key;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' settings page over real HTTP (decision 0025): a change takes effect
 * at once, without a restart (the sign-in threshold, the notice on every page, shown as
 * text), with who and when recorded; a value the private shapes refuse is a 400 naming
 * the field and the value in the reader's language, and nothing is written; only an
 * administrator may see or change anything; the configuration shown holds no secret. The
 * application is shared with other test classes, so every setting is put back after each
 * test.
 */
class SettingsIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a settings viewer's long password";

	@Autowired
	RuntimeSettings settings;

	@Autowired
	AccountRepository accounts;

	@AfterEach
	void putTheDefaultsBack() {
		if (!this.settings.saved().isEmpty()) {
			this.settings.save(
					Map.of(Key.SIGN_IN_FAILURES_PER_USER, Map.of("", "5"), Key.SIGN_IN_FAILURES_PER_ADDRESS,
							Map.of("", "20"), Key.GLOSSARY_MAX_SAVED, Map.of("", "1000"), Key.SITE_NOTICE, Map.of()),
					this.accounts.byUserName(ADMIN).orElseThrow().iri());
		}
	}

	@Test
	void anAdministratorsChangesTakeEffectAtOnceAndAreRecorded() {
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> page = admin.get("/admin/settings");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(page.body()).contains("value=\"5\"")
			.contains("value=\"20\"")
			.contains("intégré")
			.contains(org.apache.jena.Jena.VERSION)
			.contains("id=\"noticeAr\" name=\"noticeAr\" lang=\"ar\" dir=\"rtl\"")
			.doesNotContain("{bcrypt}")
			.doesNotContain(ADMIN_PASSWORD);

		HttpResponse<String> saved = admin.submitForm("/admin/settings", "/admin/settings",
				form("2", "20", "1000", "<script>alert('zs')</script> Maintenance samedi", "", ""));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/settings?saved=2");
		assertThat(this.settings.integer(Key.SIGN_IN_FAILURES_PER_USER)).hasValue(2);
		assertThat(this.settings.saved().get(Key.SITE_NOTICE).changedBy())
			.isEqualTo(this.accounts.byUserName(ADMIN).orElseThrow().iri());
		assertThat(this.settings.saved()).doesNotContainKey(Key.SIGN_IN_FAILURES_PER_ADDRESS);
		assertThat(admin.get("/admin/settings").body()).contains("value=\"2\"").contains("Modifié par admin le ");

		// The notice, on every page, as text; in English, the French one marked as such.
		String home = this.http.get("/", "text/html").body();
		assertThat(home).contains("site-notice")
			.contains("&lt;script&gt;alert(&#39;zs&#39;)&lt;/script&gt; Maintenance samedi")
			.doesNotContain("<script>alert('zs')");
		assertThat(this.http.get("/datasets?lang=en", "text/html").body()).contains("site-notice")
			.contains("lang=\"fr\"");

		// Two failures now throttle a user name.
		this.accounts.create("zs-throttled", "", PASSWORD, Set.of(), Set.of());
		for (int i = 0; i < 2; i++) {
			assertThat(new CookieSession(this.http).signIn("zs-throttled", "wrong " + i)
				.headers()
				.firstValue("Location")
				.orElseThrow()).isEqualTo("/sign-in?error");
		}
		assertThat(new CookieSession(this.http).signIn("zs-throttled", PASSWORD)
			.headers()
			.firstValue("Location")
			.orElseThrow()).isEqualTo("/sign-in?throttled");
	}

	@Test
	void aValueTheShapesRefuseIsA400NamingTheFieldAndTheValueAndWritesNothing() {
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		Map<Key, RuntimeSettings.Saved> before = this.settings.saved();
		HttpResponse<String> english = admin.submitForm("/admin/settings", "/admin/settings?lang=en",
				form("0", "abc", "1000", "Zskept notice", "", ""));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("data-field=\"sign-in-failures-per-user\"")
			.contains("A whole number of failures, from 1 to 1000: &quot;0&quot; is not one.")
			.contains("data-field=\"sign-in-failures-per-address\"")
			.contains("&quot;abc&quot; is not one")
			.contains("Zskept notice");
		HttpResponse<String> arabic = admin.submitForm("/admin/settings", "/admin/settings?lang=ar",
				form("5", "20", "1000", "x".repeat(501), "", ""));
		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body()).contains("data-field=\"site-notice\"").contains("إشعار من 500 حرف على الأكثر");
		HttpResponse<String> empty = admin.submitForm("/admin/settings", "/admin/settings?lang=fr",
				form("5", "20", "", "", "", ""));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("data-field=\"glossary-max-saved\"");
		HttpResponse<String> oversized = admin.submitForm("/admin/settings", "/admin/settings",
				form("5", "20", "1000", "y".repeat(1_100_000), "", ""));
		assertThat(oversized.statusCode()).isEqualTo(413);
		assertThat(this.settings.saved()).isEqualTo(before);
		assertThat(this.http.get("/", "text/html").body()).doesNotContain("Zskept");
	}

	@Test
	void onlyAnAdministratorSeesOrChangesTheSettings() {
		Map<Key, RuntimeSettings.Saved> before = this.settings.saved();
		for (Set<Role> roles : Set.of(Set.<Role>of(), Set.of(Role.COORDINATOR), Set.of(Role.CONTRIBUTOR))) {
			String name = "zs-" + (roles.isEmpty() ? "member" : roles.iterator().next().name().toLowerCase());
			if (this.accounts.byUserName(name).isEmpty()) {
				this.accounts.create(name, "", PASSWORD, roles, roles.contains(Role.CONTRIBUTOR)
						? Set.of("https://w3id.org/simimo/producers/anapec") : Set.of());
			}
			CookieSession other = CookieSession.signedIn(this.http, name, PASSWORD);
			assertThat(other.get("/admin/settings").statusCode()).as(name).isEqualTo(403);
			assertThat(other.submitForm("/", "/admin/settings", form("1", "1", "1", "Zsforged", "", "")).statusCode())
				.as(name)
				.isEqualTo(403);
			assertThat(other.get("/").body()).doesNotContain("/admin/settings");
		}
		HttpResponse<String> reader = this.http.get("/admin/settings", "text/html");
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(reader.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		assertThat(this.http.submitForm("/sign-in", "/admin/settings", form("1", "1", "1", "Zsforged", "", ""))
			.statusCode()).isEqualTo(302);
		assertThat(this.settings.saved()).isEqualTo(before);
	}

	@Test
	void aMissingCsrfTokenShowsTheFormAgainWithTheInputAndWritesNothing() {
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);
		Map<Key, RuntimeSettings.Saved> before = this.settings.saved();
		HttpResponse<String> refused = admin.post("/admin/settings?lang=en",
				form("7", "20", "1000", "Zstyped notice", "", ""));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired or the form is no longer valid")
			.contains("value=\"7\"")
			.contains("Zstyped notice")
			.contains("name=\"_csrf\"")
			// Nothing but the form: no configuration, no history.
			.doesNotContain("settings-configuration");
		assertThat(this.settings.saved()).isEqualTo(before);
	}

	static String form(String perUser, String perAddress, String glossaries, String fr, String en, String ar) {
		return "signInFailuresPerUser=" + HttpTestClient.encode(perUser) + "&signInFailuresPerAddress="
				+ HttpTestClient.encode(perAddress) + "&glossaryMaxSaved=" + HttpTestClient.encode(glossaries)
				+ "&noticeFr=" + HttpTestClient.encode(fr) + "&noticeEn=" + HttpTestClient.encode(en) + "&noticeAr="
				+ HttpTestClient.encode(ar);
	}

}
