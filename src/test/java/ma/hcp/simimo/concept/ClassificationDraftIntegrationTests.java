package ma.hcp.simimo.concept;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.Vocab;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a national classification as a draft over real HTTP (decision 0021, as built
 * for classifications): a contributor of the HCP edits every field of NMA 2010 and its
 * items' table in one draft, adds an item of its own under a section and removes it
 * again, and no public path shows the draft; a contributor of ANAPEC is refused NMA 2010
 * and ISCO-08, by a crafted request too, and adds an item to ANAPEC's classification,
 * which has no levels; a coordinator edits ISCO-08; duplicate and unsafe codes, a parent
 * from the wrong level, removing an item that has narrower items or that a correspondence
 * uses, a shapes violation, an oversized body and a missing CSRF token each give their
 * answer and write nothing. The codes and labels the tests add are the tests' own
 * ("ZQ…"), in the tests' drafts only. The application is shared with
 * PermissionMatrixIntegrationTests, which saves drafts of ANAPEC's classification and of
 * ISCO-08, so the assertions here are about what each test itself saved.
 */
class ClassificationDraftIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a contributor's long password";

	private static final String BASE = "https://w3id.org/simimo/classifications/";

	private static final String NMA = BASE + "nma-2010";

	private static final String DECREE = "https://w3id.org/simimo/sources/class-nma-2010-decree";

	private static final String REGISTRY = "https://w3id.org/simimo/sources/class-unsd-registry-nma";

	private static final Pattern ROW = Pattern.compile("data-item=\"");

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Test
	void aContributorOfTheHcpSavesEveryFieldAndAnItemOfNma2010InADraftThatNoPublicPathShows() {
		CookieSession contributor = contributor("zq-class-hcp-one", "hcp");
		HttpResponse<String> form = contributor.get("/classifications/nma-2010/edit");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(form.body()).contains("id=\"titleAr\" name=\"titleAr\" lang=\"ar\" dir=\"rtl\"")
			.contains("id=\"scopeNoteAr\" name=\"scopeNoteAr\" lang=\"ar\" dir=\"rtl\"")
			.contains("name=\"item.ar." + NMA + "/A\" lang=\"ar\" dir=\"rtl\"")
			.contains("value=\"Agriculture, sylviculture et pêche\"")
			.contains("value=\"" + DECREE + "\" selected=\"selected\"")
			.contains("<option value=\"2\">2 · Branches</option>");
		// The whole table, one row per item: the 21 sections and 88 branches at least.
		assertThat(ROW.matcher(form.body()).results().count()).isGreaterThanOrEqualTo(109);

		HttpResponse<String> saved = contributor.submitForm("/classifications/nma-2010/edit",
				"/classifications/nma-2010/edit", everyField() + newItem("ZQ1", "2", NMA + "/A"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		assertThat(saved.headers().firstValue("Location").orElseThrow())
			.endsWith("/classifications/nma-2010/draft?saved");

		Model description = this.drafts.description(this.drafts.draftOf(NMA).orElseThrow());
		Resource scheme = description.createResource(NMA);
		assertThat(strings(scheme, DCTerms.title)).containsExactlyInAnyOrder("Zqclassword nomenclature",
				"Zqclassword classification", "تصنيف زق");
		assertThat(strings(scheme, SKOS.prefLabel)).containsExactlyInAnyOrder("Zqclassword NMA", "Zqclassword NMA en",
				"زق");
		assertThat(strings(scheme, SKOS.altLabel)).containsExactlyInAnyOrder("Zqalt un", "Zqalt deux", "Zqalt one",
				"زقبديل");
		assertThat(strings(scheme, SKOS.scopeNote)).containsExactlyInAnyOrder("Zqportée", "Zqscope", "نطاق زق");
		assertThat(strings(scheme, DCTerms.bibliographicCitation)).containsExactlyInAnyOrder("Article 2 (zq).",
				"Article 2 (zq, en).", "المادة 2 (زق).");
		assertThat(scheme.getProperty(OWL.versionInfo).getString()).isEqualTo("2010 (zq)");
		assertThat(scheme.listProperties(DCTerms.source).mapWith((s) -> s.getResource().getURI()).toList())
			.containsExactly(DECREE);
		// What the form does not show is kept: the editorial notes, the publisher, the
		// levels; the owner stays in the record-owners graph.
		assertThat(scheme.listProperties(SKOS.editorialNote).toList()).hasSize(2);
		assertThat(scheme.hasProperty(DCTerms.publisher)).isTrue();
		assertThat(scheme.hasProperty(Vocab.XKOS_LEVELS)).isTrue();
		assertThat(scheme.hasProperty(Vocab.OWNER)).isFalse();

		Resource agriculture = description.createResource(NMA + "/A");
		assertThat(strings(agriculture, SKOS.prefLabel)).containsExactlyInAnyOrder("Zqclassword agriculture",
				"Agriculture, forestry and fishing", "زراعة زق");
		assertThat(agriculture.listProperties(DCTerms.source).toList()).hasSize(2);
		assertThat(strings(description.createResource(NMA + "/B"), SKOS.prefLabel))
			.containsExactlyInAnyOrder("Mining and quarrying", "Activités extractives");

		Resource item = description.createResource(NMA + "/ZQ1");
		assertThat(item.hasProperty(RDF.type, SKOS.Concept)).isTrue();
		assertThat(item.getProperty(SKOS.notation).getString()).isEqualTo("ZQ1");
		assertThat(item.getPropertyResourceValue(SKOS.inScheme).getURI()).isEqualTo(NMA);
		assertThat(item.getPropertyResourceValue(SKOS.broader).getURI()).isEqualTo(NMA + "/A");
		assertThat(strings(item, SKOS.prefLabel)).containsExactlyInAnyOrder("Zqclassword poste d’essai",
				"Zqclassword test item", "بند زق");
		assertThat(description.contains(description.createResource(NMA + "/levels/branches"), SKOS.member, item))
			.isTrue();
		// NMA 2010 states its hierarchy by skos:broader only, and so does the item.
		assertThat(description.contains(null, SKOS.narrower, item)).isFalse();
		assertThat(item.hasProperty(SKOS.topConceptOf)).isFalse();

		HttpResponse<String> draft = contributor.get("/classifications/nma-2010/draft");
		assertThat(draft.statusCode()).isEqualTo(200);
		assertThat(draft.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(draft.body()).contains("draft-banner")
			.contains("Classification · brouillon")
			.contains("Zqclassword nomenclature")
			.contains("Zqclassword poste d’essai")
			.contains("<code>ZQ1</code>");
		assertThat(contributor.get("/classifications/nma-2010").body()).contains("draft-in-progress")
			.contains("/classifications/nma-2010/draft")
			.contains("/classifications/nma-2010/edit");
		assertThat(contributor.get("/drafts").body()).contains("/classifications/nma-2010/draft")
			.contains("<td class=\"draft-type\">Classification</td>");
		// The form now starts from the draft, the added item in its table.
		assertThat(contributor.get("/classifications/nma-2010/edit").body())
			.contains("value=\"Zqclassword nomenclature\"")
			.contains("data-item=\"ZQ1\"")
			.contains("value=\"Zqclassword poste d’essai\"");

		assertNowhereInPublic("Zqclassword");
		HttpResponse<String> published = this.http.get("/classifications/nma-2010", "text/html");
		assertThat(published.body()).contains("<title>NMA 2010 · SIMIMO</title>")
			.contains("Approved by Décret n° 2-12-481")
			.doesNotContain("edit-record")
			.doesNotContain("draft-in-progress");
		assertThat(this.http.get("/classifications/nma-2010/ZQ1", "text/turtle").statusCode()).isEqualTo(404);

		// The item has no narrower item and nothing uses it: it may be removed again.
		HttpResponse<String> removed = contributor.submitForm("/classifications/nma-2010/edit",
				"/classifications/nma-2010/edit", everyField() + "&remove=" + HttpTestClient.encode(NMA + "/ZQ1"));
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(303);
		Model after = this.drafts.description(this.drafts.draftOf(NMA).orElseThrow());
		assertThat(after.containsResource(after.createResource(NMA + "/ZQ1"))).isFalse();
		assertThat(strings(after.createResource(NMA), DCTerms.title)).contains("Zqclassword nomenclature");
	}

	@Test
	void codesParentsAndRemovalsThatWouldBreakTheClassificationAreRefusedByNameAndWriteNothing() {
		CookieSession contributor = contributor("zq-class-hcp-two", "hcp");
		int revision = revision(NMA);
		String page = "/classifications/nma-2010/edit";
		String action = "/classifications/nma-2010/edit?lang=en";

		HttpResponse<String> duplicate = contributor.submitForm(page, action, scheme() + newItem("a", "1", ""));
		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(duplicate.body()).contains("data-field=\"newNotation\"")
			.contains("<code class=\"error-value\">a</code>")
			.contains("This code is already an item");

		for (String unsafe : List.of("zq/../x", "edit", "-zq", "zq code")) {
			HttpResponse<String> refused = contributor.submitForm(page, action, scheme() + newItem(unsafe, "1", ""));
			assertThat(refused.statusCode()).as(unsafe).isEqualTo(400);
			assertThat(refused.body()).as(unsafe)
				.contains("data-field=\"newNotation\"")
				.contains("A code is made of letters and digits");
		}

		// A branch (level 2) as the parent of another branch: the parent is a section.
		HttpResponse<String> wrongLevel = contributor.submitForm(page, action,
				scheme() + newItem("ZQ2", "2", NMA + "/01"));
		assertThat(wrongLevel.statusCode()).isEqualTo(400);
		assertThat(wrongLevel.body()).contains("data-field=\"newParent\"")
			.contains("<code class=\"error-value\">01</code>")
			.contains("The parent is an item of the level just above, &quot;Sections&quot;.");
		HttpResponse<String> parentOnTop = contributor.submitForm(page, action,
				scheme() + newItem("ZQ2", "1", NMA + "/A"));
		assertThat(parentOnTop.statusCode()).isEqualTo(400);
		assertThat(parentOnTop.body()).contains("An item of the top level has no parent.");
		HttpResponse<String> noParent = contributor.submitForm(page, action, scheme() + newItem("ZQ2", "2", ""));
		assertThat(noParent.statusCode()).isEqualTo(400);
		assertThat(noParent.body()).contains("data-field=\"newParent\"");

		// Branch 99 is the correspondence's; section U has branch 99 under it.
		HttpResponse<String> used = contributor.submitForm(page, action,
				scheme() + "&remove=" + HttpTestClient.encode(NMA + "/99"));
		assertThat(used.statusCode()).isEqualTo(400);
		assertThat(used.body()).contains("data-field=\"remove\"")
			.contains("<code class=\"error-value\">99</code>")
			.contains("This item cannot be removed: it is used by")
			.contains("NMA 2010 - ISIC Rev.4 correspondence")
			.contains("https://w3id.org/simimo/correspondences/nma-2010-isic-rev4/99");
		HttpResponse<String> narrower = contributor.submitForm(page, action,
				scheme() + "&remove=" + HttpTestClient.encode(NMA + "/U"));
		assertThat(narrower.statusCode()).isEqualTo(400);
		assertThat(narrower.body()).contains("This item has narrower items (99): remove them first.");

		// A label sent for something that is no item of the classification.
		HttpResponse<String> foreign = contributor.submitForm(page, action,
				scheme() + "&"
						+ HttpTestClient.encode("item.fr.https://w3id.org/simimo/concepts/un-1998/short-term-migrant")
						+ "=Zqpirate");
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(foreign.body()).contains("data-field=\"items\"").contains("This choice is not in the list.");

		assertThat(revision(NMA)).isEqualTo(revision);
		this.drafts.draftOf(NMA)
			.map(this.drafts::description)
			.ifPresent(
					(description) -> assertThat(description.containsResource(description.createResource(NMA + "/ZQ2")))
						.isFalse());
	}

	@Test
	void aShapesViolationOfAnItemIsNamedByFieldInEachLanguageAndWritesNothing() {
		CookieSession contributor = contributor("zq-class-hcp-three", "hcp");
		int revision = revision(NMA);
		// An item with no French label breaks the content's concept shape.
		String form = scheme() + "&newNotation=ZQ3&newLevel=1&newParent=&newLabelEn=Zqenglish+only";
		HttpResponse<String> french = contributor.submitForm("/classifications/nma-2010/edit",
				"/classifications/nma-2010/edit?lang=fr", form);
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).contains("data-field=\"items\"")
			.contains("Un poste a un libellé préféré en français (ZQ3).")
			.contains("value=\"Zqenglish only\"")
			.contains("value=\"ZQ3\"");
		HttpResponse<String> english = contributor.submitForm("/classifications/nma-2010/edit",
				"/classifications/nma-2010/edit?lang=en", form);
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("An item has a French preferred label (ZQ3).");
		HttpResponse<String> arabic = contributor.submitForm("/classifications/nma-2010/edit",
				"/classifications/nma-2010/edit?lang=ar", form);
		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body()).contains("للبند تسمية مفضلة بالفرنسية (ZQ3).");

		// Emptying an existing item's French label breaks the same shape.
		HttpResponse<String> emptied = contributor.submitForm("/classifications/nma-2010/edit",
				"/classifications/nma-2010/edit?lang=en",
				scheme() + "&" + HttpTestClient.encode(ClassificationEdit.itemField("fr", NMA + "/B")) + "=");
		assertThat(emptied.statusCode()).isEqualTo(400);
		assertThat(emptied.body()).contains("An item has a French preferred label (B).");
		assertThat(revision(NMA)).isEqualTo(revision);
	}

	@Test
	void aContributorOfAnapecIsRefusedNma2010AndIsco08ByACraftedRequestTooAndEditsItsOwn() {
		CookieSession contributor = contributor("zq-class-anapec-one", "anapec");
		int nma = revision(NMA);
		int isco = revision(BASE + "isco-08");
		for (String id : List.of("nma-2010", "isco-08")) {
			assertThat(contributor.get("/classifications/" + id + "/edit").statusCode()).as(id).isEqualTo(403);
			HttpResponse<String> crafted = contributor.submitForm("/classifications/anapec-occupations/edit",
					"/classifications/" + id + "/edit", "titleFr=Zqpirate");
			assertThat(crafted.statusCode()).as(id).isEqualTo(403);
			assertThat(contributor.get("/classifications/" + id + "/draft").statusCode()).as(id).isEqualTo(403);
			assertThat(contributor.get("/classifications/" + id).body()).as(id)
				.doesNotContain("edit-record")
				.doesNotContain("draft-in-progress");
		}
		assertThat(revision(NMA)).isEqualTo(nma);
		assertThat(revision(BASE + "isco-08")).isEqualTo(isco);

		// ANAPEC's own classification has no levels: an added item is a top item, or
		// under any item.
		String anapec = BASE + "anapec-occupations";
		HttpResponse<String> saved = contributor.submitForm("/classifications/anapec-occupations/edit",
				"/classifications/anapec-occupations/edit",
				"prefLabelFr=" + HttpTestClient.encode("Catégories de métiers du registre de l'ANAPEC")
						+ "&newNotation=ZQ-A1&newLabelFr=Zqanapec+poste&newLabelEn=Zqanapec+item");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		Model description = this.drafts.description(this.drafts.draftOf(anapec).orElseThrow());
		Resource item = description.createResource(anapec + "/ZQ-A1");
		assertThat(item.getPropertyResourceValue(SKOS.topConceptOf).getURI()).isEqualTo(anapec);
		assertThat(description.contains(description.createResource(anapec), SKOS.hasTopConcept, item)).isTrue();
		assertThat(description.contains(null, SKOS.member, item)).isFalse();
		HttpResponse<String> child = contributor.submitForm("/classifications/anapec-occupations/edit",
				"/classifications/anapec-occupations/edit",
				"prefLabelFr=Zqanapec&newNotation=ZQ-A2&newLabelFr=Zqanapec+sous-poste&newParent="
						+ HttpTestClient.encode(anapec + "/ZQ-A1"));
		assertThat(child.statusCode()).as(child.body()).isEqualTo(303);
		Model after = this.drafts.description(this.drafts.draftOf(anapec).orElseThrow());
		assertThat(after.getResource(anapec + "/ZQ-A2").getPropertyResourceValue(SKOS.broader).getURI())
			.isEqualTo(anapec + "/ZQ-A1");
		// ZQ-A1 now has a narrower item: it may not be removed on its own.
		HttpResponse<String> refused = contributor.submitForm("/classifications/anapec-occupations/edit",
				"/classifications/anapec-occupations/edit?lang=en",
				"prefLabelFr=Zqanapec&remove=" + HttpTestClient.encode(anapec + "/ZQ-A1"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("This item has narrower items (ZQ-A2): remove them first.");
	}

	@Test
	void aCoordinatorEditsAnInternationalClassificationAndAMemberAndAReaderAreRefused() {
		CookieSession coordinator = coordinator("zq-class-coordinator");
		String isco = BASE + "isco-08";
		HttpResponse<String> form = coordinator.get("/classifications/isco-08/edit");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("data-item=\"1\"");
		HttpResponse<String> saved = coordinator.submitForm("/classifications/isco-08/edit",
				"/classifications/isco-08/edit", "titleFr=Zqcoordination+CITP&"
						+ HttpTestClient.encode(ClassificationEdit.itemField("ar", isco + "/1")) + "=" + "مديرون زق");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		Model description = this.drafts.description(this.drafts.draftOf(isco).orElseThrow());
		assertThat(strings(description.createResource(isco), DCTerms.title)).contains("Zqcoordination CITP");
		assertThat(strings(description.createResource(isco + "/1"), SKOS.prefLabel)).contains("مديرون زق");
		assertThat(coordinator.get("/classifications/isco-08").body()).contains("draft-in-progress");

		this.accounts.create("zq-class-member", "", PASSWORD, Set.of(), Set.of());
		CookieSession member = CookieSession.signedIn(this.http, "zq-class-member", PASSWORD);
		int revision = revision(NMA);
		assertThat(member.get("/classifications/nma-2010/edit").statusCode()).isEqualTo(403);
		assertThat(member.submitForm("/", "/classifications/nma-2010/edit", "titleFr=Zqmember").statusCode())
			.isEqualTo(403);
		assertThat(member.get("/classifications/nma-2010/draft").statusCode()).isEqualTo(403);
		assertThat(member.get("/classifications/nma-2010").body()).doesNotContain("edit-record");
		for (String path : List.of("/classifications/nma-2010/edit", "/classifications/nma-2010/draft")) {
			HttpResponse<String> anonymous = this.http.get(path, "text/html");
			assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
			assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		}
		assertThat(
				this.http.submitForm("/sign-in", "/classifications/nma-2010/edit", "titleFr=Zqanonymous").statusCode())
			.isEqualTo(302);
		assertThat(revision(NMA)).isEqualTo(revision);
	}

	@Test
	void anUnknownClassificationIsNotFoundAndAnOversizedFormIsRefusedWith413() {
		CookieSession contributor = contributor("zq-class-hcp-four", "hcp");
		assertThat(contributor.get("/classifications/no-such-classification/edit").statusCode()).isEqualTo(404);
		assertThat(contributor.get("/classifications/no-such-classification/draft").statusCode()).isEqualTo(404);
		assertThat(contributor
			.submitForm("/classifications/nma-2010/edit", "/classifications/no-such-classification/edit",
					"titleFr=Zqghost")
			.statusCode()).isEqualTo(404);
		int revision = revision(NMA);
		HttpResponse<String> oversized = contributor.submitForm("/classifications/nma-2010/edit",
				"/classifications/nma-2010/edit", "titleFr=" + "x".repeat(1_100_000));
		assertThat(oversized.statusCode()).isEqualTo(413);
		assertThat(revision(NMA)).isEqualTo(revision);
	}

	@Test
	void aClassificationsDraftIsDiscardedByItsProducersContributorAfterAConfirmationAndTheRestIsRefused() {
		CookieSession contributor = contributor("zq-class-hcp-discard", "hcp");
		String form = "titleFr=Zqdiscarded+title" + scheme().substring(scheme().indexOf("&titleEn"));
		HttpResponse<String> saved = contributor.submitForm("/classifications/nma-2010/edit",
				"/classifications/nma-2010/edit", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		assertThat(contributor.get("/classifications/nma-2010/draft").body())
			.contains("href=\"/classifications/nma-2010/discard\"");
		assertThat(contributor.get("/drafts").body()).contains("/classifications/nma-2010/discard");

		// Another producer's contributor may not discard it, nor may a reader.
		CookieSession anapec = contributor("zq-class-anapec-discard", "anapec");
		assertThat(anapec.get("/classifications/nma-2010/discard").statusCode()).isEqualTo(403);
		assertThat(anapec.submitForm("/drafts", "/classifications/nma-2010/discard", "x=1").statusCode())
			.isEqualTo(403);
		HttpResponse<String> anonymous = this.http.get("/classifications/nma-2010/discard", "text/html");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
		// Without the form's token nothing is discarded either.
		assertThat(contributor.post("/classifications/nma-2010/discard", "x=1").statusCode()).isEqualTo(403);
		assertThat(this.drafts.draftOf(NMA)).isPresent();
		assertThat(contributor.get("/classifications/no-such-classification/discard").statusCode()).isEqualTo(404);

		HttpResponse<String> confirm = contributor.get("/classifications/nma-2010/discard");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		assertThat(confirm.body()).contains("Classification · brouillon")
			.contains("action=\"/classifications/nma-2010/discard\"");
		HttpResponse<String> discarded = contributor.submitForm("/classifications/nma-2010/discard",
				"/classifications/nma-2010/discard", "x=1");
		assertThat(discarded.statusCode()).isEqualTo(303);
		assertThat(discarded.headers().firstValue("Location").orElseThrow()).endsWith("/drafts?discarded");
		assertThat(this.drafts.draftOf(NMA)).isEmpty();
		assertThat(contributor.get("/classifications/nma-2010/draft").statusCode()).isEqualTo(404);
		// The published classification is as it was.
		assertThat(this.http.get("/classifications/nma-2010", "text/html").body())
			.contains("<title>NMA 2010 · SIMIMO</title>")
			.doesNotContain("Zqdiscarded");
	}

	@Test
	void aMissingCsrfTokenShowsTheFormAgainWithTheInputAndWritesNothing() {
		CookieSession contributor = contributor("zq-class-hcp-five", "hcp");
		int revision = revision(NMA);
		HttpResponse<String> refused = contributor.post("/classifications/nma-2010/edit?lang=en",
				"titleFr=Zqtyped+title&newNotation=ZQ9&"
						+ HttpTestClient.encode(ClassificationEdit.itemField("ar", NMA + "/C")) + "="
						+ HttpTestClient.encode("صناعة زق"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Your session has expired or the form is no longer valid")
			.contains("value=\"Zqtyped title\"")
			.contains("value=\"ZQ9\"")
			.contains("value=\"صناعة زق\"")
			.contains("name=\"_csrf\"");
		assertThat(revision(NMA)).isEqualTo(revision);
	}

	private int revision(String iri) {
		return this.drafts.draftOf(iri).map(RecordDrafts.Draft::revision).orElse(0);
	}

	private CookieSession contributor(String userName, String producer) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, "", PASSWORD, Set.of(Role.CONTRIBUTOR),
					Set.of("https://w3id.org/simimo/producers/" + producer));
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

	private CookieSession coordinator(String userName) {
		if (this.accounts.byUserName(userName).isEmpty()) {
			this.accounts.create(userName, "", PASSWORD, Set.of(Role.COORDINATOR), Set.of());
		}
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

	private static List<String> strings(Resource subject, org.apache.jena.rdf.model.Property property) {
		return subject.listProperties(property).mapWith((s) -> s.getString()).toList();
	}

	/** The scheme's fields as NMA 2010 publishes them, for the refused requests. */
	private static String scheme() {
		return "titleFr=" + HttpTestClient.encode("Nomenclature marocaine des activités (NMA 2010)") + "&titleEn="
				+ HttpTestClient.encode("Moroccan Classification of Activities (NMA 2010)")
				+ "&prefLabelFr=NMA+2010&prefLabelEn=NMA+2010&version=2010&sources=" + HttpTestClient.encode(DECREE)
				+ "&sources=" + HttpTestClient.encode(REGISTRY);
	}

	/**
	 * Every field of the scheme, and two of the item labels, as a browser would send
	 * them.
	 */
	private static String everyField() {
		return "titleFr=" + HttpTestClient.encode("Zqclassword nomenclature") + "&titleEn="
				+ HttpTestClient.encode("Zqclassword classification") + "&titleAr=" + HttpTestClient.encode("تصنيف زق")
				+ "&prefLabelFr=" + HttpTestClient.encode("Zqclassword NMA") + "&prefLabelEn="
				+ HttpTestClient.encode("Zqclassword NMA en") + "&prefLabelAr=" + HttpTestClient.encode("زق")
				+ "&altLabelsFr=" + HttpTestClient.encode("Zqalt un\r\nZqalt deux\r\n") + "&altLabelsEn=Zqalt+one"
				+ "&altLabelsAr=" + HttpTestClient.encode("زقبديل") + "&scopeNoteFr=Zqport%C3%A9e&scopeNoteEn=Zqscope"
				+ "&scopeNoteAr=" + HttpTestClient.encode("نطاق زق") + "&citationFr="
				+ HttpTestClient.encode("Article 2 (zq).") + "&citationEn="
				+ HttpTestClient.encode("Article 2 (zq, en).") + "&citationAr="
				+ HttpTestClient.encode("المادة 2 (زق).") + "&version=" + HttpTestClient.encode("2010 (zq)")
				+ "&sources=" + HttpTestClient.encode(DECREE) + "&"
				+ HttpTestClient.encode(ClassificationEdit.itemField("fr", NMA + "/A")) + "="
				+ HttpTestClient.encode("Zqclassword agriculture") + "&"
				+ HttpTestClient.encode(ClassificationEdit.itemField("en", NMA + "/A")) + "="
				+ HttpTestClient.encode("Agriculture, forestry and fishing") + "&"
				+ HttpTestClient.encode(ClassificationEdit.itemField("ar", NMA + "/A")) + "="
				+ HttpTestClient.encode("زراعة زق");
	}

	private static String newItem(String notation, String level, String parent) {
		return "&newNotation=" + HttpTestClient.encode(notation) + "&newLevel=" + level + "&newParent="
				+ HttpTestClient.encode(parent) + "&newLabelFr=" + HttpTestClient.encode("Zqclassword poste d’essai")
				+ "&newLabelEn=" + HttpTestClient.encode("Zqclassword test item") + "&newLabelAr="
				+ HttpTestClient.encode("بند زق");
	}

	/** Looks for {@code word} in every public path a reader has. */
	private void assertNowhereInPublic(String word) {
		assertThat(this.http.sparqlFinds(word)).isFalse();
		// The search pages repeat the query itself: what matters is that nothing is
		// found.
		assertThat(this.http.get("/api/search?q=" + word, "application/json").body()).contains("\"total\":0");
		assertThat(this.http.get("/search?q=" + word, "text/html").body()).doesNotContain("class=\"hit\" data-type");
		assertThat(this.http.get("/api/suggest?q=" + word.substring(0, 6) + "&lang=fr", "application/json").body())
			.doesNotContain(word);
		for (String[] path : List.of(new String[] { "/classifications/nma-2010", "text/html" },
				new String[] { "/api/classifications/nma-2010", "application/json" },
				new String[] { "/classifications/nma-2010", "text/turtle" },
				new String[] { "/classifications/nma-2010?format=jsonld", null },
				new String[] { "/classifications/nma-2010/A", "text/turtle" },
				new String[] { "/sparql?default", "application/n-quads" })) {
			HttpResponse<String> response = this.http.get(path[0], path[1]);
			assertThat(response.statusCode()).as(path[0]).isEqualTo(200);
			assertThat(response.body()).as(path[0]).doesNotContain(word).doesNotContain("ZQ1");
		}
	}

}
