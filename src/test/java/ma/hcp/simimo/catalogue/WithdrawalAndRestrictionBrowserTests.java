package ma.hcp.simimo.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.PublishingApplication;
import ma.hcp.simimo.RunningBrowser;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's withdrawal and restriction in Chromium, through the pages' forms, no script
 * needed (decision 0027): a coordinator withdraws a published dataset from its history
 * page with a comment, an anonymous reader then gets its 410 page (in French, and in
 * Arabic with its language and direction), and the coordinator reverts it from the
 * history and publishes it, after which search finds it again; a contributor of the owner
 * restricts a dataset from its page, an anonymous reader gets 404 and search does not
 * find it, the contributor sees it marked restricted and publishes it again, and it is
 * back. Screenshots go to target/screenshots/. It publishes, so it runs in the publishing
 * tests' own application ({@link PublishingApplication}).
 */
@PublishingApplication
class WithdrawalAndRestrictionBrowserTests extends RunningBrowser {

	private static final String PASSWORD = "a withdrawal journey's long password";

	/** MIEPEEC's; no other publishing test uses it. */
	private static final String WITHDRAWN = "miepeec-moroccan-workers-placed-abroad";

	private static final String WITHDRAWN_TITLE = "placés à l'étranger (MIEPEEC)";

	/** The HCP's; no other publishing test uses it. */
	private static final String RESTRICTED = "covid-refugees-surveys";

	private static final String RESTRICTED_TITLE = "impact de la COVID-19 sur les réfugiés";

	@Autowired
	AccountRepository accounts;

	@Test
	void aCoordinatorWithdrawsADatasetReadersGetItsGonePageAndARevertPublishesItAgain() throws Exception {
		this.accounts.create("zw-coordinator", "Coordinatrice du retrait", PASSWORD, Set.of(Role.COORDINATOR),
				Set.of());
		assertThat(search("placés étranger")).contains(WITHDRAWN_TITLE);

		signIn("zw-coordinator", PASSWORD, "fr");
		this.browser.get(url("/datasets/" + WITHDRAWN + "?lang=fr"));
		this.browser.findElement(By.cssSelector("a.history-link")).click();
		this.wait.until(ExpectedConditions.urlContains("/datasets/" + WITHDRAWN + "/history"));
		this.browser.findElement(By.id("withdraw-comment")).sendKeys("Zjretrait : série remplacée par une autre.");
		this.browser.findElement(By.cssSelector("form.history-withdraw button")).click();
		this.wait.until(ExpectedConditions.urlContains("withdrawn"));
		assertThat(mainText()).contains("Retirée de la publication le")
			.contains("Zjretrait : série remplacée par une autre.");
		BrowserSupport.screenshot(this.browser, "withdrawal-1-history.png");
		signOut();

		// An anonymous reader: the 410 page in French, then in Arabic, right to left.
		assertThat(this.http.get("/datasets/" + WITHDRAWN, "text/html").statusCode()).isEqualTo(410);
		this.browser.get(url("/datasets/" + WITHDRAWN + "?lang=fr"));
		assertThat(this.browser.findElement(By.cssSelector("section.record-withdrawn")).getText())
			.contains("Travailleurs marocains " + WITHDRAWN_TITLE)
			.contains("Retirée de la publication le");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
		BrowserSupport.screenshot(this.browser, "withdrawal-2-gone-fr.png");
		this.browser.get(url("/datasets/" + WITHDRAWN + "?lang=ar"));
		assertThat(this.browser.findElement(By.cssSelector("section.record-withdrawn h1")).getText())
			.contains("العمال المغاربة");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ar");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
		BrowserSupport.screenshot(this.browser, "withdrawal-3-gone-ar.png");
		assertThat(search("placés étranger")).doesNotContain(WITHDRAWN_TITLE);

		// The coordinator reverts to the version before and publishes it.
		signIn("zw-coordinator", PASSWORD, "fr");
		this.browser.get(url("/datasets/" + WITHDRAWN + "/history?lang=fr"));
		this.browser.findElement(By.cssSelector("article.version[data-version='0'] form.history-revert button"))
			.click();
		this.wait.until(ExpectedConditions.urlContains("reverted"));
		this.browser.findElement(By.cssSelector("form.workflow-submit button")).click();
		this.wait.until(ExpectedConditions.urlContains("submitted"));
		this.browser.findElement(By.id("publishComment")).sendKeys("Zjretrait annulé.");
		this.browser.findElement(By.cssSelector("form.workflow-publish button")).click();
		this.wait.until(ExpectedConditions.urlContains("published"));
		assertThat(mainText()).contains(WITHDRAWN_TITLE);
		signOut();
		assertThat(this.http.get("/datasets/" + WITHDRAWN, "text/html").statusCode()).isEqualTo(200);
		assertThat(search("placés étranger")).contains(WITHDRAWN_TITLE);
		BrowserSupport.screenshot(this.browser, "withdrawal-4-back-in-search.png");
	}

	@Test
	void aContributorRestrictsADatasetReadersLoseItAndPublishingItAgainBringsItBack() throws Exception {
		this.accounts.create("zw-hcp", "Point focal HCP", PASSWORD, Set.of(Role.CONTRIBUTOR),
				Set.of("https://w3id.org/simimo/producers/hcp"));
		assertThat(search("COVID réfugiés")).contains(RESTRICTED_TITLE);

		signIn("zw-hcp", PASSWORD, "fr");
		this.browser.get(url("/datasets/" + RESTRICTED + "?lang=fr"));
		this.browser.findElement(By.id("restrictComment")).sendKeys("Zjrestreint : chiffres en cours de vérification.");
		this.browser.findElement(By.cssSelector("form.restrict-form button")).click();
		this.wait.until(ExpectedConditions.urlContains("restricted"));
		assertThat(this.browser.findElement(By.cssSelector(".record-restricted")).getText()).contains("Restreint");
		BrowserSupport.screenshot(this.browser, "restriction-1-restricted.png");
		signOut();

		// An anonymous reader: no page, and search does not find it.
		assertThat(this.http.get("/datasets/" + RESTRICTED, "text/html").statusCode()).isEqualTo(404);
		this.browser.get(url("/datasets/" + RESTRICTED + "?lang=fr"));
		assertThat(mainText()).doesNotContain(RESTRICTED_TITLE);
		assertThat(search("COVID réfugiés")).doesNotContain(RESTRICTED_TITLE);
		BrowserSupport.screenshot(this.browser, "restriction-2-reader-404.png");

		// Its contributor sees it marked restricted and publishes it again.
		signIn("zw-hcp", PASSWORD, "fr");
		this.browser.get(url("/datasets/" + RESTRICTED + "?lang=fr"));
		assertThat(this.browser.findElement(By.cssSelector(".record-restricted")).getText()).contains("Restreint");
		assertThat(mainText()).contains(RESTRICTED_TITLE);
		this.browser.findElement(By.cssSelector("form.unrestrict-form button")).click();
		this.wait.until(ExpectedConditions.urlContains("unrestricted"));
		assertThat(this.browser.findElements(By.cssSelector(".record-restricted"))).isEmpty();
		signOut();
		assertThat(this.http.get("/datasets/" + RESTRICTED, "text/html").statusCode()).isEqualTo(200);
		assertThat(search("COVID réfugiés")).contains(RESTRICTED_TITLE);
		BrowserSupport.screenshot(this.browser, "restriction-3-back-in-search.png");
	}

	/** The main text of an anonymous reader's search page for {@code text}. */
	private String search(String text) {
		this.browser.get(url("/search?lang=fr&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
		return mainText();
	}

}
