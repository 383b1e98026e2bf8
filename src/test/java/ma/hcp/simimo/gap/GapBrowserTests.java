package ma.hcp.simimo.gap;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.RunningBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator's use of the divergence matrix in a real browser on the seed content:
 * filter to one producer, then export what is shown. Screenshots go to
 * target/screenshots/.
 */
class GapBrowserTests extends RunningBrowser {

	@Test
	void filtersTheMatrixToTheHcpAndExportsItAsCsv() throws Exception {
		this.browser.get("http://localhost:" + this.port + "/?lang=fr");
		this.browser.findElement(By.linkText("Écarts aux normes")).click();
		this.wait.until(ExpectedConditions.urlContains("/gaps/divergences"));
		BrowserSupport.screenshot(this.browser, "gap-1-matrix.png");

		new Select(this.browser.findElement(By.name("producer"))).selectByVisibleText("Haut-Commissariat au Plan");
		this.browser.findElement(By.cssSelector("form.gap-filters button")).click();
		this.wait.until(ExpectedConditions.urlContains("producer="));
		List<WebElement> groups = this.browser.findElements(By.cssSelector("table.matrix tr.group"));
		assertThat(groups).hasSize(1);
		assertThat(groups.get(0).getText()).isEqualTo("Haut-Commissariat au Plan");
		assertThat(this.browser.findElement(By.cssSelector("table.matrix")).getText()).contains("Migrant actuel")
			.contains("Population légale")
			.doesNotContain("ANAPEC");
		BrowserSupport.screenshot(this.browser, "gap-2-matrix-hcp.png");

		String export = this.browser.findElement(By.cssSelector("a.export-csv")).getDomProperty("href");
		HttpResponse<String> csv = this.http
			.get(URI.create(export).getRawPath() + "?" + URI.create(export).getRawQuery(), null);
		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSizeGreaterThan(5);
		assertThat(lines.subList(1, lines.size()))
			.allSatisfy((line) -> assertThat(line).startsWith("Haut-Commissariat au Plan;"));
		assertThat(csv.body()).contains("Population légale").contains("Migrant de longue durée");
	}

}
