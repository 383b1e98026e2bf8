package ma.hcp.simimo.store;

import java.util.List;
import java.util.Optional;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.TestStoreDirectories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The workflow states of drafts and the change log (decision 0027) on a real private
 * store: a save puts a draft in state draft, a move changes the state and appends its
 * change in one write, a move from the wrong state writes nothing, the shapes refuse a
 * draft with two states, and the log lists a record's changes newest first, the
 * publication's own entries (patch, write sequence, outcome) with them.
 */
class RecordWorkflowTests {

	private static final String RECORD = "https://w3id.org/simimo/datasets/zq-workflow";

	private static final String ALICE = "urn:simimo:account:0b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private static final String BOB = "urn:simimo:account:1b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private final java.nio.file.Path directory = TestStoreDirectories.fresh("workflow");

	private PrivateStore store = PrivateStore.open(this.directory, new QueryRegistry());

	private final RecordDrafts drafts = drafts(this.store);

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void aSaveIsADraftAndSubmittingRecordsTheChangeInTheSameWrite() {
		RecordDrafts.Draft saved = this.drafts.save(RECORD, ALICE, description("Zq titre"));
		assertThat(saved.state()).isEqualTo(WorkflowState.DRAFT);
		assertThat(this.drafts.history().of(RECORD)).isEmpty();

		this.drafts.move(saved, ALICE, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.of("  À relire  "));

		assertThat(this.drafts.draftOf(RECORD).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
		List<RecordHistory.Change> changes = this.drafts.history().of(RECORD);
		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.author()).isEqualTo(ALICE);
			assertThat(change.from()).isEqualTo(WorkflowState.DRAFT);
			assertThat(change.to()).isEqualTo(WorkflowState.SUBMITTED);
			assertThat(change.comment()).contains("À relire");
			assertThat(change.patch()).isEmpty();
			assertThat(change.changeState()).isEmpty();
		});
	}

	@Test
	void aMoveFromAStateTheDraftIsNotInWritesNothing() {
		RecordDrafts.Draft saved = this.drafts.save(RECORD, ALICE, description("Zq titre"));
		assertThatExceptionOfType(WrongStateException.class).isThrownBy(() -> this.drafts.move(saved, BOB,
				WorkflowState.SUBMITTED, WorkflowState.DRAFT, Optional.of("Renvoyé")));
		assertThat(this.drafts.draftOf(RECORD).orElseThrow().state()).isEqualTo(WorkflowState.DRAFT);
		assertThat(this.drafts.history().of(RECORD)).isEmpty();
	}

	@Test
	void aSubmittedDraftIsNotSavedOverButAReviewerSaveKeepsItSubmittedAndIsRecorded() {
		RecordDrafts.Draft saved = this.drafts.save(RECORD, ALICE, description("Zq titre"));
		this.drafts.move(saved, ALICE, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
		assertThatExceptionOfType(WrongStateException.class)
			.isThrownBy(() -> this.drafts.save(RECORD, ALICE, description("Zq écrasé")));
		assertThat(this.drafts.draftOf(RECORD).orElseThrow().revision()).isEqualTo(1);

		RecordDrafts.Draft reviewed = this.drafts.saveAsReviewer(RECORD, BOB, description("Zq corrigé"),
				Optional.empty());

		assertThat(reviewed.state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(reviewed.revision()).isEqualTo(2);
		assertThat(this.drafts.history().of(RECORD)).first().satisfies((change) -> {
			assertThat(change.author()).isEqualTo(BOB);
			assertThat(change.from()).isEqualTo(WorkflowState.SUBMITTED);
			assertThat(change.to()).isEqualTo(WorkflowState.SUBMITTED);
		});
	}

	@Test
	void theShapesRefuseADraftWithTwoStates() {
		RecordDrafts.Draft saved = this.drafts.save(RECORD, ALICE, description("Zq titre"));
		// A second state written beside the first, through the drafts index's graph.
		QuerySolutionMap graph = new QuerySolutionMap();
		graph.add("draft", ResourceFactory.createResource(RecordDrafts.INDEX_GRAPH));
		ValueRows second = ValueRows.of("s", "p", "o")
			.row(ResourceFactory.createResource(saved.iri()), term("workflowState"),
					ResourceFactory.createResource(WorkflowState.SUBMITTED.iri()));
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(
					() -> this.store.write("two states", (write) -> write.update("store/draftTriples", graph, second)))
			.withMessageContaining("workflowState");
		assertThat(this.drafts.draftOf(RECORD).orElseThrow().state()).isEqualTo(WorkflowState.DRAFT);
	}

	@Test
	void theShapesRefuseAStateOutsideTheDraftsOnes() {
		RecordDrafts.Draft saved = this.drafts.save(RECORD, ALICE, description("Zq titre"));
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("draft", ResourceFactory.createResource(saved.iri()));
		bindings.add("state", ResourceFactory.createResource(WorkflowState.PUBLISHED.iri()));
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(
					() -> this.store.write("published draft", (write) -> write.update("store/setDraftState", bindings)))
			.withMessageContaining("workflowState");
	}

	@Test
	void theLogListsThePublicationsOwnEntriesWithTheWorkflowsNewestFirst() {
		RecordDrafts.Draft saved = this.drafts.save(RECORD, ALICE, description("Zq titre"));
		this.drafts.move(saved, ALICE, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.of("Premier"));
		// An entry as the publication writes it: a patch, a write sequence and an
		// outcome.
		String change = "urn:simimo:change:2b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";
		QuerySolutionMap graph = new QuerySolutionMap();
		graph.add("draft", ResourceFactory.createResource(RecordHistory.GRAPH));
		org.apache.jena.rdf.model.Resource subject = ResourceFactory.createResource(change);
		ValueRows entry = ValueRows.of("s", "p", "o")
			.row(subject, org.apache.jena.vocabulary.RDF.type, term("Change"))
			.row(subject, term("changeOf"), ResourceFactory.createResource(RECORD))
			.row(subject, ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasAttributedTo"),
					ResourceFactory.createResource(BOB))
			.row(subject, ResourceFactory.createProperty("http://www.w3.org/ns/prov#generatedAtTime"),
					// A minute after the submission, so that it is the newest without
					// waiting for the clock.
					RecordHistory.dateTime(java.time.Instant.now().plusSeconds(60)))
			.row(subject, term("fromState"), ResourceFactory.createResource(WorkflowState.SUBMITTED.iri()))
			.row(subject, term("toState"), ResourceFactory.createResource(WorkflowState.PUBLISHED.iri()))
			.row(subject, term("patch"),
					ResourceFactory.createTypedLiteral("TX .\nTC .\n",
							new org.apache.jena.datatypes.BaseDatatype(Vocab.SIMIMO + "rdfPatch")))
			.row(subject, term("writeSequence"), ResourceFactory.createTypedLiteral(42L))
			.row(subject, term("changeState"), term("applied"));
		this.store.write("a publication's entry", (write) -> write.update("store/draftTriples", graph, entry));

		List<RecordHistory.Change> changes = this.drafts.history().of(RECORD);

		assertThat(changes).extracting(RecordHistory.Change::to)
			.containsExactly(WorkflowState.PUBLISHED, WorkflowState.SUBMITTED);
		assertThat(changes.get(0).patch()).contains("TX .\nTC .\n");
		assertThat(changes.get(0).writeSequence()).hasValue(42);
		assertThat(changes.get(0).changeState()).contains(Vocab.SIMIMO + "applied");
		assertThat(changes.get(1).comment()).contains("Premier");
	}

	@Test
	void aDraftSavedBeforeTheWorkflowIsReadAsADraftAndGivenItsState() {
		this.drafts.save(RECORD, ALICE, description("Zq titre"));
		this.store.close();
		// Its state taken away, as a draft saved before decision 0027 has none, straight
		// in the database: the shapes would refuse it through the private store.
		org.apache.jena.query.Dataset raw = org.apache.jena.tdb2.TDB2Factory
			.connectDataset(this.directory.resolve(PrivateStore.DIRECTORY).toString());
		org.apache.jena.system.Txn.executeWrite(raw, () -> org.apache.jena.update.UpdateExecution.dataset(raw)
			.update("DELETE WHERE { GRAPH <urn:simimo:graph:drafts> { ?d <" + Vocab.SIMIMO + "workflowState> ?s } }")
			.execute());
		raw.close();
		org.apache.jena.tdb2.sys.TDBInternal.expel(raw.asDatasetGraph());
		this.store = PrivateStore.open(this.directory, new QueryRegistry());
		RecordDrafts reopened = drafts(this.store);
		assertThat(this.store.reader().ask("store/draftsWithoutState", new QuerySolutionMap())).isTrue();
		assertThat(reopened.draftOf(RECORD).orElseThrow().state()).isEqualTo(WorkflowState.DRAFT);

		reopened.settleStates();

		assertThat(this.store.reader().ask("store/draftsWithoutState", new QuerySolutionMap())).isFalse();
		reopened.move(reopened.draftOf(RECORD).orElseThrow(), ALICE, WorkflowState.DRAFT, WorkflowState.SUBMITTED,
				Optional.empty());
		assertThat(reopened.draftOf(RECORD).orElseThrow().submitted()).isTrue();
	}

	private static RecordDrafts drafts(PrivateStore store) {
		return new RecordDrafts(store, Optional.of(DatasetFactory.createTxnMem()), new QueryRegistry(),
				new GraphNames("https://w3id.org/simimo/"), "ontology/shapes.ttl");
	}

	private static org.apache.jena.rdf.model.Property term(String localName) {
		return ResourceFactory.createProperty(Vocab.SIMIMO + localName);
	}

	private static Model description(String title) {
		Model model = ModelFactory.createDefaultModel();
		model.createResource(RECORD).addProperty(DCTerms.title, title, "fr");
		return model;
	}

}
