package ma.hcp.simimo.concept;

import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import ma.hcp.simimo.BrowserSupport;
import ma.hcp.simimo.RunningBrowser;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.DefinitionOrigins;
import ma.hcp.simimo.store.RecordDrafts;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a concept in Chromium (decision 0021, as built for concepts): a contributor of
 * the HCP signs in, changes the French definition of one of the HCP's concepts, revises
 * the Arabic one and marks it as a translation of the French, saves, and lands on the
 * draft's page with the new text and the draft banner; the public page still shows the
 * published definition. Screenshots go to target/screenshots/.
 */
class ConceptEditBrowserTests extends RunningBrowser {

	private static final String PASSWORD = "an HCP focal point's password";

	/** The HCP's; no other test edits it. */
	private static final String CONCEPT = "hcp-forced-migration/forced-migrant";

	private static final String PUBLISHED = "appartenant à l'une des catégories suivantes";

	private static final String NEW_FRENCH = "Zbrowser : personne de 15 ans ou plus, migrant forcé au sens de l'enquête.";

	private static final String NEW_ARABIC = "زبراوزر: شخص يبلغ من العمر 15 سنة فأكثر، مهاجر قسري بمفهوم البحث.";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Test
	void anHcpContributorEditsTheFrenchDefinitionMarksTheArabicOneAsItsTranslationAndReadersKeepThePublishedText()
			throws Exception {
		this.accounts.create("zb-hcp-contributor", "Focal point HCP", PASSWORD, Set.of(Role.CONTRIBUTOR),
				Set.of("https://w3id.org/simimo/producers/hcp"));
		signIn("zb-hcp-contributor", PASSWORD, "fr");

		this.browser.get(url("/concepts/" + CONCEPT + "?lang=fr"));
		this.browser.findElement(By.cssSelector("a.edit-record")).click();
		this.wait.until(ExpectedConditions.urlContains("/concepts/" + CONCEPT + "/edit"));
		WebElement form = this.browser.findElement(By.cssSelector("form.concept-edit"));
		WebElement french = form.findElement(By.id("definitionFr"));
		assertThat(french.getDomProperty("value")).contains(PUBLISHED);
		french.clear();
		french.sendKeys(NEW_FRENCH);
		WebElement arabic = form.findElement(By.id("definitionAr"));
		assertThat(arabic.getDomAttribute("dir")).isEqualTo("rtl");
		arabic.clear();
		arabic.sendKeys(NEW_ARABIC);
		new Select(form.findElement(By.id("originAr"))).selectByValue("fr");
		BrowserSupport.screenshot(this.browser, "concept-edit-1-form-filled.png");
		form.findElement(By.cssSelector("button[type='submit']")).click();

		this.wait.until(ExpectedConditions.urlContains("/concepts/" + CONCEPT + "/draft"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".draft-banner")));
		assertThat(this.browser.findElement(By.cssSelector(".draft-banner")).getText())
			.contains("Brouillon, non publié");
		assertThat(mainText()).contains(NEW_FRENCH).doesNotContain(PUBLISHED);
		BrowserSupport.screenshot(this.browser, "concept-edit-2-draft-page.png");
		Resource draft = this.drafts.description(this.drafts.draftOf(iri()).orElseThrow()).createResource(iri());
		assertThat(DefinitionOrigins.translatedFrom(draft, "ar")).isEqualTo("fr");
		assertThat(draft.listProperties(SKOS.definition).mapWith((statement) -> statement.getString()).toList())
			.contains(NEW_FRENCH, NEW_ARABIC);

		signOut();
		this.browser.get(url("/concepts/" + CONCEPT + "?lang=fr"));
		assertThat(mainText()).contains(PUBLISHED).doesNotContain("Zbrowser");
		assertThat(this.browser.findElements(By.cssSelector(".draft-banner"))).isEmpty();
		BrowserSupport.screenshot(this.browser, "concept-edit-3-public-page-unchanged.png");
	}

	private static String iri() {
		return "https://w3id.org/simimo/concepts/" + CONCEPT;
	}

}
