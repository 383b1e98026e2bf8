package ma.hcp.simimo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its chromedriver. On CI (CI=true) a missing
 * browser fails the test, since .ci/run installs it; on a developer machine without it
 * the browser tests are skipped with a warning ({@link TestPrerequisites}).
 */
public final class BrowserSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private BrowserSupport() {
	}

	public static ChromeDriver startChromium() {
		TestPrerequisites.require("the browser tests", "chromium chromium-driver", CHROMIUM, CHROMEDRIVER);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1024");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Saves what the browser shows to target/screenshots/{name}, for a person to look at.
	 */
	public static void screenshot(ChromeDriver browser, String name) throws IOException {
		Path target = Path.of("target/screenshots", name);
		Files.createDirectories(target.getParent());
		Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
	}

}
