package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.hcp.simimo.CapturedLog;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordPublication.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rule between the curated content files and the records edited in the application
 * (decision 0027), both ways, on a real TDB2 + jena-text store loaded from a copy of the
 * content and a real private store: a file that changes an edited record offers its
 * version as a submitted draft by the content files (once per file version, at start-up
 * or while running), a record with a draft keeps it and the file's version is noted, and
 * a committed export makes the file authoritative again.
 */
class CuratedFilesAndEditsTests {

	private static final String BASE = "https://w3id.org/simimo/";

	private static final String RECORD = BASE + "datasets/cnss-foreign-employees";

	private static final String FILE = "vocabularies/catalogue-datasets.ttl";

	private static final String COORDINATOR = "urn:simimo:account:0b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private static final String CONTRIBUTOR = "urn:simimo:account:1b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private static final String EDITED_TITLE = "Zq salariés étrangers édités";

	private static final GraphNames NAMES = new GraphNames(BASE);

	private static final List<String> DIRECTORIES = List.of("ontology", "vocabularies");

	@TempDir
	Path directory;

	private Path root;

	private EmbeddedStore store;

	private PrivateStore privateStore;

	private RecordDrafts drafts;

	@BeforeEach
	void editAndPublish() {
		this.root = this.directory.resolve("content");
		TestStores.copyTree(Path.of("ontology"), this.root.resolve("ontology"));
		TestStores.copyTree(Path.of("vocabularies"), this.root.resolve("vocabularies"));
		open();
		loader().load(this.root, DIRECTORIES);
		Draft saved = this.drafts.save(RECORD, CONTRIBUTOR, retitled(this.drafts.published(RECORD), EDITED_TITLE));
		this.drafts.move(saved, CONTRIBUTOR, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
		assertThat(publication().publish(this.drafts.draftOf(RECORD).orElseThrow(), COORDINATOR, Optional.empty())
			.outcome()).isEqualTo(Outcome.APPLIED);
	}

	@AfterEach
	void close() {
		this.privateStore.close();
		this.store.close();
	}

	@Test
	void aFileThatChangesAnEditedRecordOffersItsVersionAsASubmittedDraftByTheContentFiles() throws IOException {
		addKeyword("zq-fichier");

		try (CapturedLog log = CapturedLog.start()) {
			assertThat(loader().load(this.root, DIRECTORIES).loaded()).contains(FILE);
			assertThat(log.warnings()).anySatisfy((line) -> assertThat(line.getFormattedMessage()).contains(FILE)
				.contains(RECORD)
				.contains("submitted draft"));
		}

		Draft draft = this.drafts.draftOf(RECORD).orElseThrow();
		assertThat(draft.state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(draft.author()).isEqualTo(FileVersions.AUTHOR);
		assertThat(draft.revision()).isEqualTo(1);
		Model offered = this.drafts.description(draft);
		assertThat(keywords(offered)).contains("zq-fichier");
		assertThat(titles(offered)).containsExactly("Salariés étrangers déclarés à la CNSS");
		// The published edit is intact: readers see it, without the file's change.
		Model published = this.drafts.published(RECORD);
		assertThat(titles(published)).containsExactly(EDITED_TITLE);
		assertThat(keywords(published)).doesNotContain("zq-fichier");
		// Its base is the published version, so a coordinator can publish it.
		assertThat(draft.base()).isEqualTo(RecordDrafts.digest(published));
		RecordHistory.Change change = this.drafts.history().of(RECORD).get(0);
		assertThat(change.author()).isEqualTo(FileVersions.AUTHOR);
		assertThat(change.authorName()).contains(FileVersions.AUTHOR_NAME);
		assertThat(change.from()).isEqualTo(WorkflowState.PUBLISHED);
		assertThat(change.to()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(change.comment().orElseThrow()).contains(FILE).contains(checksum());
		assertThat(this.drafts.history().latestInto(RECORD, WorkflowState.SUBMITTED)).contains(change);
	}

	@Test
	void theSameFileVersionLoadedAgainOffersNoSecondDraftAfterARestartOrAStopBeforeThePublicWrite() throws IOException {
		addKeyword("zq-une-fois");
		loader().load(this.root, DIRECTORIES);
		Draft offered = this.drafts.draftOf(RECORD).orElseThrow();

		// A restart with the same file: nothing to load.
		restart();
		assertThat(loader().load(this.root, DIRECTORIES).loaded()).isEmpty();
		// A stop after the offer and before the load's public write: the file is loaded
		// again, and its version is found offered already.
		forgetChecksum(FILE);
		assertThat(loader().load(this.root, DIRECTORIES).loaded()).containsExactly(FILE);

		assertThat(this.drafts.draftOf(RECORD).orElseThrow()).isEqualTo(offered);
		assertThat(this.drafts.history().of(RECORD)).filteredOn((change) -> change.author().equals(FileVersions.AUTHOR))
			.hasSize(1);
		assertThat(titles(this.drafts.published(RECORD))).containsExactly(EDITED_TITLE);
	}

	@Test
	void aFileLoadedUnchangedChangesNothing() {
		int changes = this.drafts.history().of(RECORD).size();

		assertThat(loader().load(this.root, DIRECTORIES).loaded()).isEmpty();

		assertThat(this.drafts.draftOf(RECORD)).isEmpty();
		assertThat(this.drafts.history().of(RECORD)).hasSize(changes);
		assertThat(titles(this.drafts.published(RECORD))).containsExactly(EDITED_TITLE);
	}

	@Test
	void aFileChangedElsewhereOffersNothingForTheEditedRecord() throws IOException {
		Path file = this.root.resolve(FILE);
		Files.writeString(file, Files.readString(file) + "\n# a comment that changes the checksum\n");

		assertThat(loader().load(this.root, DIRECTORIES).loaded()).containsExactly(FILE);

		assertThat(this.drafts.draftOf(RECORD)).isEmpty();
		assertThat(titles(this.drafts.published(RECORD))).containsExactly(EDITED_TITLE);
	}

	@Test
	void aRecordWithADraftKeepsItAndTheFilesVersionIsNotedUntilTheFileChangesAgain() throws IOException {
		this.drafts.save(RECORD, CONTRIBUTOR, retitled(this.drafts.published(RECORD), "Zq brouillon du producteur"));
		Draft own = this.drafts.draftOf(RECORD).orElseThrow();
		addKeyword("zq-note");

		try (CapturedLog log = CapturedLog.start()) {
			loader().load(this.root, DIRECTORIES);
			assertThat(log.warnings()).anySatisfy(
					(line) -> assertThat(line.getFormattedMessage()).contains(FILE).contains(RECORD).contains("noted"));
		}

		assertThat(this.drafts.draftOf(RECORD).orElseThrow()).isEqualTo(own);
		assertThat(titles(this.drafts.description(own))).containsExactly("Zq brouillon du producteur");
		RecordHistory.Change note = this.drafts.history().of(RECORD).get(0);
		assertThat(note.author()).isEqualTo(FileVersions.AUTHOR);
		assertThat(note.from()).isEqualTo(WorkflowState.DRAFT);
		assertThat(note.to()).isEqualTo(WorkflowState.DRAFT);
		assertThat(note.comment().orElseThrow()).contains(FILE).contains(checksum());

		// Once the draft is gone, the file's next change offers its version.
		this.drafts.discard(own);
		Path file = this.root.resolve(FILE);
		Files.writeString(file, Files.readString(file) + "\n# changed again\n");
		loader().load(this.root, DIRECTORIES);
		Draft offered = this.drafts.draftOf(RECORD).orElseThrow();
		assertThat(offered.author()).isEqualTo(FileVersions.AUTHOR);
		assertThat(keywords(this.drafts.description(offered))).contains("zq-note");
	}

	@Test
	void aPublishedFileVersionWinsAndTheFileIsAuthoritativeAtItsNextLoad() throws IOException {
		addKeyword("zq-gagne");
		loader().load(this.root, DIRECTORIES);

		assertThat(publication().publish(this.drafts.draftOf(RECORD).orElseThrow(), COORDINATOR, Optional.empty())
			.outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(keywords(this.drafts.published(RECORD))).contains("zq-gagne");
		assertThat(titles(this.drafts.published(RECORD))).containsExactly("Salariés étrangers déclarés à la CNSS");

		Path file = this.root.resolve(FILE);
		Files.writeString(file, Files.readString(file) + "\n# another change\n");
		loader().load(this.root, DIRECTORIES);
		assertThat(editedGraphSize()).isZero();
		assertThat(fileGraphDescribes(RECORD)).isTrue();
		assertThat(this.drafts.draftOf(RECORD)).isEmpty();
	}

	@Test
	void aCommittedExportMakesTheFileAuthoritativeAgainInTheSameWrite() throws IOException {
		String export = export().turtle("catalogue-datasets").orElseThrow();
		assertThat(export).contains(EDITED_TITLE).contains("@prefix ds:").contains("ds:cnss-foreign-employees");
		Model parsed = ModelFactory.createDefaultModel();
		RDFParser.fromString(export, Lang.TURTLE).parse(parsed);
		assertThat(
				parsed.contains(parsed.createResource(RECORD), DCTerms.title, parsed.createLiteral(EDITED_TITLE, "fr")))
			.isTrue();
		assertThat(export().files()).filteredOn((file) -> file.sourceFile().equals(FILE))
			.singleElement()
			.satisfies((file) -> assertThat(file.editedRecords()).containsExactly(RECORD));

		Files.writeString(this.root.resolve(FILE), export);
		long sequence = sequence();
		assertThat(loader().load(this.root, DIRECTORIES).loaded()).containsExactly(FILE);

		assertThat(sequence()).isEqualTo(sequence + 1);
		assertThat(editedGraphSize()).isZero();
		assertThat(editedRecords()).doesNotContain(RECORD);
		assertThat(fileGraphDescribes(RECORD)).isTrue();
		assertThat(titles(this.drafts.published(RECORD))).containsExactly(EDITED_TITLE);
		assertThat(this.drafts.draftOf(RECORD)).isEmpty();
		assertThat(export().files()).filteredOn((file) -> file.sourceFile().equals(FILE))
			.singleElement()
			.satisfies((file) -> assertThat(file.edited()).isFalse());
		// From now on the file is the source: changing it changes the record.
		addKeyword("zq-source");
		loader().load(this.root, DIRECTORIES);
		assertThat(keywords(this.drafts.published(RECORD))).contains("zq-source");
		assertThat(this.drafts.draftOf(RECORD)).isEmpty();
	}

	@Test
	void aWithdrawnRecordStaysWithdrawnThroughAReloadAndItsFilesCommittedExport() throws IOException {
		assertThat(publication().withdraw(RECORD, COORDINATOR, "Doublon").outcome()).isEqualTo(Outcome.APPLIED);
		// The file changed elsewhere: its unchanged description of the record stays out.
		Files.writeString(this.root.resolve(FILE), Files.readString(this.root.resolve(FILE)) + "\n# zq\n");
		assertThat(loader().load(this.root, DIRECTORIES).loaded()).containsExactly(FILE);
		assertWithdrawn();

		// The export puts the withdrawn record's empty edited graph back: the file no
		// longer describes it, and committed, the empty graph is never "equal" to it.
		String export = export().turtle("catalogue-datasets").orElseThrow();
		Model parsed = ModelFactory.createDefaultModel();
		RDFParser.fromString(export, Lang.TURTLE).parse(parsed);
		assertThat(parsed.listStatements(parsed.createResource(RECORD), null, (RDFNode) null).toList()).isEmpty();
		Files.writeString(this.root.resolve(FILE), export);
		assertThat(loader().load(this.root, DIRECTORIES).loaded()).containsExactly(FILE);
		assertWithdrawn();
	}

	@Test
	void aFileThatChangesAWithdrawnRecordIsNotedNotOfferedAndTheRecordStaysWithdrawnThroughARestart()
			throws IOException {
		assertThat(publication().withdraw(RECORD, COORDINATOR, "Doublon").outcome()).isEqualTo(Outcome.APPLIED);
		addKeyword("zq-retiree");
		int changes = this.drafts.history().of(RECORD).size();

		try (CapturedLog log = CapturedLog.start()) {
			assertThat(loader().load(this.root, DIRECTORIES).loaded()).containsExactly(FILE);
			assertThat(log.warnings()).anySatisfy((line) -> assertThat(line.getFormattedMessage()).contains(FILE)
				.contains(RECORD)
				.contains("withdrawn"));
		}

		assertWithdrawn();
		assertThat(this.drafts.history().of(RECORD)).hasSize(changes + 1);
		RecordHistory.Change note = this.drafts.history().of(RECORD).get(0);
		assertThat(note.author()).isEqualTo(FileVersions.AUTHOR);
		assertThat(note.from()).isEqualTo(WorkflowState.WITHDRAWN);
		assertThat(note.to()).isEqualTo(WorkflowState.WITHDRAWN);
		assertThat(note.comment().orElseThrow()).contains(FILE).contains(checksum()).contains("retirée");
		assertThat(this.drafts.history()
			.versions(RECORD)
			.get(this.drafts.history().versions(RECORD).size() - 1)
			.withdrawal()).isTrue();
		Model exported = ModelFactory.createDefaultModel();
		RDFParser.fromString(export().turtle("catalogue-datasets").orElseThrow(), Lang.TURTLE).parse(exported);
		assertThat(exported.listStatements(exported.createResource(RECORD), null, (RDFNode) null).toList()).isEmpty();

		// A restart with the file unchanged loads nothing and notes nothing again.
		this.privateStore.close();
		this.store.close();
		open();
		assertThat(loader().load(this.root, DIRECTORIES).loaded()).isEmpty();
		assertWithdrawn();
		assertThat(this.drafts.history().of(RECORD)).hasSize(changes + 1);
		// The noted description is handled: the file changed elsewhere notes nothing
		// more.
		Files.writeString(this.root.resolve(FILE), Files.readString(this.root.resolve(FILE)) + "\n# zq\n");
		assertThat(loader().load(this.root, DIRECTORIES).loaded()).containsExactly(FILE);
		assertWithdrawn();
		assertThat(this.drafts.history().of(RECORD)).hasSize(changes + 1);
	}

	private void assertWithdrawn() {
		assertThat(this.drafts.published(RECORD).isEmpty()).isTrue();
		assertThat(fileGraphDescribes(RECORD)).isFalse();
		assertThat(editedRecords()).contains(RECORD);
		SparqlExecutor executor = TestExecutors.over(this.store.dataset());
		assertThat(new WithdrawnRecords(executor, NAMES, new ContentVersion(executor, NAMES)).of(RECORD)).isPresent();
		assertThat(this.drafts.draftOf(RECORD)).isEmpty();
	}

	@Test
	void aNewReleaseThatChangesAnEditedRecordIsOfferedAtStartUp() throws IOException {
		this.privateStore.close();
		this.store.close();
		addKeyword("zq-version");

		open();
		loader().load(this.root, DIRECTORIES);

		Draft offered = this.drafts.draftOf(RECORD).orElseThrow();
		assertThat(offered.state()).isEqualTo(WorkflowState.SUBMITTED);
		assertThat(keywords(this.drafts.description(offered))).contains("zq-version");
		assertThat(titles(this.drafts.published(RECORD))).containsExactly(EDITED_TITLE);
	}

	@Test
	void aLoadTheShapesRefuseWithdrawsTheVersionItOfferedAndTheFixedFileOffersItAgain() throws IOException {
		addKeyword("zq-refus");
		Path file = this.root.resolve(FILE);
		String changed = Files.readString(file);
		Files.writeString(file, changed + "\nds:zq-broken a dcat:Dataset .\n");
		int changes = this.drafts.history().of(RECORD).size();

		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> loader().load(this.root, DIRECTORIES));

		assertThat(this.drafts.draftOf(RECORD)).isEmpty();
		assertThat(this.drafts.history().of(RECORD)).hasSize(changes);
		Files.writeString(file, changed);
		loader().load(this.root, DIRECTORIES);
		assertThat(keywords(this.drafts.description(this.drafts.draftOf(RECORD).orElseThrow()))).contains("zq-refus");
	}

	@Test
	void aFileNameThatIsNotALoadedFileHasNoExport() {
		assertThat(export().turtle("no-such-file")).isEmpty();
		assertThat(export().turtle("../vocabularies/catalogue-datasets")).isEmpty();
		assertThat(export().turtle("catalogue-datasets.ttl")).isEmpty();
		assertThat(export().turtle("")).isEmpty();
	}

	private void open() {
		this.store = TestStores.open(this.directory.resolve("store"));
		this.privateStore = PrivateStore.open(this.directory.resolve("private"), new QueryRegistry());
		this.drafts = new RecordDrafts(this.privateStore, Optional.of(this.store.dataset()), new QueryRegistry(), NAMES,
				"ontology/shapes.ttl");
	}

	private void restart() {
		close();
		open();
	}

	private ContentLoader loader() {
		return new ContentLoader(TestStores.writer(this.store.dataset()), this.store.dataset(), new QueryRegistry(),
				NAMES, new FileVersions(this.privateStore));
	}

	private RecordPublication publication() {
		return new RecordPublication(this.drafts, this.privateStore, Optional.of(this.store.dataset()),
				Optional.of(TestStores.writer(this.store.dataset())), new QueryRegistry(), NAMES, (step) -> {
				});
	}

	private ContentExport export() {
		SparqlExecutor executor = TestExecutors.over(this.store.dataset());
		return new ContentExport(executor, new LoadedGraphRepository(executor, NAMES), NAMES,
				ContentRoot.directory(this.root));
	}

	private void addKeyword(String keyword) throws IOException {
		Path file = this.root.resolve(FILE);
		String text = Files.readString(file);
		assertThat(text).contains("ds:cnss-foreign-employees\n");
		Files.writeString(file, text.replace("ds:cnss-foreign-employees\n",
				"ds:cnss-foreign-employees\n    dcat:keyword \"" + keyword + "\"@fr ;\n"));
	}

	private void forgetChecksum(String file) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(NAMES.systemGraph()));
		bindings.add("graph", ResourceFactory.createResource(NAMES.forFile(file)));
		TestStores.writer(this.store.dataset())
			.write("a stop before the load's public write",
					(write) -> write.update("store/forgetLoadedGraph", bindings));
	}

	private String checksum() throws IOException {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(this.root.resolve(FILE))));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long editedGraphSize() {
		return Txn.calculateRead(this.store.dataset(),
				() -> this.store.dataset()
					.asDatasetGraph()
					.getGraph(NodeFactory.createURI(NAMES.editedGraph(RECORD)))
					.size());
	}

	private boolean fileGraphDescribes(String record) {
		Node subject = NodeFactory.createURI(record);
		return Txn.calculateRead(this.store.dataset(),
				() -> this.store.dataset()
					.asDatasetGraph()
					.contains(NodeFactory.createURI(NAMES.forFile(FILE)), subject, Node.ANY, Node.ANY));
	}

	private List<String> editedRecords() {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(NAMES.systemGraph()));
		return TestExecutors.over(this.store.dataset())
			.select("store/editedRecords", bindings, (row) -> row.getResource("record").getURI());
	}

	private long sequence() {
		return Txn.calculateRead(this.store.dataset(),
				() -> ContentVersion.sequenceOf(this.store.dataset().asDatasetGraph(), new QueryRegistry(), NAMES));
	}

	private static Model retitled(Model published, String frenchTitle) {
		Model copy = ModelFactory.createDefaultModel().add(published);
		Resource subject = copy.createResource(RECORD);
		copy.listObjectsOfProperty(subject, DCTerms.title)
			.mapWith((node) -> node.asLiteral())
			.filterKeep((literal) -> literal.getLanguage().equals("fr"))
			.toList()
			.forEach((literal) -> copy.remove(subject, DCTerms.title, literal));
		copy.add(subject, DCTerms.title, copy.createLiteral(frenchTitle, "fr"));
		return copy;
	}

	private static List<String> titles(Model description) {
		return description.listObjectsOfProperty(description.createResource(RECORD), DCTerms.title)
			.mapWith((node) -> node.asLiteral())
			.filterKeep((literal) -> literal.getLanguage().equals("fr"))
			.mapWith(Literal::getString)
			.toList();
	}

	private static List<String> keywords(Model description) {
		return description
			.listObjectsOfProperty(description.createResource(RECORD),
					ResourceFactory.createProperty("http://www.w3.org/ns/dcat#keyword"))
			.mapWith((node) -> node.asLiteral().getString())
			.toList();
	}

}
