package ma.hcp.simimo.store;

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
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordPublication.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication of a record made of parts (decision 0027): a classification's draft holds
 * its items and levels, and its publication replaces them all on a real seeded TDB2 store
 * and a real private store: an item's new label replaces the file's, an added item is
 * published with the classification's owner, a removed item leaves the content, the
 * versions hold the parts, and a reload of the classification's file keeps the edit,
 * parts included.
 */
class ClassificationPublicationTests {

	private static final String BASE = "https://w3id.org/simimo/";

	private static final String SCHEME = BASE + "classifications/nma-2010";

	private static final String ITEM = SCHEME + "/A";

	private static final String ADDED = SCHEME + "/A9";

	private static final String COORDINATOR = "urn:simimo:account:0b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private static final GraphNames NAMES = new GraphNames(BASE);

	@TempDir
	static Path directory;

	private static EmbeddedStore store;

	private static PrivateStore privateStore;

	private static RecordDrafts drafts;

	private static ContentLoader loader;

	private static Path root;

	@BeforeAll
	static void seed() throws Exception {
		// Its own content copy, so that the reload below may change a file.
		root = directory.resolve("content");
		TestStores.copyTree(Path.of("ontology"), root.resolve("ontology"));
		TestStores.copyTree(Path.of("vocabularies"), root.resolve("vocabularies"));
		store = TestStores.open(directory.resolve("store"));
		loader = TestStores.loader(store.dataset());
		loader.load(root, List.of("ontology", "vocabularies"));
		privateStore = PrivateStore.open(directory.resolve("private"), new QueryRegistry());
		drafts = new RecordDrafts(privateStore, Optional.of(store.dataset()), new QueryRegistry(), NAMES,
				"ontology/shapes.ttl");
	}

	@AfterAll
	static void close() {
		privateStore.close();
		store.close();
	}

	@Test
	void aClassificationIsPublishedWithItsItemsAddedItemsGetItsOwnerRemovedOnesLeaveAndAReloadKeepsIt()
			throws Exception {
		Model published = drafts.published(SCHEME);
		assertThat(drafts.parts(SCHEME)).contains(ITEM, SCHEME + "/levels/sections").doesNotContain(ADDED);
		Model edited = ModelFactory.createDefaultModel().add(published);
		Resource item = edited.createResource(ITEM);
		edited.removeAll(item, SKOS.prefLabel, null);
		edited.add(item, SKOS.prefLabel, edited.createLiteral("Zq agriculture publiée", "fr"));
		edited.add(item, SKOS.prefLabel, edited.createLiteral("Agriculture, forestry and fishing", "en"));
		Resource added = edited.createResource(ADDED);
		edited.add(added, RDF.type, SKOS.Concept);
		edited.add(added, SKOS.notation, "A9");
		edited.add(added, SKOS.prefLabel, edited.createLiteral("Zq activité ajoutée", "fr"));
		edited.add(added, SKOS.inScheme, edited.createResource(SCHEME));
		edited.add(added, SKOS.broader, item);
		edited.add(item, SKOS.narrower, added);

		assertThat(publish(edited)).isEqualTo(Outcome.APPLIED);

		Model now = drafts.published(SCHEME);
		assertThat(labels(now, ITEM)).containsExactly("Zq agriculture publiée");
		assertThat(labels(now, ADDED)).containsExactly("Zq activité ajoutée");
		assertThat(drafts.parts(SCHEME)).contains(ADDED);
		assertThat(now.size()).isEqualTo(edited.size());
		// The item's description is in the classification's edited graph only, and the
		// added one has the classification's owner where the owners are read.
		Txn.executeRead(store.dataset(), () -> {
			Node subject = NodeFactory.createURI(ITEM);
			store.dataset()
				.asDatasetGraph()
				.find(Node.ANY, subject, SKOS.prefLabel.asNode(), Node.ANY)
				.forEachRemaining((quad) -> assertThat(quad.getGraph().getURI()).isEqualTo(NAMES.editedGraph(SCHEME)));
			assertThat(store.dataset()
				.asDatasetGraph()
				.contains(NodeFactory.createURI(NAMES.editedOwnersGraph()), NodeFactory.createURI(ADDED),
						Vocab.OWNER.asNode(), NodeFactory.createURI(BASE + "producers/hcp")))
				.isTrue();
		});

		// Removed again: the added item leaves the content.
		Model removed = ModelFactory.createDefaultModel().add(now);
		removed.removeAll(removed.createResource(ADDED), null, null);
		removed.removeAll(null, null, removed.createResource(ADDED));
		assertThat(publish(removed)).isEqualTo(Outcome.APPLIED);
		assertThat(drafts.parts(SCHEME)).doesNotContain(ADDED);
		Txn.executeRead(store.dataset(),
				() -> assertThat(store.dataset()
					.asDatasetGraph()
					.contains(Node.ANY, NodeFactory.createURI(ADDED), SKOS.prefLabel.asNode(), Node.ANY)).isFalse());

		// The versions hold the parts: the file's, then each publication's whole.
		List<RecordHistory.Version> versions = drafts.history().versions(SCHEME);
		assertThat(versions).extracting(RecordHistory.Version::number).containsExactly(0, 1, 2);
		assertThat(versions.get(0).description().isIsomorphicWith(published)).isTrue();
		assertThat(labels(versions.get(1).description(), ADDED)).containsExactly("Zq activité ajoutée");
		assertThat(versions.get(2).description().isIsomorphicWith(drafts.published(SCHEME))).isTrue();

		// The file changes: reloaded, the classification keeps its edit, its items too,
		// and the item the edit removed does not come back.
		Path file = root.resolve("vocabularies/nma-2010.ttl");
		Files.writeString(file, Files.readString(file) + "\n# a comment that changes the checksum\n");
		assertThat(loader.load(root, List.of("ontology", "vocabularies")).loaded())
			.contains("vocabularies/nma-2010.ttl");
		Model reloaded = drafts.published(SCHEME);
		assertThat(labels(reloaded, ITEM)).containsExactly("Zq agriculture publiée");
		assertThat(reloaded.isIsomorphicWith(versions.get(2).description())).isTrue();
	}

	@Test
	void aRevertDraftOfAClassificationStartsFromItsWholePublishedDescription() {
		// The base a revert (or any draft) starts from is the digest of the record and
		// its parts, so its publication is not refused as a moved base.
		String record = BASE + "classifications/icse-93";
		Model published = drafts.published(record);
		assertThat(published.listSubjects().toList()).hasSizeGreaterThan(1);
		Draft draft = drafts.revert(record, COORDINATOR, published, "Zq retour");
		assertThat(draft.base()).isEqualTo(RecordDrafts.digest(published));
		drafts.discard(draft);
	}

	private static Outcome publish(Model description) {
		Draft saved = drafts.save(SCHEME, drafts.parts(SCHEME), COORDINATOR, description);
		drafts.move(saved, COORDINATOR, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
		RecordPublication publication = new RecordPublication(drafts, privateStore, Optional.of(store.dataset()),
				Optional.of(TestStores.writer(store.dataset())), new QueryRegistry(), NAMES, (step) -> {
				});
		return publication.publish(drafts.draftOf(SCHEME).orElseThrow(), COORDINATOR, Optional.empty()).outcome();
	}

	private static List<String> labels(Model description, String subject) {
		return description.listObjectsOfProperty(description.createResource(subject), SKOS.prefLabel)
			.mapWith((node) -> node.asLiteral())
			.filterKeep((literal) -> literal.getLanguage().equals("fr"))
			.mapWith(Literal::getString)
			.toList();
	}

}
