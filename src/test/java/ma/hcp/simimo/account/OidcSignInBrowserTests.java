package ma.hcp.simimo.account;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import ma.hcp.identityprovider.TestIdentityProvider;
import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.RunningBrowser;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect sign-in in Chromium: the provider's button on the sign-in page, the
 * identity provider's own login form (Spring Authorization Server on 127.0.0.1), and back
 * to the page the reader came for, signed in. A screenshot goes to target/screenshots/.
 */
class OidcSignInBrowserTests extends RunningBrowser {

	private static final String PASSWORD = "a password at the identity provider";

	private static TestIdentityProvider provider;

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		provider = TestIdentityProvider.start();
		provider.register(registry, "hcp", "HCP", "openid,profile");
	}

	@AfterAll
	static void stopIdentityProvider() {
		provider.close();
	}

	@BeforeEach
	void callbackOfThisApplication() {
		provider.redirectUris(Set.of(url("/login/oauth2/code/hcp")));
	}

	@Test
	void clicksTheProvidersButtonSignsInThereAndComesBackSignedInToThePageItWanted() throws Exception {
		provider.addUser("zqbrowser", PASSWORD, Map.of("name", "Zq Browser", "roles", List.of("coordinator")));
		this.browser.get(url("/sign-in?lang=en&next=/glossary/mine"));

		this.browser.findElement(By.linkText("Sign in with HCP")).click();
		this.wait.until(ExpectedConditions.urlContains("127.0.0.1"));
		this.browser.findElement(By.name("username")).sendKeys("zqbrowser");
		this.browser.findElement(By.name("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlToBe(url("/glossary/mine")));

		assertThat(this.browser.findElement(By.cssSelector("header")).getText()).contains("Zq Browser");
		BrowserSupport.screenshot(this.browser, "oidc-signed-in.png");
	}

}
