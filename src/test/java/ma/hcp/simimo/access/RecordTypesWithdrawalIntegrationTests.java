package ma.hcp.simimo.access;

import java.net.http.HttpResponse;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.PublishingApplication;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.RecordPublication;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Withdrawal of a concept, a reference period and a classification over real HTTP
 * (decision 0027), as a dataset's: the coordinator's form on the history page, the
 * refusals, then 410 at the record's IRI for browsers and RDF clients, and nothing of it
 * on the public paths (search, /sparql triples and text:query, the scheme page, the
 * glossary builder); a classification's items answer 410 with it, and a revert of its
 * last version, submitted and published, brings the classification and its items back. In
 * the publishing tests' own application.
 */
@PublishingApplication
class RecordTypesWithdrawalIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a record withdrawer's long password";

	private static final String BASE = "https://w3id.org/simimo";

	private static final String CONCEPT = "/concepts/miepeec-labour-migration/immigrant-in-vocational-training";

	/** The glossary builder offering the concepts whose labels match. */
	private static final String GLOSSARY = "/glossary?q=" + HttpTestClient.encode("formation professionnelle");

	private static final String CLASSIFICATION = "/classifications/isced-2011";

	private static final String ITEM = CLASSIFICATION + "/3";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	RecordHistory history;

	@Autowired
	RecordPublication publication;

	@Test
	void aWithdrawnConceptAnswers410AndLeavesEveryPublicPath() {
		CookieSession coordinator = coordinator("zq-withdraw-concepts");
		CookieSession owner = CookieSession.signedInAs(this.http, this.accounts, "zq-withdraw-miepeec", PASSWORD,
				Role.CONTRIBUTOR, "miepeec");
		assertThat(this.http.get(CONCEPT, "text/html").statusCode()).isEqualTo(200);
		assertThat(this.http.search("formation professionnelle")).contains(CONCEPT);
		assertThat(this.http.get("/schemes/miepeec-labour-migration", "text/html").body()).contains(CONCEPT);
		assertThat(this.http.get(GLOSSARY, "text/html").body()).contains(BASE + CONCEPT);
		assertThat(textQueryFinds(BASE + CONCEPT)).isTrue();
		assertThat(coordinator.get(CONCEPT + "/history").body()).contains("history-withdraw");
		int changes = this.history.of(BASE + CONCEPT).size();
		assertThat(owner.submitForm("/", CONCEPT + "/withdraw", "comment=x").statusCode()).isEqualTo(403);
		assertThat(coordinator.submitForm("/", CONCEPT + "/withdraw", "comment=+").statusCode()).isEqualTo(400);
		assertThat(coordinator.submitForm("/", "/concepts/miepeec-labour-migration/none/withdraw", "comment=x")
			.statusCode()).isEqualTo(404);
		assertThat(this.history.of(BASE + CONCEPT)).hasSize(changes);

		HttpResponse<String> withdrawn = coordinator.submitForm(CONCEPT + "/history", CONCEPT + "/withdraw",
				"comment=" + HttpTestClient.encode("Concept fusionné avec un autre"));

		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(303);
		assertThat(withdrawn.headers().firstValue("Location").orElseThrow()).endsWith(CONCEPT + "/history?withdrawn");
		HttpResponse<String> gone = this.http.get(CONCEPT + "?lang=en", "text/html");
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(gone.body()).contains("Immigrant in vocational training").contains("Withdrawn from publication on");
		assertThat(this.http.get(CONCEPT, "text/turtle").statusCode()).isEqualTo(410);
		assertThat(this.http.get("/resource?uri=" + HttpTestClient.encode(BASE + CONCEPT), "text/turtle").statusCode())
			.isEqualTo(410);
		assertThat(this.http.search("formation professionnelle")).doesNotContain(CONCEPT);
		assertThat(this.http.get("/schemes/miepeec-labour-migration", "text/html").body()).doesNotContain(CONCEPT);
		assertThat(this.http.get(GLOSSARY, "text/html").body()).doesNotContain(BASE + CONCEPT);
		assertThat(textQueryFinds(BASE + CONCEPT)).isFalse();
		assertThat(this.http.query("SELECT ?p WHERE { <" + BASE + CONCEPT + "> ?p ?o }", "text/csv").body().strip())
			.as("only the owner statement, which the permission checks read, is left")
			.isEqualTo("p\r\nhttps://w3id.org/simimo/def#owner");
		assertThat(coordinator.get(CONCEPT + "/history?lang=en").body()).contains("Withdrawn by zq-withdraw-concepts")
			.doesNotContain("history-withdraw");
		assertThat(coordinator.submitForm("/", CONCEPT + "/withdraw", "comment=x").statusCode()).isEqualTo(409);
	}

	@Test
	void aPeriodNoDatasetNamesIsWithdrawnAndOneADatasetNamesIsRefusedByTheShapes() {
		CookieSession coordinator = coordinator("zq-withdraw-periods");
		String path = "/periods/zq-withdrawn-window";
		publishNewPeriod(path, account("zq-withdraw-periods"));
		assertThat(this.http.get(path, "text/html").statusCode()).isEqualTo(200);

		HttpResponse<String> withdrawn = coordinator.submitForm(path + "/history", path + "/withdraw",
				"comment=" + HttpTestClient.encode("Créée par erreur"));

		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(303);
		assertThat(this.http.get(path + "?lang=en", "text/html").body()).contains("Withdrawn test window");
		assertThat(this.http.get(path, "text/html").statusCode()).isEqualTo(410);
		assertThat(this.http.get(path, "application/ld+json").statusCode()).isEqualTo(410);
		// Every seed period is some dataset's reference period: withdrawing one would
		// leave the dataset naming an untyped period, which the shapes refuse.
		String named = "/periods/ene-availability-period";
		HttpResponse<String> refused = coordinator.submitForm(named + "/history", named + "/withdraw?lang=en",
				"comment=x");
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("would break the SHACL shapes")
			.contains("A reference period is a typed simimo:ReferencePeriod");
		assertThat(this.http.get(named, "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void aWithdrawnClassificationTakesItsItemsWithItAndARevertPublishedBringsThemBack() {
		CookieSession coordinator = coordinator("zq-withdraw-classifications");
		assertThat(this.http.get(ITEM, "text/html").statusCode()).isEqualTo(200);
		assertThat(coordinator.get(CLASSIFICATION + "/history").body()).contains("history-withdraw");

		HttpResponse<String> withdrawn = coordinator.submitForm(CLASSIFICATION + "/history",
				CLASSIFICATION + "/withdraw", "comment=" + HttpTestClient.encode("Remplacée par une autre édition"));

		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(303);
		assertThat(this.http.get(CLASSIFICATION, "text/html").statusCode()).isEqualTo(410);
		HttpResponse<String> item = this.http.get(ITEM + "?lang=en", "text/html");
		assertThat(item.statusCode()).isEqualTo(410);
		assertThat(item.body()).contains("ISCED 2011");
		assertThat(this.http.get(ITEM, "text/turtle").statusCode()).isEqualTo(410);
		assertThat(this.http.get(CLASSIFICATION + "/levels/levels-of-education", "text/turtle").statusCode())
			.isEqualTo(410);
		assertThat(this.http.query("ASK { <" + BASE + ITEM + "> ?p ?o }", "text/csv").body()).contains("false");

		HttpResponse<String> reverted = coordinator.submitForm(CLASSIFICATION + "/history", CLASSIFICATION + "/revert",
				"version=0");
		assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(303);
		assertThat(
				coordinator.submitForm(CLASSIFICATION + "/draft", CLASSIFICATION + "/submit", "comment=").statusCode())
			.isEqualTo(303);
		HttpResponse<String> published = coordinator.submitForm(CLASSIFICATION + "/draft", CLASSIFICATION + "/publish",
				"comment=" + HttpTestClient.encode("Republiée"));

		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
		assertThat(this.http.get(CLASSIFICATION, "text/html").statusCode()).isEqualTo(200);
		assertThat(this.http.get(ITEM, "text/html").statusCode()).isEqualTo(200);
		assertThat(this.http.get(ITEM, "text/turtle").statusCode()).isEqualTo(200);
	}

	/** A period made and published through the store, so that no dataset names it. */
	private void publishNewPeriod(String path, String account) {
		Model description = ModelFactory.createDefaultModel();
		String def = "https://w3id.org/simimo/def#";
		description.createResource(BASE + path)
			.addProperty(RDF.type, description.createResource(def + "ReferencePeriod"))
			.addProperty(RDFS.label, "Fenêtre de test retirée", "fr")
			.addProperty(RDFS.label, "Withdrawn test window", "en")
			.addProperty(description.createProperty(def + "periodKind"),
					description.createResource(BASE + "/concepts/period-kinds/observation-window"))
			.addProperty(description.createProperty(def + "startDate"),
					description.createTypedLiteral("2020-01-01", XSDDatatype.XSDdate));
		RecordDrafts.Draft draft = this.drafts.save(BASE + path, account, description,
				Optional.of(BASE + "/producers/hcp"));
		this.drafts.move(draft, account, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
		RecordPublication.Publication published = this.publication
			.publish(this.drafts.draftOf(BASE + path).orElseThrow(), account, Optional.empty());
		assertThat(published.outcome()).as(published.violations().toString())
			.isEqualTo(RecordPublication.Outcome.APPLIED);
	}

	private boolean textQueryFinds(String iri) {
		HttpResponse<String> found = this.http.query("""
				PREFIX text: <http://jena.apache.org/text#>
				PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
				SELECT ?s WHERE { (?s ?score) text:query (skos:prefLabel "formation professionnelle") }""", "text/csv");
		assertThat(found.statusCode()).isEqualTo(200);
		return found.body().contains(iri);
	}

	private String account(String userName) {
		return this.accounts.byUserName(userName).orElseThrow().iri();
	}

	private CookieSession coordinator(String userName) {
		return CookieSession.signedInAs(this.http, this.accounts, userName, PASSWORD, Role.COORDINATOR, null);
	}

}
