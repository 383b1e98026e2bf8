package ma.hcp.simimo.web;

import java.util.ArrayList;
import java.net.http.HttpResponse;
import java.util.List;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.RunningBrowser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page in Arabic, read in Chromium as a screen reader reads it: a run of Latin
 * letters (three or more) in a text node whose nearest lang attribute is the page's own
 * is French or English that nobody translated or tagged, and a reader's speech engine
 * would say it in Arabic. IRIs, codes and acronyms in capitals (HCP, ISCO-08, CSV) and
 * digits are allowed; so is the text of code, pre and data elements, which is written for
 * machines, and of elements marked translate="no" (the names of RDF formats). YASGUI's
 * editor is left out: its chrome is a third party's, translated where it lets us
 * (sparql-page.js).
 */
class UntaggedLanguageBrowserTests extends RunningBrowser {

	private static final List<String> PAGES = List.of("/", "/search?q=migration", "/datasets/enmi-2018-2019",
			"/concepts/un-1998/long-term-migrant", "/concepts/hcp-rgph/legal-population", "/schemes",
			"/schemes/un-1998", "/producers/hcp", "/gaps/divergences", "/gaps/indicators", "/glossary", "/sparql");

	private static final String FIND = """
			const found = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			const page = document.documentElement.lang;
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			  const parent = node.parentElement;
			  if (!parent || parent.closest('script, style, template, noscript, [hidden], code, pre, data, [translate="no"], .yasgui')) {
			    continue;
			  }
			  const tagged = parent.closest('[lang]');
			  if (tagged && tagged.lang !== page) {
			    continue;
			  }
			  const text = node.textContent
			    .replace(/https?:\\/\\/\\S+/g, ' ')
			    .replace(/\\b[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*s?\\b/g, ' ');
			  const latin = text.match(/[A-Za-z\\u00C0-\\u024F]{3,}/g);
			  if (latin) {
			    found.push(parent.tagName.toLowerCase() + (parent.className ? '.' + String(parent.className).split(' ')[0] : '')
			      + ': "' + node.textContent.trim().slice(0, 80) + '"');
			  }
			}
			return found;
			""";

	private static final String TRAINER = "zu-trainer";

	private static final String TRAINER_PASSWORD = "a trainer's password for the Arabic walk";

	@org.springframework.beans.factory.annotation.Autowired
	ma.hcp.simimo.account.AccountRepository accounts;

	@Test
	void leavesNoFrenchOrEnglishUntaggedOnTheMainPagesInArabic() throws Exception {
		// A saved glossary's title is typed text in no recorded language: the builder's
		// list must not present a French one as Arabic (it did, found only when another
		// test had saved one first).
		this.accounts.create(TRAINER, "Formatrice", TRAINER_PASSWORD,
				java.util.Set.of(ma.hcp.simimo.access.Role.CONTRIBUTOR),
				java.util.Set.of("https://w3id.org/simimo/producers/hcp"));
		String concept = ma.hcp.simimo.HttpTestClient
			.encode("https://w3id.org/simimo/concepts/un-1998/long-term-migrant");
		HttpResponse<String> saved = ma.hcp.simimo.CookieSession.signedIn(this.http, TRAINER, TRAINER_PASSWORD)
			.submitForm("/glossary?concepts=" + concept + "&langs=fr", "/glossary",
					"title=Glossaire+des+formateurs&visibility=public&concepts=" + concept + "&langs=fr");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		List<String> untagged = new ArrayList<>();
		for (String page : PAGES) {
			String path = page + (page.contains("?") ? "&" : "?") + "lang=ar";
			this.browser.get(url(path));
			for (Object text : (List<?>) this.browser.executeScript(FIND)) {
				untagged.add(path + " " + text);
			}
			BrowserSupport.screenshot(this.browser, "untagged-ar" + page.replaceAll("[^a-z0-9]+", "-") + ".png");
		}
		assertThat(untagged).isEmpty();
	}

}
