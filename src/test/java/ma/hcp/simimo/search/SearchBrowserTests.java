package ma.hcp.simimo.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.RunningBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A researcher's search in a real browser on the seed content: autocomplete while typing,
 * a query, a facet, a result opened. Screenshots go to target/screenshots/.
 */
class SearchBrowserTests extends RunningBrowser {

	@Test
	void typesAQueryPicksTheDatasetFacetAndOpensTheEnmiSurvey() throws Exception {
		this.browser.get(url("/search?lang=fr"));
		WebElement box = this.browser.findElement(By.id("search-q"));
		box.sendKeys("migrants de ret");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-suggestions li")));
		assertThat(this.browser.findElement(By.id("search-suggestions")).getText()).contains("Migrants de retour");
		BrowserSupport.screenshot(this.browser, "search-1-autocomplete.png");

		box.sendKeys(Keys.ESCAPE);
		box.sendKeys("our", Keys.ENTER);
		this.wait.until(ExpectedConditions.urlContains("q=migrants+de+retour"));
		assertThat(this.browser.findElement(By.cssSelector(".results-bar .total")).getText())
			.contains("« migrants de retour »");
		BrowserSupport.screenshot(this.browser, "search-2-results.png");

		this.browser.findElement(By.cssSelector("[data-facet=type] a[data-value=dataset]")).click();
		this.wait.until(ExpectedConditions.urlContains("type=dataset"));
		List<WebElement> hits = this.browser.findElements(By.cssSelector("ol.hits li.hit"));
		assertThat(hits).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.getDomAttribute("data-type")).isEqualTo("dataset"));
		// The chosen state is part of the link's name, for a screen reader.
		assertThat(
				this.browser.findElement(By.cssSelector("[data-facet=type] a[data-value=dataset]")).getAccessibleName())
			.contains("(sélectionné)");
		WebElement enmi = hits.stream()
			.filter((hit) -> hit.getText().contains("Enquête nationale sur la migration internationale"))
			.findFirst()
			.orElseThrow();
		assertThat(enmi.findElement(By.cssSelector("ul.why")).getText())
			.contains("Mesure le concept « Migrant de retour »");
		BrowserSupport.screenshot(this.browser, "search-3-dataset-facet.png");

		enmi.findElement(By.cssSelector("h3 a")).click();
		this.wait.until(ExpectedConditions.urlContains("/datasets/enmi-2018-2019"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.contains("Enquête nationale sur la migration internationale");
		BrowserSupport.screenshot(this.browser, "search-4-opened-result.png");
	}

	@Test
	void aTextTypedFromTheDefaultDatasetsSearchesEveryKind() throws Exception {
		this.browser.get(url("/search?lang=fr"));
		assertThat(this.browser.findElements(By.cssSelector("ol.hits li.hit"))).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.getDomAttribute("data-type")).isEqualTo("dataset"));

		this.browser.findElement(By.id("search-q")).sendKeys("migrants de retour", Keys.ENTER);
		this.wait.until(ExpectedConditions.urlContains("q=migrants+de+retour"));
		// The datasets were a default, not the reader's filter: the concept is found too.
		assertThat(this.browser.getCurrentUrl()).doesNotContain("type=");
		assertThat(this.browser.findElements(By.cssSelector("ol.hits li.hit")))
			.extracting((hit) -> hit.getDomAttribute("data-type"))
			.contains("dataset", "concept");
		BrowserSupport.screenshot(this.browser, "search-5-typed-from-default.png");
	}

}
