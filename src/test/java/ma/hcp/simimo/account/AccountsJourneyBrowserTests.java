package ma.hcp.simimo.account;

import java.util.List;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's browser journey, in Chromium on the seed catalogue: an administrator creates
 * a contributor of ANAPEC and a member through the accounts page; the contributor signs
 * in and sees ANAPEC's datasets, and only those, as editable; the member saves a private
 * glossary that an anonymous reader can neither open nor find in the public list.
 * Screenshots go to target/screenshots/.
 */
class AccountsJourneyBrowserTests extends RunningBrowser {

	private static final String ANAPEC = "https://w3id.org/simimo/producers/anapec";

	private static final String PASSWORD = "a focal point's password";

	private static final String U98 = "https://w3id.org/simimo/concepts/un-1998/";

	@Test
	void anAdministratorCreatesAnAnapecContributorWhoSeesOnlyAnapecRecordsAsEditableAndAMemberKeepsAGlossaryPrivate()
			throws Exception {
		signIn(ADMIN, ADMIN_PASSWORD, "en");
		this.browser.get(url("/admin/accounts?lang=en"));
		createAccount("journey-anapec", "Focal point ANAPEC", List.of("CONTRIBUTOR"), List.of(ANAPEC));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
				"Account \"journey-anapec\" created."));
		createAccount("journey-trainer", "Trainer", List.of(), List.of());
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
				"Account \"journey-trainer\" created."));
		BrowserSupport.screenshot(this.browser, "accounts-1-administrator-created-two-accounts.png");
		signOut();

		signIn("journey-anapec", PASSWORD, "en");
		this.browser.get(url("/producers/anapec?lang=en"));
		List<WebElement> anapecDatasets = this.browser.findElements(By.cssSelector("main li a[href*='/datasets/']"))
			.stream()
			.filter((link) -> !link.getDomAttribute("href").endsWith("/edit"))
			.toList();
		List<WebElement> editLinks = this.browser.findElements(By.cssSelector("a.editable"));
		assertThat(anapecDatasets).isNotEmpty();
		assertThat(editLinks).hasSize(anapecDatasets.size());
		assertThat(editLinks).allSatisfy((link) -> assertThat(link.getDomAttribute("href")).endsWith("/edit"));
		BrowserSupport.screenshot(this.browser, "accounts-2-contributor-anapec-editable.png");

		this.browser.get(url("/producers/dgsn?lang=en"));
		assertThat(this.browser.findElements(By.cssSelector("main li a[href*='/datasets/']"))).isNotEmpty();
		assertThat(this.browser.findElements(By.cssSelector("a.editable"))).isEmpty();
		this.browser.get(url("/datasets/dgsn-foreigners-residence-permit?lang=en"));
		assertThat(this.browser.findElements(By.cssSelector("a.edit-record"))).isEmpty();
		this.browser.get(url("/datasets/anapec-moroccan-workers-placed-abroad?lang=en"));
		this.browser.findElement(By.cssSelector("a.edit-record")).click();
		this.wait.until(ExpectedConditions.urlContains("/datasets/anapec-moroccan-workers-placed-abroad/edit"));
		assertThat(this.browser.findElements(By.tagName("form"))).isNotEmpty();
		BrowserSupport.screenshot(this.browser, "accounts-3-contributor-edit-form.png");
		signOut();

		signIn("journey-trainer", PASSWORD, "en");
		this.browser.get(url("/glossary?lang=en&concepts="
				+ HttpTestClient.encode(U98 + "international-migrant," + U98 + "long-term-migrant")));
		WebElement save = this.browser.findElement(By.cssSelector("form.glossary-save"));
		save.findElement(By.name("title")).sendKeys("Trainer's private glossary");
		save.findElement(By.cssSelector("input[name='visibility'][value='private']")).click();
		save.findElement(By.cssSelector("button[type='submit']")).click();
		this.wait.until(ExpectedConditions.urlMatches("/glossary/[A-Za-z0-9_-]+(\\?.*)?$"));
		String saved = this.browser.getCurrentUrl().replaceAll("\\?.*", "");
		this.wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Trainer's private glossary"));
		this.browser.get(url("/glossary/mine?lang=en"));
		assertThat(mainText()).contains("Trainer's private glossary");
		BrowserSupport.screenshot(this.browser, "accounts-4-member-private-glossary.png");
		signOut();

		this.browser.get(saved + "?lang=en");
		assertThat(mainText()).doesNotContain("Trainer's private glossary");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("not found");
		// The builder's list of saved glossaries is the public one.
		this.browser.get(url("/glossary?lang=en"));
		assertThat(this.browser.findElement(By.id("saved")).getText()).isEqualTo("Saved glossaries");
		assertThat(this.browser.getPageSource()).doesNotContain("Trainer's private glossary");
		BrowserSupport.screenshot(this.browser, "accounts-5-anonymous-cannot-see-it.png");
	}

	private void createAccount(String userName, String name, List<String> roles, List<String> producers) {
		WebElement form = this.browser.findElement(By.cssSelector("form.create-account"));
		form.findElement(By.id("userName")).sendKeys(userName);
		form.findElement(By.id("name")).sendKeys(name);
		form.findElement(By.id("password")).sendKeys(PASSWORD);
		roles.forEach((role) -> form.findElement(By.cssSelector("input[name='roles'][value='" + role + "']")).click());
		producers
			.forEach((producer) -> form.findElement(By.cssSelector("input[name='producers'][value='" + producer + "']"))
				.click());
		form.findElement(By.cssSelector("button[type='submit']")).click();
		this.wait.until(ExpectedConditions.urlContains("done=created"));
	}

}
