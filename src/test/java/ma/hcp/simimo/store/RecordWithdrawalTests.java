package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.hcp.simimo.store.RecordPublication.Outcome;
import ma.hcp.simimo.store.RecordPublication.Publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Withdrawal of a published record (decision 0027) on a real seeded TDB2 + jena-text
 * store and a real private store: the description leaves every content graph but the
 * owners' graph, the system graph marks the record withdrawn with its labels, the change
 * records the patch; a record with a draft is not withdrawn; a stop between the writes is
 * settled at start-up; a reload of the record's file does not bring it back, and a revert
 * to its last version published again does; a concept and a period are withdrawn the same
 * way, a classification with its items and levels, whose IRIs are withdrawn with it. Each
 * test withdraws a different seed record.
 */
class RecordWithdrawalTests {

	private static final String BASE = "https://w3id.org/simimo/";

	private static final String COORDINATOR = "urn:simimo:account:0b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private static final String CONTRIBUTOR = "urn:simimo:account:1b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private static final GraphNames NAMES = new GraphNames(BASE);

	@TempDir
	static Path directory;

	private static EmbeddedStore store;

	private static PrivateStore privateStore;

	private static RecordDrafts drafts;

	private static StoreWriter writer;

	@BeforeAll
	static void seed() {
		store = TestStores.openSeeded(directory.resolve("store"));
		privateStore = PrivateStore.open(directory.resolve("private"), new QueryRegistry());
		drafts = new RecordDrafts(privateStore, Optional.of(store.dataset()), new QueryRegistry(), NAMES,
				"ontology/shapes.ttl");
		writer = TestStores.writer(store.dataset());
	}

	@AfterAll
	static void close() {
		privateStore.close();
		store.close();
	}

	@Test
	void theDescriptionLeavesThePublicStoreTheOwnerStaysAndTheSystemGraphKeepsOnlyItsLabelsAndDate() {
		String record = BASE + "datasets/anapec-moroccan-workers-placed-abroad";
		List<String> titles = frenchTitles(drafts.published(record), record);

		Publication withdrawal = publication().withdraw(record, COORDINATOR, "Doublon d’une autre fiche");

		assertThat(withdrawal.outcome()).as(withdrawal.violations().toString()).isEqualTo(Outcome.APPLIED);
		assertThat(drafts.published(record).isEmpty()).isTrue();
		Node subject = NodeFactory.createURI(record);
		Txn.executeRead(store.dataset(), () -> store.dataset()
			.asDatasetGraph()
			.find(Node.ANY, subject, Node.ANY, Node.ANY)
			.forEachRemaining(
					(quad) -> assertThat(quad.getGraph().getURI()).isEqualTo(NAMES.forFile(RecordOwners.FILE))));
		WithdrawnRecords.Withdrawal gone = withdrawn().of(record).orElseThrow();
		assertThat(gone.label("fr").text()).isIn(titles);
		assertThat(gone.date()).matches("\\d{4}-\\d{2}-\\d{2}");
		RecordHistory.Change change = drafts.history().of(record).get(0);
		assertThat(change.from()).isEqualTo(WorkflowState.PUBLISHED);
		assertThat(change.to()).isEqualTo(WorkflowState.WITHDRAWN);
		assertThat(change.comment()).contains("Doublon d’une autre fiche");
		assertThat(change.changeState()).contains(Vocab.SIMIMO + "applied");
		assertThat(change.writeSequence()).hasValue(withdrawal.writeSequence());
		List<RecordHistory.Version> versions = drafts.history().versions(record);
		assertThat(versions).extracting(RecordHistory.Version::number).containsExactly(0, 1);
		assertThat(frenchTitles(versions.get(0).description(), record)).isEqualTo(titles);
		assertThat(versions.get(1).withdrawal()).isTrue();
		assertThat(versions.get(1).description().isEmpty()).isTrue();
		// Withdrawn already: nothing more to take out.
		assertThat(publication().withdraw(record, COORDINATOR, "encore").outcome()).isEqualTo(Outcome.NOT_PUBLISHED);
	}

	@Test
	void aRecordWithADraftIsNotWithdrawnAndNothingIsWritten() {
		String record = BASE + "datasets/anapec-migrants-regularised-projects";
		drafts.save(record, CONTRIBUTOR, drafts.published(record));
		long size = drafts.published(record).size();

		assertThatExceptionOfType(WrongStateException.class)
			.isThrownBy(() -> publication().withdraw(record, COORDINATOR, "retrait"));

		assertThat(drafts.published(record).size()).isEqualTo(size);
		assertThat(drafts.history().of(record)).isEmpty();
		assertThat(withdrawn().of(record)).isEmpty();
	}

	@Test
	void aStopBeforeThePublicWriteIsSettledAsInterruptedAndTheRecordStaysPublished() {
		String record = BASE + "datasets/cnss-foreign-employees";
		long size = drafts.published(record).size();
		assertThatExceptionOfType(Stop.class)
			.isThrownBy(() -> publication(RecordPublication.Step.PENDING).withdraw(record, COORDINATOR, "retrait"));
		assertThat(drafts.history().of(record).get(0).changeState()).contains(Vocab.SIMIMO + "pending");

		publication().settle();

		RecordHistory.Change change = drafts.history().of(record).get(0);
		assertThat(change.changeState()).contains(Vocab.SIMIMO + "refused");
		assertThat(change.refusal()).contains("interrupted");
		assertThat(drafts.published(record).size()).isEqualTo(size);
		assertThat(withdrawn().of(record)).isEmpty();
	}

	@Test
	void aStopAfterThePublicWriteIsSettledAsAppliedAndADraftMadeSinceIsKept() {
		String record = BASE + "datasets/cnss-foreign-pensioners";
		Model published = drafts.published(record);
		assertThatExceptionOfType(Stop.class)
			.isThrownBy(() -> publication(RecordPublication.Step.PUBLIC).withdraw(record, COORDINATOR, "retrait"));
		drafts.revert(record, COORDINATOR, published, "Retour à la version 0");

		publication().settle();

		assertThat(drafts.history().of(record)).filteredOn((change) -> change.to() == WorkflowState.WITHDRAWN)
			.extracting(RecordHistory.Change::changeState)
			.containsExactly(Optional.of(Vocab.SIMIMO + "applied"));
		assertThat(drafts.published(record).isEmpty()).isTrue();
		assertThat(drafts.draftOf(record)).isPresent();
	}

	@Test
	void aReloadOfTheFileDoesNotBringItBackAndARevertPublishedDoesWithoutTheMarker() throws IOException {
		String record = BASE + "datasets/rgph-2014";
		Path root = directory.resolve("reload");
		TestStores.copyTree(Path.of("ontology"), root.resolve("ontology"));
		TestStores.copyTree(Path.of("vocabularies"), root.resolve("vocabularies"));
		try (EmbeddedStore own = TestStores.open(directory.resolve("reload-store"));
				PrivateStore ownPrivate = PrivateStore.open(directory.resolve("reload-private"), new QueryRegistry())) {
			ContentLoader loader = TestStores.loader(own.dataset());
			loader.load(root, List.of("ontology", "vocabularies"));
			RecordDrafts ownDrafts = new RecordDrafts(ownPrivate, Optional.of(own.dataset()), new QueryRegistry(),
					NAMES, "ontology/shapes.ttl");
			RecordPublication ownPublication = new RecordPublication(ownDrafts, ownPrivate, Optional.of(own.dataset()),
					Optional.of(TestStores.writer(own.dataset())), new QueryRegistry(), NAMES, (step) -> {
					});
			WithdrawnRecords ownWithdrawn = withdrawn(own);
			Model published = ownDrafts.published(record);
			assertThat(ownPublication.withdraw(record, COORDINATOR, "retrait").outcome()).isEqualTo(Outcome.APPLIED);

			Path datasets = root.resolve("vocabularies/catalogue-datasets.ttl");
			Files.writeString(datasets, Files.readString(datasets) + "\n# a comment that changes the checksum\n");
			assertThat(loader.load(root, List.of("ontology", "vocabularies")).loaded())
				.contains("vocabularies/catalogue-datasets.ttl");
			assertThat(ownDrafts.published(record).isEmpty()).isTrue();
			assertThat(ownWithdrawn.of(record)).isPresent();

			List<RecordHistory.Version> versions = ownDrafts.history().versions(record);
			RecordDrafts.Draft revert = ownDrafts.revert(record, COORDINATOR, versions.get(0).description(),
					"Retour à la version 0");
			ownDrafts.move(revert, COORDINATOR, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
			Publication again = ownPublication.publish(ownDrafts.draftOf(record).orElseThrow(), COORDINATOR,
					Optional.empty());

			assertThat(again.outcome()).as(again.violations().toString()).isEqualTo(Outcome.APPLIED);
			assertThat(ownDrafts.published(record).isIsomorphicWith(published)).isTrue();
			assertThat(ownWithdrawn.of(record)).isEmpty();
			assertThat(ownDrafts.history().versions(record)).extracting(RecordHistory.Version::number)
				.containsExactly(0, 1, 2);
		}
	}

	@Test
	void aConceptAndAPeriodAreWithdrawnAsADatasetIsWithTheirLabelsKept() {
		String concept = BASE + "concepts/cnss-social-security/foreign-pensioner";
		// Every seed period is some dataset's simimo:referencePeriod (the shapes then
		// refuse its withdrawal, below): this one is made in the application first.
		String period = BASE + "periods/zq-withdrawn-window";
		Model description = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
		org.apache.jena.rdf.model.Resource subject = description.createResource(period);
		subject
			.addProperty(org.apache.jena.vocabulary.RDF.type,
					description.createResource(Vocab.SIMIMO + "ReferencePeriod"))
			.addProperty(org.apache.jena.vocabulary.RDFS.label, "Fenêtre retirée", "fr")
			.addProperty(org.apache.jena.vocabulary.RDFS.label, "Withdrawn window", "en")
			.addProperty(description.createProperty(Vocab.SIMIMO + "periodKind"),
					description.createResource(BASE + "concepts/period-kinds/observation-window"))
			.addProperty(description.createProperty(Vocab.SIMIMO + "startDate"),
					description.createTypedLiteral("2020-01-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
		RecordDrafts.Draft created = drafts.save(period, COORDINATOR, description, Optional.of(BASE + "producers/hcp"));
		drafts.move(created, COORDINATOR, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
		Publication publication = publication().publish(drafts.draftOf(period).orElseThrow(), COORDINATOR,
				Optional.empty());
		assertThat(publication.outcome()).as(publication.violations().toString()).isEqualTo(Outcome.APPLIED);

		Publication conceptWithdrawal = publication().withdraw(concept, COORDINATOR, "Remplacé");
		Publication periodWithdrawal = publication().withdraw(period, COORDINATOR, "Remplacée");

		assertThat(conceptWithdrawal.outcome()).as(conceptWithdrawal.violations().toString())
			.isEqualTo(Outcome.APPLIED);
		assertThat(periodWithdrawal.outcome()).as(periodWithdrawal.violations().toString()).isEqualTo(Outcome.APPLIED);
		assertThat(drafts.published(concept).isEmpty()).isTrue();
		assertThat(drafts.published(period).isEmpty()).isTrue();
		assertThat(withdrawn().of(concept).orElseThrow().label("fr").text()).isNotEqualTo(concept);
		assertThat(withdrawn().of(period).orElseThrow().label("en").text()).isEqualTo("Withdrawn window");
		assertThat(drafts.history().versions(concept)).extracting(RecordHistory.Version::withdrawal)
			.containsExactly(false, true);
	}

	@Test
	void aPeriodThatADatasetNamesIsNotWithdrawnTheShapesRefuseIt() {
		String period = BASE + "periods/law-02-03-residence-permit-threshold";
		long size = drafts.published(period).size();

		Publication withdrawal = publication().withdraw(period, COORDINATOR, "Remplacée");

		assertThat(withdrawal.outcome()).isEqualTo(Outcome.REFUSED_BY_SHAPES);
		assertThat(withdrawal.violations().toString()).contains("A reference period is a typed simimo:ReferencePeriod");
		assertThat(drafts.published(period).size()).isEqualTo(size);
		assertThat(withdrawn().of(period)).isEmpty();
	}

	@Test
	void aConceptThatADivergenceNamesIsNotWithdrawnTheShapesRefuseItAndItStaysPublished() {
		String concept = BASE + "concepts/dgsn-residence/foreign-resident";
		long size = drafts.published(concept).size();

		Publication withdrawal = publication().withdraw(concept, COORDINATOR, "Remplacé");

		assertThat(withdrawal.outcome()).isEqualTo(Outcome.REFUSED_BY_SHAPES);
		assertThat(withdrawal.violations().toString()).contains("A divergence has exactly one national concept");
		assertThat(drafts.published(concept).size()).isEqualTo(size);
		assertThat(withdrawn().of(concept)).isEmpty();
		assertThat(drafts.history().of(concept).get(0).changeState()).contains(Vocab.SIMIMO + "refused");
	}

	@Test
	void aClassificationIsWithdrawnWithItsPartsWhoseIrisAreWithdrawnTooUntilARevertIsPublished() {
		String record = BASE + "classifications/isced-2011";
		String item = record + "/3";
		String level = record + "/levels/levels-of-education";
		Model published = drafts.published(record);
		assertThat(published.containsResource(published.createResource(item))).isTrue();

		Publication withdrawal = publication().withdraw(record, COORDINATOR, "Remplacée par une autre édition");

		assertThat(withdrawal.outcome()).as(withdrawal.violations().toString()).isEqualTo(Outcome.APPLIED);
		assertThat(drafts.published(record).isEmpty()).isTrue();
		Txn.executeRead(store.dataset(), () -> {
			for (String part : List.of(item, level)) {
				store.dataset()
					.asDatasetGraph()
					.find(Node.ANY, NodeFactory.createURI(part), Node.ANY, Node.ANY)
					.forEachRemaining((quad) -> assertThat(quad.getGraph().getURI()).as(part)
						.isEqualTo(NAMES.forFile(RecordOwners.FILE)));
			}
		});
		WithdrawnRecords.Withdrawal gone = withdrawn().of(item).orElseThrow();
		assertThat(gone.label("en").text()).contains("ISCED 2011");
		assertThat(withdrawn().of(level)).isPresent();
		assertThat(withdrawn().of(record)).isPresent();

		RecordDrafts.Draft revert = drafts.revert(record, COORDINATOR,
				drafts.history().versions(record).get(0).description(), "Retour à la version 0");
		drafts.move(revert, COORDINATOR, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
		Publication again = publication().publish(drafts.draftOf(record).orElseThrow(), COORDINATOR, Optional.empty());

		assertThat(again.outcome()).as(again.violations().toString()).isEqualTo(Outcome.APPLIED);
		assertThat(drafts.published(record).isIsomorphicWith(published)).isTrue();
		assertThat(withdrawn().of(record)).isEmpty();
		assertThat(withdrawn().of(item)).isEmpty();
		assertThat(withdrawn().of(level)).isEmpty();
	}

	/** What the step hook throws to stop a withdrawal between two writes. */
	private static final class Stop extends RuntimeException {

	}

	private static RecordPublication publication() {
		return publication(null);
	}

	private static RecordPublication publication(RecordPublication.Step stopAfter) {
		return new RecordPublication(drafts, privateStore, Optional.of(store.dataset()), Optional.of(writer),
				new QueryRegistry(), NAMES, (step) -> {
					if (step == stopAfter) {
						throw new Stop();
					}
				});
	}

	private static WithdrawnRecords withdrawn() {
		return withdrawn(store);
	}

	private static WithdrawnRecords withdrawn(EmbeddedStore of) {
		SparqlExecutor executor = TestExecutors.over(of.dataset());
		return new WithdrawnRecords(executor, NAMES, new ContentVersion(executor, NAMES));
	}

	private static List<String> frenchTitles(Model description, String record) {
		return description.listObjectsOfProperty(description.createResource(record), DCTerms.title)
			.mapWith((node) -> node.asLiteral())
			.filterKeep((literal) -> literal.getLanguage().equals("fr"))
			.mapWith((literal) -> literal.getString())
			.toList();
	}

}
