package ma.hcp.simimo.catalogue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.PublishingApplication;
import ma.hcp.simimo.RunningBrowser;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four steps of issue 18's journey in Chromium (decision 0027): a contributor of
 * ANAPEC edits the title of a published ANAPEC dataset and submits it with a comment; an
 * anonymous reader's search still finds the published title; a coordinator finds the
 * draft in the review queue, with the diff, and sends it back with a comment; the
 * contributor reads the comment on the draft page, fixes the title and submits again; the
 * coordinator publishes it; an anonymous reader then finds the new title in search and on
 * {@code /sparql}, and no longer the old one. Screenshots go to target/screenshots/. It
 * publishes, so it runs in the publishing tests' own application
 * ({@link PublishingApplication}).
 */
@PublishingApplication
class DatasetReviewBrowserTests extends RunningBrowser {

	private static final String PASSWORD = "a review journey's long password";

	/** ANAPEC's. */
	private static final String DATASET = "anapec-migrants-regularised-projects";

	private static final String PUBLISHED = "Migrants porteurs de projets régularisés inscrits à l'ANAPEC";

	private static final String NEW_TITLE = "Zjourney porteurs de projets régularisés (ANAPEC)";

	private static final String FIXED_TITLE = "Zjourney migrants porteurs de projets régularisés inscrits à l'ANAPEC";

	private static final String SEND_BACK = "Zjourney : gardez « inscrits à l'ANAPEC » dans le titre.";

	@Autowired
	AccountRepository accounts;

	@Test
	void anAnapecContributorSubmitsAnEditReadersKeepThePublishedTitleAndACoordinatorSendsItBack() throws Exception {
		this.accounts.create("zj-anapec", "Point focal ANAPEC", PASSWORD, Set.of(Role.CONTRIBUTOR),
				Set.of("https://w3id.org/simimo/producers/anapec"));
		this.accounts.create("zj-coordinator", "Coordinatrice HCP", PASSWORD, Set.of(Role.COORDINATOR), Set.of());

		// Step 1: the contributor edits the title and submits it.
		signIn("zj-anapec", PASSWORD, "fr");
		this.browser.get(url("/datasets/" + DATASET + "/edit?lang=fr"));
		WebElement title = this.browser.findElement(By.id("titleFr"));
		title.clear();
		title.sendKeys(NEW_TITLE);
		this.browser.findElement(By.cssSelector("form.dataset-edit button[type='submit']")).click();
		this.wait.until(ExpectedConditions.urlContains("/datasets/" + DATASET + "/draft"));
		this.browser.findElement(By.id("submitComment")).sendKeys("Titre raccourci, à relire.");
		this.browser.findElement(By.cssSelector("form.workflow-submit button")).click();
		this.wait.until(ExpectedConditions.urlContains("submitted"));
		assertThat(this.browser.findElement(By.cssSelector(".workflow-state")).getText())
			.contains("Soumis à relecture");
		BrowserSupport.screenshot(this.browser, "review-1-submitted.png");
		signOut();

		// An anonymous reader's search still shows the published title.
		this.browser.get(url("/search?q=" + java.net.URLEncoder.encode("régularisés", "UTF-8")));
		String results = this.browser.findElement(By.tagName("main")).getText();
		assertThat(results).contains(PUBLISHED).doesNotContain("Zjourney");

		// Step 2: the coordinator finds it in the queue, with the diff, and sends it
		// back.
		signIn("zj-coordinator", PASSWORD, "fr");
		assertThat(this.browser.findElement(By.cssSelector("a.review-link")).getText()).startsWith("Relecture (");
		this.browser.findElement(By.cssSelector("a.review-link")).click();
		this.wait.until(ExpectedConditions.urlContains("/review"));
		WebElement entry = this.browser.findElement(
				By.cssSelector("article.review-entry[data-record='https://w3id.org/simimo/datasets/" + DATASET + "']"));
		assertThat(entry.getText()).contains(NEW_TITLE)
			.contains("Titre raccourci, à relire.")
			.contains("Soumis par Point focal ANAPEC");
		assertThat(entry.findElement(By.cssSelector("table.diff")).getText()).contains(PUBLISHED).contains(NEW_TITLE);
		BrowserSupport.screenshot(this.browser, "review-2-queue.png");
		entry.findElement(By.cssSelector("a.draft-link")).click();
		this.wait.until(ExpectedConditions.urlContains("/datasets/" + DATASET + "/draft"));
		this.browser.findElement(By.id("sendBackComment")).sendKeys(SEND_BACK);
		this.browser.findElement(By.cssSelector("form.workflow-sendback button")).click();
		this.wait.until(ExpectedConditions.urlContains("sentBack"));
		signOut();

		// The contributor reads the comment; the draft is editable again.
		signIn("zj-anapec", PASSWORD, "fr");
		this.browser.get(url("/datasets/" + DATASET + "/draft?lang=fr"));
		assertThat(this.browser.findElement(By.cssSelector(".workflow-state")).getText()).contains("Brouillon");
		WebElement latest = this.browser.findElement(By.cssSelector(".workflow-thread li.change"));
		assertThat(latest.getText()).contains("Coordinatrice HCP").contains(SEND_BACK);
		assertThat(this.browser.findElements(By.cssSelector("form.workflow-submit"))).hasSize(1);
		BrowserSupport.screenshot(this.browser, "review-3-sent-back.png");

		// Step 3: the contributor fixes the title and submits again; the coordinator
		// publishes.
		this.browser.findElement(By.cssSelector("a.edit-record")).click();
		this.wait.until(ExpectedConditions.urlContains("/datasets/" + DATASET + "/edit"));
		WebElement again = this.browser.findElement(By.id("titleFr"));
		again.clear();
		again.sendKeys(FIXED_TITLE);
		this.browser.findElement(By.cssSelector("form.dataset-edit button[type='submit']")).click();
		this.wait.until(ExpectedConditions.urlContains("/datasets/" + DATASET + "/draft"));
		this.browser.findElement(By.cssSelector("form.workflow-submit button")).click();
		this.wait.until(ExpectedConditions.urlContains("submitted"));
		signOut();
		signIn("zj-coordinator", PASSWORD, "fr");
		this.browser.get(url("/review?lang=fr"));
		WebElement resubmitted = this.browser.findElement(
				By.cssSelector("article.review-entry[data-record='https://w3id.org/simimo/datasets/" + DATASET + "']"));
		assertThat(resubmitted.findElement(By.cssSelector("table.diff")).getText()).contains(FIXED_TITLE);
		resubmitted.findElement(By.cssSelector("a.draft-link")).click();
		this.wait.until(ExpectedConditions.urlContains("/datasets/" + DATASET + "/draft"));
		this.browser.findElement(By.id("publishComment")).sendKeys("Titre complet, publié.");
		this.browser.findElement(By.cssSelector("form.workflow-publish button")).click();
		this.wait.until(ExpectedConditions.urlContains("published"));
		assertThat(mainText()).contains(FIXED_TITLE).contains("Publié");
		BrowserSupport.screenshot(this.browser, "review-4-published.png");
		signOut();

		// An anonymous reader now finds the new title in search and on /sparql.
		this.browser.get(url("/search?q=" + java.net.URLEncoder.encode("Zjourney", "UTF-8")));
		assertThat(mainText()).contains(FIXED_TITLE);
		this.browser.get(url("/search?q=" + java.net.URLEncoder.encode("régularisés", "UTF-8")));
		assertThat(mainText()).contains(FIXED_TITLE).doesNotContain(PUBLISHED);
		BrowserSupport.screenshot(this.browser, "review-5-reader-search.png");
		String sparql = this.http.query("""
				PREFIX dct: <http://purl.org/dc/terms/>
				SELECT ?title WHERE { <https://w3id.org/simimo/datasets/%s> dct:title ?title }""".formatted(DATASET),
				"text/csv")
			.body();
		assertThat(sparql).contains(FIXED_TITLE).doesNotContain(PUBLISHED);

		// Step 4: the coordinator reverts it from the history page, through review again.
		signIn("zj-coordinator", PASSWORD, "fr");
		this.browser.get(url("/datasets/" + DATASET + "?lang=fr"));
		this.browser.findElement(By.cssSelector("a.history-link")).click();
		this.wait.until(ExpectedConditions.urlContains("/datasets/" + DATASET + "/history"));
		WebElement latest2 = this.browser.findElement(By.cssSelector("article.version[data-version='1']"));
		assertThat(latest2.getText()).contains("Coordinatrice HCP").contains("Titre complet, publié.");
		assertThat(latest2.findElement(By.cssSelector("table.diff")).getText()).contains(PUBLISHED)
			.contains(FIXED_TITLE);
		BrowserSupport.screenshot(this.browser, "review-6-history.png");
		this.browser.findElement(By.cssSelector("article.version[data-version='0'] form.history-revert button"))
			.click();
		this.wait.until(ExpectedConditions.urlContains("reverted"));
		this.browser.findElement(By.cssSelector("form.workflow-submit button")).click();
		this.wait.until(ExpectedConditions.urlContains("submitted"));
		this.browser.findElement(By.cssSelector("form.workflow-publish button")).click();
		this.wait.until(ExpectedConditions.urlContains("published"));
		assertThat(mainText()).contains(PUBLISHED).doesNotContain("Zjourney");
		signOut();
		this.browser.get(url("/search?q=" + java.net.URLEncoder.encode("régularisés", "UTF-8")));
		assertThat(mainText()).contains(PUBLISHED).doesNotContain("Zjourney");
		BrowserSupport.screenshot(this.browser, "review-7-reverted.png");
	}

}
