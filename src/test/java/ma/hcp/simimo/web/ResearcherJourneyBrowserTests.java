package ma.hcp.simimo.web;

import java.util.List;
import java.util.Map;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.RunningBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A researcher's way in, at desktop (1366 px) and phone (390 px) widths, in French and
 * Arabic: the home page's search box proposes as one types, the empty search lists
 * datasets, applied filters show as chips, a concept's hierarchy panel leads up and down,
 * and at phone width the header folds into a menu button and no page scrolls sideways.
 * Screenshots go to target/screenshots/.
 */
class ResearcherJourneyBrowserTests extends RunningBrowser {

	private static final Dimension DESKTOP = new Dimension(1366, 900);

	private static final Dimension PHONE = new Dimension(390, 844);

	@AfterEach
	void restoreWindow() {
		// The browser is shared by every browser test.
		this.browser.manage().window().setSize(new Dimension(1280, 1024));
	}

	@Test
	void proposesSuggestionsFromTheHomePageSearchBox() throws Exception {
		for (String language : List.of("fr", "ar")) {
			this.browser.manage().window().setSize(DESKTOP);
			this.browser.get(url("/?lang=" + language));
			this.browser.findElement(By.id("search-q")).sendKeys("fr".equals(language) ? "migrants de ret" : "مهاج");
			this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-suggestions li")));
			assertThat(this.browser.findElements(By.cssSelector("#search-suggestions li"))).isNotEmpty();
			assertThat(this.browser.findElements(By.cssSelector("table.loaded-graphs"))).isEmpty();
			BrowserSupport.screenshot(this.browser, "researcher-home-suggestions-1366-" + language + ".png");
		}
	}

	@Test
	void listsDatasetsForTheEmptySearchAndShowsAppliedFiltersAsChips() throws Exception {
		for (String language : List.of("fr", "ar")) {
			for (Dimension size : List.of(DESKTOP, PHONE)) {
				this.browser.manage().window().setSize(size);
				this.browser.get(url("/search?lang=" + language));
				List<WebElement> hits = this.browser.findElements(By.cssSelector("ol.hits li.hit"));
				assertThat(hits).isNotEmpty()
					.allSatisfy((hit) -> assertThat(hit.getDomAttribute("data-type")).isEqualTo("dataset"));
				BrowserSupport.screenshot(this.browser,
						"researcher-empty-search-" + size.getWidth() + "-" + language + ".png");
				this.browser.get(url("/search?q=migration&type=dataset&yearFrom=2010&lang=" + language));
				assertThat(this.browser.findElements(By.cssSelector("ul.chips li"))).hasSize(3);
				BrowserSupport.screenshot(this.browser,
						"researcher-chips-" + size.getWidth() + "-" + language + ".png");
			}
		}
		this.browser.manage().window().setSize(DESKTOP);
		this.browser.get(url("/search?q=migration&type=dataset&yearFrom=2010&lang=fr"));
		this.browser.findElement(By.linkText("Effacer les filtres")).click();
		this.wait.until(ExpectedConditions.urlToBe(url("/search?q=migration")));
		assertThat(this.browser.findElements(By.cssSelector("ul.chips"))).isEmpty();
	}

	@Test
	void foldsTheHeaderIntoAMenuButtonAndScrollsNoPageSidewaysAtPhoneWidth() throws Exception {
		this.browser.manage().window().setSize(PHONE);
		for (String language : List.of("fr", "ar")) {
			for (String page : List.of("/", "/gaps/divergences", "/glossary", "/search?q=migration", "/schemes",
					"/concepts/un-1998/long-term-migrant")) {
				String path = page + (page.contains("?") ? "&" : "?") + "lang=" + language;
				this.browser.get(url(path));
				Number overflow = (Number) this.browser.executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(overflow.intValue()).as("sideways scroll on %s, past the edge: %s", path, this.browser
					.executeScript("var w = document.documentElement.clientWidth; return Array.from("
							+ "document.querySelectorAll('body *')).filter((e) => { var r = e.getBoundingClientRect();"
							+ " return e.className !== 'skip-link' && !e.closest('.table-scroll') && (r.right > w + 1 || r.left < -1); }).slice(0, 8).map((e) => e.tagName + '.'"
							+ " + e.className + ' ' + Math.round(e.getBoundingClientRect().width)).join(', ');"))
					.isLessThanOrEqualTo(0);
				Number inputFont = (Number) this.browser
					.executeScript("var i = document.querySelector('input, select');"
							+ " return i ? parseFloat(getComputedStyle(i).fontSize) : 16;");
				assertThat(inputFont.doubleValue()).as("form control font size on %s", path).isGreaterThanOrEqualTo(16);
				String name = "researcher-phone" + page.replaceAll("[^a-z]+", "-") + language + ".png";
				BrowserSupport.screenshot(this.browser, name.replace("--", "-"));
			}
		}
		this.browser.get(url("/?lang=fr"));
		WebElement datasets = this.browser.findElement(By.cssSelector(".site-menu nav a[href='/datasets']"));
		assertThat(visible(datasets)).as("the navigation is folded").isFalse();
		Number header = (Number) this.browser
			.executeScript("return document.querySelector('header.site').getBoundingClientRect().height;");
		assertThat(header.intValue()).as("header height").isLessThan(844 / 6);
		this.browser.findElement(By.cssSelector(".site-menu > summary")).click();
		this.wait.until((browser) -> visible(datasets));
		BrowserSupport.screenshot(this.browser, "researcher-phone-menu-open-fr.png");
		datasets.click();
		this.wait.until(ExpectedConditions.urlContains("/datasets"));
	}

	@Test
	void showsTheWholeNavigationWithoutAMenuButtonOnADesktop() throws Exception {
		this.browser.manage().window().setSize(DESKTOP);
		for (String language : List.of("fr", "ar")) {
			this.browser.get(url("/?lang=" + language));
			// Selenium's isDisplayed counts whatever sits in a closed details element as
			// hidden, whatever the style says; the browser's own check does not.
			assertThat(visible(this.browser.findElement(By.cssSelector(".site-menu nav a[href='/datasets']"))))
				.isTrue();
			assertThat(this.browser.findElement(By.cssSelector(".site-menu > summary")).isDisplayed()).isFalse();
			BrowserSupport.screenshot(this.browser, "researcher-home-1366-" + language + ".png");
		}
	}

	@Test
	void walksAConceptsHierarchyFromItsPanelAndReadsItsLabelsInTheOtherLanguages() throws Exception {
		for (String language : List.of("fr", "en", "ar")) {
			for (Dimension size : List.of(DESKTOP, PHONE)) {
				this.browser.manage().window().setSize(size);
				this.browser.get(url("/concepts/un-1998/long-term-migrant?lang=" + language));
				assertThat(this.browser.findElements(By.cssSelector("table.other-languages tbody tr"))).hasSize(2);
				assertThat(this.browser.findElement(By.cssSelector(".hierarchy-panel")).isDisplayed()).isTrue();
				this.browser.executeScript("document.getElementById('other-languages').scrollIntoView();");
				BrowserSupport.screenshot(this.browser,
						"researcher-concept-hierarchy-" + size.getWidth() + "-" + language + ".png");
			}
		}
		this.browser.manage().window().setSize(DESKTOP);
		this.browser.get(url("/concepts/un-1998/long-term-migrant?lang=fr"));
		this.browser
			.findElement(By.cssSelector(".hierarchy-panel ul.narrower a[href='/concepts/un-1998/long-term-immigrant']"))
			.click();
		this.wait.until(ExpectedConditions.urlContains("/concepts/un-1998/long-term-immigrant"));
		assertThat(this.browser.findElement(By.cssSelector(".hierarchy-panel ul.broader")).getText())
			.contains("Migrant de longue durée");
		this.browser.findElement(By.cssSelector(".hierarchy-panel ul.broader a")).click();
		this.wait.until(ExpectedConditions.urlContains("/concepts/un-1998/long-term-migrant"));
	}

	@Test
	void copiesARecordsPermanentIdentifierWithTheButtonBesideIt() throws Exception {
		Map<String, String> copied = Map.of("fr", "Identifiant copié", "en", "Identifier copied", "ar",
				"تم نسخ المعرّف");
		for (String language : List.of("fr", "en", "ar")) {
			for (Dimension size : List.of(DESKTOP, PHONE)) {
				this.browser.manage().window().setSize(size);
				this.browser.get(url("/datasets/enmi-2018-2019?lang=" + language));
				WebElement identifier = this.browser.findElement(By.cssSelector("p.permanent-iri"));
				WebElement link = identifier.findElement(By.cssSelector("a.iri-link"));
				assertThat(link.getText()).isEqualTo("https://w3id.org/simimo/datasets/enmi-2018-2019");
				// Left to right and isolated, whatever the page's direction.
				assertThat(link.getCssValue("direction")).isEqualTo("ltr");
				assertThat(link.getCssValue("unicode-bidi")).isEqualTo("isolate");
				WebElement button = identifier.findElement(By.cssSelector("button.copy-iri"));
				assertThat(button.isDisplayed()).isTrue();
				button.click();
				this.wait.until((browser) -> copied.get(language)
					.equals(identifier.findElement(By.cssSelector(".copy-status")).getText()));
				BrowserSupport.screenshot(this.browser,
						"researcher-permanent-iri-" + size.getWidth() + "-" + language + ".png");
			}
		}
	}

	private boolean visible(WebElement element) {
		return Boolean.TRUE.equals(this.browser.executeScript("return arguments[0].checkVisibility();", element));
	}

}
