package ma.hcp.simimo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: the whole application on a random port, and one headless
 * Chromium for the whole test run, emptied of cookies and site storage before each test
 * so no test sees another's language or session.
 */
public abstract class RunningBrowser extends RunningApplication {

	private static ChromeDriver shared;

	protected ChromeDriver browser;

	protected WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		this.browser = sharedBrowser();
		this.browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		this.browser.executeCdpCommand("Storage.clearDataForOrigin",
				Map.of("origin", "http://localhost:" + this.port, "storageTypes", "all"));
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void leavePage() {
		// Stops the page's scripts before the next test opens its own.
		if (this.browser != null) {
			this.browser.get("about:blank");
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Signs in through the sign-in page, shown in {@code language}. */
	protected void signIn(String userName, String password, String language) {
		this.browser.get(url("/sign-in?lang=" + language));
		this.browser.findElement(By.id("username")).sendKeys(userName);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("main form button[type='submit']")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.sign-out")));
	}

	/** Signs out with the header's button. */
	protected void signOut() {
		this.browser.findElement(By.cssSelector("form.sign-out button")).click();
		this.wait.until(ExpectedConditions.urlContains("signedOut"));
	}

	/**
	 * The page's main text once the page has settled: a redirect after a form can replace
	 * the page between finding the element and reading it.
	 */
	protected String mainText() {
		return this.wait.ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElement(By.tagName("main")).getText());
	}

	private static synchronized ChromeDriver sharedBrowser() {
		if (shared == null) {
			// Starting Chromium costs seconds on a busy machine; one start serves every
			// test, and it quits when the test JVM ends.
			ChromeDriver started = BrowserSupport.startChromium();
			Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
			shared = started;
		}
		return shared;
	}

}
