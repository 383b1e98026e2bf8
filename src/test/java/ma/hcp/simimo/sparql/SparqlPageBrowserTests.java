package ma.hcp.simimo.sparql;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.RunningBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A researcher opens the SPARQL page, picks an example and reads its results, in a real
 * browser.
 */
class SparqlPageBrowserTests extends RunningBrowser {

	@Test
	void runsAnExampleQueryInTheEditorAndShowsItsResults() throws Exception {
		this.browser.get(url("/sparql?lang=en"));
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));

		List<WebElement> examples = this.browser.findElements(By.cssSelector("a.example"));
		assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
		WebElement countByProducer = examples.stream()
			.filter((link) -> "04-datasetCountByProducer".equals(link.getDomAttribute("data-example")))
			.findFirst()
			.orElseThrow();
		countByProducer.click();

		try {
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#yasgui .yasr"),
					"https://w3id.org/simimo/producers/"));
		}
		catch (RuntimeException ex) {
			BrowserSupport.screenshot(this.browser, "sparql-page-failure.png");
			throw ex;
		}
		String results = this.browser.findElement(By.cssSelector("#yasgui .yasr")).getText();
		assertThat(results).contains("datasets").contains("producers/hcp");
		assertThat(this.browser.findElement(By.id("plain-query")).isDisplayed()).isFalse();
		BrowserSupport.screenshot(this.browser, "sparql-page.png");
	}

	@Test
	void givesYasguiThePagesLanguageWhereItTakesOneAndTheExamplesCommentsInIt() throws Exception {
		Map<String, List<String>> expected = Map.of("fr",
				List.of("Requête", "# Le nombre de jeux de données publiés par chaque producteur", "Lignes 1 à "), "ar",
				List.of("استعلام", "# عدد مجموعات البيانات التي ينشرها كل منتج", "الصفوف من 1 إلى "), "en",
				List.of("Query", "# How many datasets each producer publishes", "Rows 1 to "));
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		for (String language : List.of("fr", "ar", "en")) {
			this.browser.get(url("/sparql?lang=" + language));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
			assertThat(this.browser.findElement(By.cssSelector("#yasgui .tabsList")).getText())
				.contains(expected.get(language).get(0));
			this.browser.findElement(By.cssSelector("a.example[data-example='04-datasetCountByProducer']")).click();
			wait.until((browser) -> String
				.valueOf(this.browser
					.executeScript("return document.querySelector('#yasgui .CodeMirror').CodeMirror" + ".getValue();"))
				.startsWith(expected.get(language).get(1)));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#yasgui .yasr"),
					expected.get(language).get(2)));
			BrowserSupport.screenshot(this.browser, "sparql-page-yasgui-" + language + ".png");
		}
	}

	@Test
	void laysTheQueryPageOutRightToLeftInArabic() throws Exception {
		this.browser.get(url("/sparql?lang=ar"));

		WebElement html = this.browser.findElement(By.tagName("html"));
		assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("نقطة ولوج SPARQL");
		BrowserSupport.screenshot(this.browser, "sparql-page-ar.png");
	}

}
