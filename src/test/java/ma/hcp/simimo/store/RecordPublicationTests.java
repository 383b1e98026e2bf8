package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordPublication.Outcome;
import ma.hcp.simimo.store.RecordPublication.Publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Publication of a submitted draft (decision 0027) on a real seeded TDB2 + jena-text
 * store and a real private store: the draft's description replaces the published one, in
 * the record's edited graph and nowhere else; the change entry records the patch and the
 * write; a draft not submitted, a published version that moved, and a result the shapes
 * refuse publish nothing; a stop between the writes is settled at start-up from the
 * public store; and a file reload keeps the edit. Each test publishes a different seed
 * dataset, so they share one store.
 */
class RecordPublicationTests {

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
	void theDraftReplacesThePublishedDescriptionInTheRecordsEditedGraphAndTheChangeRecordsIt() {
		String record = BASE + "datasets/anapec-moroccan-workers-placed-abroad";
		Model published = drafts.published(record);
		Literal oldTitle = frenchTitle(published, record);
		Draft draft = submitted(record, retitled(published, record, "Zq placements à l'étranger publiés"));

		Publication publication = publication().publish(draft, COORDINATOR, Optional.of("Bon pour publication"));

		assertThat(publication.outcome()).isEqualTo(Outcome.APPLIED);
		Model now = drafts.published(record);
		assertThat(frenchTitle(now, record).getString()).isEqualTo("Zq placements à l'étranger publiés");
		assertThat(now.contains(now.createResource(record), DCTerms.title, oldTitle)).isFalse();
		// Everything the record had elsewhere came along: the same description but the
		// title.
		assertThat(now.size()).isEqualTo(published.size());
		Node subject = NodeFactory.createURI(record);
		Txn.executeRead(store.dataset(), () -> {
			store.dataset().asDatasetGraph().find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining((quad) -> {
				String graph = quad.getGraph().getURI();
				assertThat(graph).isIn(NAMES.editedGraph(record), NAMES.forFile(RecordOwners.FILE));
			});
		});
		assertThat(drafts.draftOf(record)).isEmpty();
		assertThat(TestStores.countLabelMatches(store.dataset(), "\"Zq placements\"")).isEqualTo(1);
		RecordHistory.Change change = drafts.history().of(record).get(0);
		assertThat(change.iri()).isEqualTo(publication.change().orElseThrow());
		assertThat(change.author()).isEqualTo(COORDINATOR);
		assertThat(change.from()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(change.to()).isEqualTo(WorkflowState.PUBLISHED);
		assertThat(change.comment()).contains("Bon pour publication");
		assertThat(change.changeState()).contains(Vocab.SIMIMO + "applied");
		assertThat(change.writeSequence()).hasValue(publication.writeSequence());
		// The patch reads back as RDF Patch and deletes the old title, adds the new one.
		String patch = change.patch().orElseThrow();
		RDFPatchOps.read(new java.io.ByteArrayInputStream(patch.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(patch).contains("D ").contains("A ").contains("Zq placements");
	}

	@Test
	void aSecondPublicationReplacesTheFirstInTheSameEditedGraph() {
		String record = BASE + "datasets/anapec-foreign-workers-activity-certificate";
		publication().publish(submitted(record, retitled(drafts.published(record), record, "Zq premier")), COORDINATOR,
				Optional.empty());
		Publication second = publication().publish(
				submitted(record, retitled(drafts.published(record), record, "Zq second")), COORDINATOR,
				Optional.empty());

		assertThat(second.outcome()).isEqualTo(Outcome.APPLIED);
		Model now = drafts.published(record);
		assertThat(now.listObjectsOfProperty(now.createResource(record), DCTerms.title).toList())
			.extracting((title) -> title.asLiteral().getString())
			.contains("Zq second")
			.doesNotContain("Zq premier");
		// The versions, rebuilt from the patches: the files' one, then each
		// publication's.
		List<RecordHistory.Version> versions = drafts.history().versions(record);
		assertThat(versions).extracting(RecordHistory.Version::number).containsExactly(0, 1, 2);
		assertThat(versions.get(0).change()).isEmpty();
		assertThat(titles(versions.get(0).description(), record)).doesNotContain("Zq premier", "Zq second");
		assertThat(titles(versions.get(1).description(), record)).containsExactly("Zq premier");
		assertThat(titles(versions.get(2).description(), record)).containsExactly("Zq second");
		assertThat(versions.get(2).description().isIsomorphicWith(drafts.published(record))).isTrue();
	}

	@Test
	void aDraftThatIsNotSubmittedIsNotPublishedAndNothingIsWritten() {
		String record = BASE + "datasets/anapec-migrants-regularised-projects";
		Draft draft = drafts.save(record, CONTRIBUTOR, retitled(drafts.published(record), record, "Zq non soumis"));
		long sequence = sequence();

		assertThatExceptionOfType(WrongStateException.class)
			.isThrownBy(() -> publication().publish(draft, COORDINATOR, Optional.empty()));

		assertThat(sequence()).isEqualTo(sequence);
		assertThat(drafts.history().of(record)).isEmpty();
		assertThat(drafts.draftOf(record)).isPresent();
	}

	@Test
	void aPublishedVersionThatChangedSinceTheDraftStartedIsNotOverwritten() {
		String record = BASE + "datasets/cnss-foreign-employees";
		Draft draft = submitted(record, retitled(drafts.published(record), record, "Zq base dépassée"));
		// Meanwhile the published description changes (a file reload would do the
		// same).
		writer.write("a keyword added meanwhile",
				(write) -> write.dataset()
					.add(NodeFactory.createURI(NAMES.forFile("vocabularies/catalogue-datasets.ttl")),
							NodeFactory.createURI(record), NodeFactory.createURI("http://www.w3.org/ns/dcat#keyword"),
							NodeFactory.createLiteralLang("zq-entre-temps", "fr")));
		long sequence = sequence();

		Publication publication = publication().publish(draft, COORDINATOR, Optional.empty());

		assertThat(publication.outcome()).isEqualTo(Outcome.BASE_CHANGED);
		assertThat(sequence()).isEqualTo(sequence);
		assertThat(frenchTitle(drafts.published(record), record).getString()).isNotEqualTo("Zq base dépassée");
		assertThat(drafts.draftOf(record).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
	}

	@Test
	void aResultTheShapesRefuseIsNotPublishedAndTheRefusalIsRecorded() {
		String record = BASE + "datasets/cnss-foreign-pensioners";
		Model published = drafts.published(record);
		Model untitled = ModelFactory.createDefaultModel().add(published);
		untitled.removeAll(untitled.createResource(record), DCTerms.title, null);
		Draft draft = submitted(record, untitled);
		long sequence = sequence();

		Publication publication = publication().publish(draft, COORDINATOR, Optional.empty());

		assertThat(publication.outcome()).isEqualTo(Outcome.REFUSED_BY_SHAPES);
		assertThat(publication.violations()).isNotEmpty();
		assertThat(sequence()).isEqualTo(sequence);
		assertThat(drafts.published(record).size()).isEqualTo(published.size());
		assertThat(drafts.draftOf(record).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
		RecordHistory.Change change = drafts.history().of(record).get(0);
		assertThat(change.changeState()).contains(Vocab.SIMIMO + "refused");
		assertThat(change.refusal().orElseThrow()).contains("title");
	}

	@Test
	void aStopBeforeThePublicWriteIsSettledAsInterruptedAndTheDraftStaysSubmitted() {
		String record = BASE + "datasets/office-des-changes-mre-remittances";
		Draft draft = submitted(record, retitled(drafts.published(record), record, "Zq interrompu avant"));
		RecordPublication stopping = publication(RecordPublication.Step.PENDING);
		assertThatExceptionOfType(Stop.class).isThrownBy(() -> stopping.publish(draft, COORDINATOR, Optional.empty()));
		assertThat(drafts.history().of(record).get(0).changeState()).contains(Vocab.SIMIMO + "pending");

		publication().settle();

		RecordHistory.Change change = drafts.history().of(record).get(0);
		assertThat(change.changeState()).contains(Vocab.SIMIMO + "refused");
		assertThat(change.refusal()).contains("interrupted");
		assertThat(drafts.draftOf(record).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(frenchTitle(drafts.published(record), record).getString()).isNotEqualTo("Zq interrompu avant");
	}

	@Test
	void aStopAfterThePublicWriteIsSettledAsAppliedAndTheDraftGoes() {
		String record = BASE + "datasets/unhcr-refugees-asylum-seekers";
		Draft draft = submitted(record, retitled(drafts.published(record), record, "Zq interrompu après"));
		RecordPublication stopping = publication(RecordPublication.Step.PUBLIC);
		assertThatExceptionOfType(Stop.class).isThrownBy(() -> stopping.publish(draft, COORDINATOR, Optional.empty()));
		assertThat(drafts.draftOf(record)).isPresent();

		publication().settle();

		assertThat(drafts.history().of(record).get(0).changeState()).contains(Vocab.SIMIMO + "applied");
		assertThat(drafts.draftOf(record)).isEmpty();
		assertThat(frenchTitle(drafts.published(record), record).getString()).isEqualTo("Zq interrompu après");
	}

	@Test
	void aDraftSavedAgainWhileItIsPublishedIsKeptAndADraftSavedBeforeIsNotPublished() {
		String record = BASE + "datasets/interieur-voluntary-return-vulnerable-migrants";
		Draft draft = submitted(record, retitled(drafts.published(record), record, "Zq publié pendant"));
		// A coordinator's save lands between the public write and the outcome.
		RecordPublication saving = new RecordPublication(drafts, privateStore, Optional.of(store.dataset()),
				Optional.of(writer), new QueryRegistry(), NAMES, (step) -> {
					if (step == RecordPublication.Step.PUBLIC) {
						drafts.saveAsReviewer(record, COORDINATOR,
								retitled(drafts.description(drafts.draftOf(record).orElseThrow()), record,
										"Zq enregistré pendant"),
								Optional.empty());
					}
				});

		assertThat(saving.publish(draft, COORDINATOR, Optional.empty()).outcome()).isEqualTo(Outcome.APPLIED);

		assertThat(frenchTitle(drafts.published(record), record).getString()).isEqualTo("Zq publié pendant");
		Draft kept = drafts.draftOf(record).orElseThrow();
		assertThat(kept.revision()).isEqualTo(draft.revision() + 1);
		assertThat(frenchTitle(drafts.description(kept), record).getString()).isEqualTo("Zq enregistré pendant");
		// Its base is the version before this publication: publishing it is refused.
		assertThat(publication().publish(kept, COORDINATOR, Optional.empty()).outcome())
			.isEqualTo(Outcome.BASE_CHANGED);
	}

	@Test
	void aDraftSavedSinceTheCallerReadItIsNotPublished() {
		String record = BASE + "datasets/interieur-smuggling-networks-dismantled";
		Draft read = submitted(record, retitled(drafts.published(record), record, "Zq lu"));
		drafts.saveAsReviewer(record, COORDINATOR, retitled(drafts.description(read), record, "Zq enregistré après"),
				Optional.empty());
		long sequence = sequence();

		assertThatExceptionOfType(StaleRevisionException.class)
			.isThrownBy(() -> publication().publish(read, COORDINATOR, Optional.empty()));

		assertThat(sequence()).isEqualTo(sequence);
		assertThat(frenchTitle(drafts.published(record), record).getString()).isNotIn("Zq lu", "Zq enregistré après");
		assertThat(drafts.draftOf(record).orElseThrow().revision()).isEqualTo(read.revision() + 1);
	}

	@Test
	void aNewRecordIsPublishedWithItsOwnerWhereTheOwnersAreRead() {
		String record = BASE + "datasets/zq-new-published";
		String anapec = BASE + "producers/anapec";
		Model description = retitled(drafts.published(BASE + "datasets/anapec-registered-regular-migrants-refugees"),
				BASE + "datasets/anapec-registered-regular-migrants-refugees", "Zq nouveau publié");
		Model renamed = ModelFactory.createDefaultModel();
		description.listStatements().forEachRemaining((statement) -> {
			Resource subject = statement.getSubject().isURIResource()
					&& statement.getSubject().getURI().endsWith("anapec-registered-regular-migrants-refugees")
							? renamed.createResource(record) : statement.getSubject();
			renamed.add(subject, statement.getPredicate(), statement.getObject());
		});
		Draft saved = drafts.save(record, CONTRIBUTOR, renamed, Optional.of(anapec));
		drafts.move(saved, CONTRIBUTOR, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());

		Publication publication = publication().publish(drafts.draftOf(record).orElseThrow(), COORDINATOR,
				Optional.empty());

		assertThat(publication.outcome()).as(publication.violations().toString()).isEqualTo(Outcome.APPLIED);
		assertThat(drafts.isPublished(record)).isTrue();
		RecordOwners owners = new RecordOwners(TestExecutors.over(store.dataset()), NAMES);
		assertThat(owners.ownerOf(record)).contains(anapec);
	}

	@Test
	void aFileReloadKeepsThePublishedEditWhetherTheFileChangedTheRecordOrNot() throws IOException {
		String record = BASE + "datasets/cnss-foreign-employees";
		// Its own content copy, so the other tests' store is left alone.
		Path root = directory.resolve("reload");
		TestStores.copyTree(Path.of("ontology"), root.resolve("ontology"));
		TestStores.copyTree(Path.of("vocabularies"), root.resolve("vocabularies"));
		try (EmbeddedStore own = TestStores.open(directory.resolve("reload-store"));
				PrivateStore ownPrivate = PrivateStore.open(directory.resolve("reload-private"), new QueryRegistry())) {
			ContentLoader loader = TestStores.loader(own.dataset());
			loader.load(root, List.of("ontology", "vocabularies"));
			RecordDrafts ownDrafts = new RecordDrafts(ownPrivate, Optional.of(own.dataset()), new QueryRegistry(),
					NAMES, "ontology/shapes.ttl");
			Draft saved = ownDrafts.save(record, CONTRIBUTOR,
					retitled(ownDrafts.published(record), record, "Zq édité gardé"));
			ownDrafts.move(saved, CONTRIBUTOR, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
			RecordPublication ownPublication = new RecordPublication(ownDrafts, ownPrivate, Optional.of(own.dataset()),
					Optional.of(TestStores.writer(own.dataset())), new QueryRegistry(), NAMES, (step) -> {
					});
			assertThat(ownPublication.publish(ownDrafts.draftOf(record).orElseThrow(), COORDINATOR, Optional.empty())
				.outcome()).isEqualTo(Outcome.APPLIED);
			long size = ownDrafts.published(record).size();

			// The file changes elsewhere: reloaded, the record keeps its edit, once.
			Path datasets = root.resolve("vocabularies/catalogue-datasets.ttl");
			Files.writeString(datasets, Files.readString(datasets) + "\n# a comment that changes the checksum\n");
			assertThat(loader.load(root, List.of("ontology", "vocabularies")).loaded())
				.contains("vocabularies/catalogue-datasets.ttl");
			Model afterReload = ownDrafts.published(record);
			assertThat(titles(afterReload, record)).containsExactly("Zq édité gardé");
			assertThat(afterReload.size()).isEqualTo(size);

			// The file changes the record itself: the edit is still what is published.
			String text = Files.readString(datasets);
			Files.writeString(datasets, text.replace("ds:cnss-foreign-employees\n",
					"ds:cnss-foreign-employees\n    dcat:keyword \"zq-fichier\"@fr ;\n"));
			loader.load(root, List.of("ontology", "vocabularies"));
			Model afterChange = ownDrafts.published(record);
			assertThat(titles(afterChange, record)).containsExactly("Zq édité gardé");
			assertThat(afterChange
				.listObjectsOfProperty(afterChange.createResource(record),
						ResourceFactory.createProperty("http://www.w3.org/ns/dcat#keyword"))
				.toList()).extracting((keyword) -> keyword.asLiteral().getString()).doesNotContain("zq-fichier");
		}
	}

	/** What the step hook throws to stop a publication between two writes. */
	private static final class Stop extends RuntimeException {

	}

	private static RecordPublication publication() {
		return new RecordPublication(drafts, privateStore, Optional.of(store.dataset()), Optional.of(writer),
				new QueryRegistry(), NAMES, (step) -> {
				});
	}

	private static RecordPublication publication(RecordPublication.Step stopAfter) {
		return new RecordPublication(drafts, privateStore, Optional.of(store.dataset()), Optional.of(writer),
				new QueryRegistry(), NAMES, (step) -> {
					if (step == stopAfter) {
						throw new Stop();
					}
				});
	}

	private static Draft submitted(String record, Model description) {
		Draft saved = drafts.save(record, CONTRIBUTOR, description);
		drafts.move(saved, CONTRIBUTOR, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
		return drafts.draftOf(record).orElseThrow();
	}

	private static Model retitled(Model published, String record, String frenchTitle) {
		Model copy = ModelFactory.createDefaultModel().add(published);
		Resource subject = copy.createResource(record);
		copy.remove(subject, DCTerms.title, frenchTitle(copy, record));
		copy.add(subject, DCTerms.title, copy.createLiteral(frenchTitle, "fr"));
		return copy;
	}

	private static Literal frenchTitle(Model description, String record) {
		return description.listObjectsOfProperty(description.createResource(record), DCTerms.title)
			.mapWith((node) -> node.asLiteral())
			.filterKeep((literal) -> literal.getLanguage().equals("fr"))
			.next();
	}

	private static List<String> titles(Model description, String record) {
		return description.listObjectsOfProperty(description.createResource(record), DCTerms.title)
			.mapWith((node) -> node.asLiteral())
			.filterKeep((literal) -> literal.getLanguage().equals("fr"))
			.mapWith(Literal::getString)
			.toList();
	}

	private static long sequence() {
		return Txn.calculateRead(store.dataset(),
				() -> ContentVersion.sequenceOf(store.dataset().asDatasetGraph(), new QueryRegistry(), NAMES));
	}

}
