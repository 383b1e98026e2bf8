package ma.hcp.simimo.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ma.hcp.simimo.RunningBrowser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, Deque's accessibility rules engine, run in Chromium on the main pages in
 * French and Arabic: any critical or serious violation in SIMIMO's own markup fails the
 * test. YASGUI's editor, a third party's markup, is left out of the query page's check.
 */
class AccessibilityBrowserTests extends RunningBrowser {

	private static final List<String> PAGES = List.of("/", "/search", "/search?q=migration",
			"/search?q=migration&type=dataset", "/datasets", "/datasets/enmi-2018-2019", "/producers", "/producers/hcp",
			"/schemes", "/concepts/hcp-rgph/legal-population", "/concepts/un-1998/long-term-migrant", "/indicators",
			"/gaps/divergences", "/glossary", "/sparql", "/sign-in");

	private static final String AXE = axeScript();

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run({ exclude: [['.yasgui']] }, { resultTypes: ['violations'] })
			  .then((results) => done(results.violations
			    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
			    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | '))))
			  .catch((e) => done(['axe failed: ' + e]));
			""";

	@Test
	void findsNoCriticalOrSeriousViolationOnTheMainPagesInFrenchAndArabic() {
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		List<String> violations = new ArrayList<>();
		for (String language : List.of("fr", "ar")) {
			for (String page : PAGES) {
				String path = page + (page.contains("?") ? "&" : "?") + "lang=" + language;
				this.browser.get(url(path));
				this.browser.executeScript(AXE);
				Object found = this.browser.executeAsyncScript(RUN);
				for (Object violation : (List<?>) found) {
					violations.add(path + ": " + violation);
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	private static String axeScript() {
		try (InputStream axe = AccessibilityBrowserTests.class.getResourceAsStream("/axe.min.js")) {
			if (axe == null) {
				throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
			}
			return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
