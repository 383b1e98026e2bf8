package ma.hcp.simimo.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.RunningBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three journeys of a new user, in a real browser on the seed content: find a
 * dataset, read a divergence side by side, switch to Arabic. Screenshots go to
 * target/screenshots/.
 */
class UserJourneysBrowserTests extends RunningBrowser {

	@Test
	void findsTheMedhimsSurveyFromHomeAndReadsItsReferencePeriodAndProducer() throws Exception {
		this.browser.get(url("/?lang=fr"));
		this.browser.findElement(By.linkText("Jeux de données")).click();
		this.wait.until(ExpectedConditions.titleContains("Jeux de données"));

		this.browser.findElement(By.partialLinkText("Enquête nationale sur la migration internationale")).click();
		this.wait.until(ExpectedConditions.urlContains("/datasets/enmi-2018-2019"));

		String facts = this.browser.findElement(By.cssSelector("dl.facts")).getText();
		assertThat(facts).contains("Haut-Commissariat au Plan").contains("depuis le 1er janvier 2000");
		assertThat(this.browser.findElement(By.cssSelector(".reference-period")).getText()).contains("Fenêtre");
		assertThat(this.browser.findElement(By.cssSelector(".concepts")).getText()).contains("Migrant de retour");
		BrowserSupport.screenshot(this.browser, "journey-1-enmi-dataset.png");
	}

	@Test
	void opensTheCensusResidentConceptAndSeesSixAgainstTwelveMonthsSideBySide() throws Exception {
		this.browser.get(url("/datasets/rgph-2014?lang=fr"));
		this.browser.findElement(By.partialLinkText("Population légale")).click();
		this.wait.until(ExpectedConditions.urlContains("/concepts/hcp-rgph/legal-population"));

		WebElement un1998 = this.browser.findElements(By.cssSelector("article.comparison"))
			.stream()
			.filter((article) -> article.getText().contains("Pays de résidence habituelle"))
			.findFirst()
			.orElseThrow();
		assertThat(un1998.findElements(By.cssSelector(".side"))).hasSize(2);
		String row = un1998.findElement(By.cssSelector("table.divergences tbody tr")).getText();
		assertThat(row).contains("6 mois").contains("12 mois").contains("Divergence mineure");
		BrowserSupport.screenshot(this.browser, "journey-2-census-resident-vs-un-1998.png");
	}

	@Test
	void switchesToArabicAndShowsArabicLabelsRightToLeft() throws Exception {
		this.browser.get(url("/concepts/hcp-rgph/legal-population?lang=fr"));
		this.browser.findElement(By.linkText("العربية")).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ar");
		BrowserSupport.screenshot(this.browser, "journey-3-concept-in-arabic.png");

		this.browser.get(url("/producers/hcp"));
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("المندوبية السامية للتخطيط");
		BrowserSupport.screenshot(this.browser, "journey-3-producer-in-arabic.png");
	}

}
