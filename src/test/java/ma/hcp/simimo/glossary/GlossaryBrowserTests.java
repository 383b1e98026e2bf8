package ma.hcp.simimo.glossary;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.RunningBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer's glossary in a real browser on the seed content: all the concepts of the UN
 * 1998 recommendations, cut down to ten, in French and Arabic, downloaded as PDF (or as
 * XLSX while the PDF format is not there). Screenshots go to target/screenshots/.
 */
class GlossaryBrowserTests extends RunningBrowser {

	private static final String UN_1998 = "https://w3id.org/simimo/schemes/un-1998";

	/** The download formats a trainer prefers, best first, with their media types. */
	private static final List<Map.Entry<String, String>> PREFERRED = List.of(Map.entry("pdf", "application/pdf"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	@Test
	void aTrainerBuildsATenConceptGlossaryInFrenchAndArabicAndDownloadsIt() throws Exception {
		this.browser.get(url("/?lang=fr"));
		this.browser.findElement(By.linkText("Construire un glossaire")).click();
		this.wait.until(ExpectedConditions.urlContains("/glossary"));
		assertThat(this.browser.findElement(By.cssSelector(".selection-count")).getText())
			.isEqualTo("Aucun concept sélectionné");

		this.browser.findElement(By.cssSelector("li[data-scheme='" + UN_1998 + "'] button.add-scheme")).click();
		this.wait.until(ExpectedConditions.urlContains("concepts="));
		int selected = this.browser.findElements(By.cssSelector("ol.selection li")).size();
		assertThat(selected).isGreaterThan(10);
		while (selected > 10) {
			this.browser.findElement(By.cssSelector("ol.selection li:last-child button.remove")).click();
			int before = selected;
			this.wait.until((driver) -> driver.findElements(By.cssSelector("ol.selection li")).size() < before);
			selected = this.browser.findElements(By.cssSelector("ol.selection li")).size();
		}
		assertThat(this.browser.findElement(By.cssSelector(".selection-count")).getText())
			.isEqualTo("10 concepts sélectionnés");

		WebElement arabic = this.browser
			.findElement(By.cssSelector("form.glossary-settings input[name='langs'][value='ar']"));
		arabic.click();
		this.browser.findElement(By.cssSelector("form.glossary-settings button")).click();
		this.wait.until(ExpectedConditions.urlContains("langs=fr%2Car&"));
		assertThat(this.browser.findElement(By.cssSelector(".selection-count")).getText())
			.isEqualTo("10 concepts sélectionnés");
		assertThat(this.browser.findElements(By.cssSelector("article.glossary-entry"))).hasSize(10);
		assertThat(this.browser.findElements(By.cssSelector("article.glossary-entry h3.term[lang='ar'][dir='rtl']")))
			.hasSize(10);
		BrowserSupport.screenshot(this.browser, "glossary-1-builder-fr-ar.png");
		this.browser.executeScript("document.getElementById('preview').scrollIntoView()");
		BrowserSupport.screenshot(this.browser, "glossary-2-preview-fr-ar.png");

		Map.Entry<String, String> format = PREFERRED.stream()
			.filter((candidate) -> !this.browser
				.findElements(By.cssSelector("ul.exports a[data-format='" + candidate.getKey() + "']"))
				.isEmpty())
			.findFirst()
			.orElseThrow();
		String href = this.browser.findElement(By.cssSelector("ul.exports a[data-format='" + format.getKey() + "']"))
			.getDomProperty("href");
		assertThat(href).contains("langs=fr%2Car").contains("format=" + format.getKey());
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.getValue());
		assertThat(download.body()).isNotEmpty();
	}

}
