package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.PublishingApplication;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.RecordPublication;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dataset's history page and revert over real HTTP (decision 0027): after two
 * publications the page lists versions 2, 1 and 0 (the content files'), each with the
 * readable diff with the one before; the owner's contributor reads it, another producer's
 * may not, a reader is sent to sign in; a coordinator's revert to version 0 makes it the
 * draft revision with the change recorded, which once submitted and published is what
 * readers see, as version 3; a revert while a draft is in progress, and a version the
 * record does not have, are refused and write nothing. In the publishing tests' own
 * application.
 */
@PublishingApplication
class DatasetHistoryIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a historian's long password";

	private static final String ID = "maecamre-recognised-refugees";

	private static final String IRI = "https://w3id.org/simimo/datasets/" + ID;

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	RecordHistory history;

	@Autowired
	RecordPublication publication;

	@Test
	void theHistoryListsEachVersionWithItsDiffAndARevertIsPublishedThroughReview() {
		CookieSession coordinator = account("zq-history-coordinator", Role.COORDINATOR, null);
		CookieSession owner = account("zq-history-maec", Role.CONTRIBUTOR, "maecamre");
		CookieSession other = account("zq-history-cnss", Role.CONTRIBUTOR, "cnss");
		String original = frenchTitle(this.drafts.published(IRI));
		assertThat(coordinator.get("/datasets/" + ID + "/history?lang=en").body())
			.contains("No publication since the version loaded from the content files.");
		publish("Zqhistoire première", coordinator);
		publish("Zqhistoire seconde", coordinator);

		HttpResponse<String> page = coordinator.get("/datasets/" + ID + "/history?lang=en");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, no-store");
		String body = page.body();
		assertThat(body).contains("Version 2")
			.contains("Version 1")
			.contains("Version 0, loaded from the content files");
		String second = version(body, 2);
		assertThat(second).contains("published version").contains("zq-history-coordinator");
		assertThat(second).contains("Zqhistoire première").contains("Zqhistoire seconde").contains("diff-removed");
		assertThat(version(body, 1)).contains(original).contains("Zqhistoire première");
		assertThat(version(body, 0)).contains("The first version known.").contains("history-revert");
		assertThat(second).doesNotContain("history-revert");
		assertThat(coordinator.get("/datasets/" + ID).body()).contains("/datasets/" + ID + "/history");
		// Who may read it.
		assertThat(owner.get("/datasets/" + ID + "/history").statusCode()).isEqualTo(200);
		assertThat(owner.get("/datasets/" + ID + "/history").body()).doesNotContain("history-revert");
		assertThat(other.get("/datasets/" + ID + "/history").statusCode()).isEqualTo(403);
		HttpResponse<String> reader = this.http.get("/datasets/" + ID + "/history", "text/html");
		assertThat(reader.statusCode()).isEqualTo(302);
		assertThat(this.http.get("/datasets/" + ID, "text/html").body()).doesNotContain("/history");
		assertThat(coordinator.get("/datasets/no-such-dataset/history").statusCode()).isEqualTo(404);

		// Refusals first: no such version, the current one, a contributor.
		int changes = this.history.of(IRI).size();
		assertThat(coordinator.submitForm("/", "/datasets/" + ID + "/revert?lang=en", "version=abc").body())
			.contains("There is no version “abc” to revert to.");
		assertThat(coordinator.submitForm("/", "/datasets/" + ID + "/revert", "version=9").statusCode()).isEqualTo(400);
		assertThat(coordinator.submitForm("/", "/datasets/" + ID + "/revert", "version=2").statusCode()).isEqualTo(400);
		assertThat(owner.submitForm("/", "/datasets/" + ID + "/revert", "version=0").statusCode()).isEqualTo(403);
		assertThat(this.history.of(IRI)).hasSize(changes);
		assertThat(this.drafts.draftOf(IRI)).isEmpty();

		HttpResponse<String> reverted = coordinator.submitForm("/datasets/" + ID + "/history",
				"/datasets/" + ID + "/revert", "version=0");

		assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(303);
		assertThat(reverted.headers().firstValue("Location").orElseThrow())
			.endsWith("/datasets/" + ID + "/draft?reverted");
		RecordDrafts.Draft draft = this.drafts.draftOf(IRI).orElseThrow();
		assertThat(draft.state()).isEqualTo(WorkflowState.DRAFT);
		assertThat(frenchTitle(this.drafts.description(draft))).isEqualTo(original);
		RecordHistory.Change revert = this.history.of(IRI).get(0);
		assertThat(revert.from()).isEqualTo(WorkflowState.PUBLISHED);
		assertThat(revert.to()).isEqualTo(WorkflowState.DRAFT);
		assertThat(revert.comment()).contains("Retour à la version 0");
		// Readers still see version 2 until the revert is published.
		assertThat(this.http.get("/datasets/" + ID, "text/html").body()).contains("Zqhistoire seconde");
		// A second revert would overwrite the draft: refused.
		HttpResponse<String> again = coordinator.submitForm("/", "/datasets/" + ID + "/revert?lang=fr", "version=1");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("revenir à une version ne l’écrase jamais");
		assertThat(this.drafts.draftOf(IRI).orElseThrow().revision()).isEqualTo(draft.revision());

		this.drafts.move(draft, coordinatorIri(), WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
		assertThat(this.publication
			.publish(this.drafts.draftOf(IRI).orElseThrow(), coordinatorIri(), Optional.of("Zq retour"))
			.outcome()).isEqualTo(RecordPublication.Outcome.APPLIED);

		assertThat(this.http.get("/datasets/" + ID, "text/html").body()).contains(original)
			.doesNotContain("Zqhistoire");
		String after = coordinator.get("/datasets/" + ID + "/history?lang=en").body();
		assertThat(version(after, 3)).contains("published version").contains("Zqhistoire seconde").contains(original);
	}

	private void publish(String title, CookieSession coordinator) {
		Model description = ModelFactory.createDefaultModel().add(this.drafts.published(IRI));
		Resource subject = description.createResource(IRI);
		description.remove(subject, DCTerms.title, description.createLiteral(frenchTitle(description), "fr"));
		description.add(subject, DCTerms.title, description.createLiteral(title, "fr"));
		RecordDrafts.Draft saved = this.drafts.save(IRI, coordinatorIri(), description);
		this.drafts.move(saved, coordinatorIri(), WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
		assertThat(this.publication
			.publish(this.drafts.draftOf(IRI).orElseThrow(), coordinatorIri(), Optional.of("Zq " + title))
			.outcome()).isEqualTo(RecordPublication.Outcome.APPLIED);
	}

	private String coordinatorIri() {
		return this.accounts.byUserName("zq-history-coordinator").orElseThrow().iri();
	}

	private static String frenchTitle(Model description) {
		return description.listObjectsOfProperty(description.createResource(IRI), DCTerms.title)
			.mapWith((node) -> node.asLiteral())
			.filterKeep((literal) -> literal.getLanguage().equals("fr"))
			.mapWith(Literal::getString)
			.next();
	}

	/** The page's item of version {@code number}. */
	private static String version(String page, int number) {
		int start = page.indexOf("data-version=\"" + number + "\"");
		assertThat(start).as("version " + number).isPositive();
		int end = page.indexOf("</article>\n  </div>", start);
		int next = page.indexOf("data-version=", start + 15);
		return page.substring(start, (next > 0) ? next : (end > 0 ? end : page.length()));
	}

	private CookieSession account(String userName, Role role, String producer) {
		return CookieSession.signedInAs(this.http, this.accounts, userName, PASSWORD, role, producer);
	}

}
