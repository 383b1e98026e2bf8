package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restricted records (decision 0027) on a real seeded TDB2 + jena-text store and a real
 * private store: a restriction takes every quad naming the record out of the public store
 * into its private graph, with its owner, and an unrestriction puts the same quads back;
 * a stop between the writes is settled from the public store alone; and a file reload
 * leaves a restricted record out. Each test restricts a different seed dataset.
 */
class RecordRestrictionsTests {

	private static final String BASE = "https://w3id.org/simimo/";

	private static final String COORDINATOR = "urn:simimo:account:0b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private static final GraphNames NAMES = new GraphNames(BASE);

	@TempDir
	static Path directory;

	private static EmbeddedStore store;

	private static PrivateStore privateStore;

	private static RecordDrafts drafts;

	private static RecordRestrictions restrictions;

	@BeforeAll
	static void seed() {
		store = TestStores.openSeeded(directory.resolve("store"));
		privateStore = PrivateStore.open(directory.resolve("private"), new QueryRegistry());
		drafts = new RecordDrafts(privateStore, Optional.of(store.dataset()), new QueryRegistry(), NAMES,
				"ontology/shapes.ttl");
		restrictions = new RecordRestrictions(drafts, privateStore, Optional.of(store.dataset()),
				Optional.of(TestStores.writer(store.dataset())), NAMES);
	}

	@AfterAll
	static void close() {
		privateStore.close();
		store.close();
	}

	@Test
	void aRestrictionTakesEveryQuadNamingTheRecordOutAndAnUnrestrictionPutsThemBack() {
		String record = BASE + "datasets/cnss-foreign-pensioners";
		List<String> before = quadsNaming(record);
		assertThat(before).isNotEmpty();

		assertThat(restrictions.restrict(record, COORDINATOR, Optional.of("Zq sensible")))
			.isEqualTo(RecordRestrictions.Outcome.APPLIED);

		assertThat(quadsNaming(record)).isEmpty();
		assertThat(restrictions.isRestricted(record)).isTrue();
		assertThat(restrictions.owner(record)).contains(BASE + "producers/cnss");
		assertThat(RecordRestrictions.restrictedIn(privateStore)).contains(record);
		assertThat(drafts.taken(record)).isTrue();
		assertThat(restrictions.restrict(record, COORDINATOR, Optional.empty()))
			.isEqualTo(RecordRestrictions.Outcome.WRONG_STATE);
		RecordHistory.Change change = drafts.history().of(record).get(0);
		assertThat(change.to()).isEqualTo(WorkflowState.RESTRICTED);
		assertThat(change.changeState()).contains(Vocab.SIMIMO + "applied");
		assertThat(drafts.history().versions(record)).isEmpty();

		assertThat(restrictions.unrestrict(record, COORDINATOR, Optional.empty()))
			.isEqualTo(RecordRestrictions.Outcome.APPLIED);

		assertThat(quadsNaming(record)).containsExactlyInAnyOrderElementsOf(before);
		assertThat(restrictions.isRestricted(record)).isFalse();
		assertThat(restrictions.unrestrict(record, COORDINATOR, Optional.empty()))
			.isEqualTo(RecordRestrictions.Outcome.WRONG_STATE);
	}

	@Test
	void aRecordWithADraftIsNotRestricted() {
		String record = BASE + "datasets/cnss-foreign-employees";
		drafts.save(record, COORDINATOR, drafts.published(record));

		assertThat(restrictions.restrict(record, COORDINATOR, Optional.empty()))
			.isEqualTo(RecordRestrictions.Outcome.HAS_DRAFT);
		assertThat(quadsNaming(record)).isNotEmpty();
		assertThat(restrictions.isRestricted(record)).isFalse();
	}

	@Test
	void aRestrictionStoppedBeforeItsPublicWriteIsSettledAsRefused() {
		String record = BASE + "datasets/unhcr-refugees-asylum-seekers";
		pending(record);

		restrictions.settle();

		assertThat(restrictions.isRestricted(record)).isFalse();
		assertThat(quadsNaming(record)).isNotEmpty();
		assertThat(drafts.history().of(record).get(0).changeState()).contains(Vocab.SIMIMO + "refused");
	}

	@Test
	void aRestrictionStoppedAfterItsPublicWriteIsSettledAsApplied() {
		String record = BASE + "datasets/office-des-changes-mre-remittances";
		pending(record);
		TestStores.writer(store.dataset())
			.write("the public write of a stopped restriction",
					(write) -> restrictions.mentions(write.dataset(), record).forEach(write.dataset()::delete));

		restrictions.settle();

		assertThat(restrictions.isRestricted(record)).isTrue();
		assertThat(quadsNaming(record)).isEmpty();
		assertThat(drafts.history().of(record).get(0).changeState()).contains(Vocab.SIMIMO + "applied");
	}

	@Test
	void aFileReloadLeavesARestrictedRecordOut() throws IOException {
		String record = BASE + "datasets/maecamre-recognised-refugees";
		Path root = directory.resolve("reload");
		TestStores.copyTree(Path.of("ontology"), root.resolve("ontology"));
		TestStores.copyTree(Path.of("vocabularies"), root.resolve("vocabularies"));
		try (EmbeddedStore own = TestStores.open(directory.resolve("reload-store"));
				PrivateStore ownPrivate = PrivateStore.open(directory.resolve("reload-private"), new QueryRegistry())) {
			ContentLoader loader = new ContentLoader(TestStores.writer(own.dataset()), own.dataset(),
					new QueryRegistry(), NAMES, () -> RecordRestrictions.restrictedIn(ownPrivate));
			loader.load(root, List.of("ontology", "vocabularies"));
			RecordDrafts ownDrafts = new RecordDrafts(ownPrivate, Optional.of(own.dataset()), new QueryRegistry(),
					NAMES, "ontology/shapes.ttl");
			RecordRestrictions ownRestrictions = new RecordRestrictions(ownDrafts, ownPrivate,
					Optional.of(own.dataset()), Optional.of(TestStores.writer(own.dataset())), NAMES);
			assertThat(ownRestrictions.restrict(record, COORDINATOR, Optional.empty()))
				.isEqualTo(RecordRestrictions.Outcome.APPLIED);

			for (String file : List.of("catalogue-datasets.ttl", "record-owners.ttl", "catalogue-dcat-ap.ttl")) {
				Path path = root.resolve("vocabularies").resolve(file);
				Files.writeString(path, Files.readString(path) + "\n# a comment that changes the checksum\n");
			}
			assertThat(loader.load(root, List.of("ontology", "vocabularies")).loaded())
				.contains("vocabularies/catalogue-datasets.ttl", "vocabularies/record-owners.ttl");

			assertThat(Txn.calculateRead(own.dataset(), () -> quadsNaming(own.dataset().asDatasetGraph(), record)))
				.isEmpty();
			assertThat(ownRestrictions.isRestricted(record)).isTrue();
		}
	}

	/** Step 1 of a restriction, as a stop right after it leaves it. */
	private static void pending(String record) {
		privateStore.write("a restriction's pending step", (write) -> {
			write.dataset()
				.add(NodeFactory.createURI(RecordRestrictions.graphOf(record)), NodeFactory.createURI(record),
						Vocab.OWNER.asNode(), NodeFactory.createURI(BASE + "producers/hcp"));
			drafts.history()
				.append(write, record, COORDINATOR, Optional.empty(), WorkflowState.PUBLISHED, WorkflowState.RESTRICTED,
						Optional.of("TX .\nTC .\n"), Optional.of(Vocab.SIMIMO + "pending"));
		});
	}

	private static List<String> quadsNaming(String record) {
		return Txn.calculateRead(store.dataset(), () -> quadsNaming(store.dataset().asDatasetGraph(), record));
	}

	private static List<String> quadsNaming(DatasetGraph dataset, String record) {
		Node node = NodeFactory.createURI(record);
		List<String> quads = new java.util.ArrayList<>();
		dataset.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining((quad) -> quads.add(quad.toString()));
		dataset.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining((quad) -> quads.add(quad.toString()));
		return quads;
	}

}
