package ma.hcp.simimo;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: the whole application on a random port, and a fresh headless
 * Chromium for each test.
 */
public abstract class RunningBrowser extends RunningApplication {

	protected ChromeDriver browser;

	protected WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		this.browser = BrowserSupport.startChromium();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
