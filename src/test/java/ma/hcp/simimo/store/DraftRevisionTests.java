package ma.hcp.simimo.store;

import java.util.Optional;
import java.util.OptionalInt;

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
 * The revision check of draft saves (decision 0027, concurrent edits) on a real private
 * store: a save from the revision the draft is at goes through and gets the next one; a
 * save from any other (0 once a draft exists, an older one, a discarded draft's) is
 * refused and writes nothing; and the ASK that the save runs under its write's lock
 * answers for "no draft" and for each revision.
 */
class DraftRevisionTests {

	private static final String RECORD = "https://w3id.org/simimo/datasets/zq-revisions";

	private static final String ALICE = "urn:simimo:account:2b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private static final String BOB = "urn:simimo:account:3b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private final PrivateStore store = PrivateStore.open(TestStoreDirectories.fresh("revisions"), new QueryRegistry());

	private final RecordDrafts drafts = new RecordDrafts(this.store, Optional.of(DatasetFactory.createTxnMem()),
			new QueryRegistry(), new GraphNames("https://w3id.org/simimo/"), "ontology/shapes.ttl");

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void twoSavesFromThePublishedVersionCreateTheDraftOnceAndTheSecondWritesNothing() {
		RecordDrafts.Draft first = this.drafts.save(RECORD, ALICE, description("Zq Alice"), Optional.empty(),
				OptionalInt.of(0));
		assertThat(first.revision()).isEqualTo(1);

		assertThatExceptionOfType(StaleRevisionException.class)
			.isThrownBy(() -> this.drafts.save(RECORD, BOB, description("Zq Bob"), Optional.empty(), OptionalInt.of(0)))
			.satisfies((ex) -> assertThat(ex.loaded()).isZero());

		RecordDrafts.Draft kept = this.drafts.draftOf(RECORD).orElseThrow();
		assertThat(kept.revision()).isEqualTo(1);
		assertThat(kept.author()).isEqualTo(ALICE);
		assertThat(title(kept)).isEqualTo("Zq Alice");
	}

	@Test
	void aSaveFromTheCurrentRevisionGoesThroughAndOneFromAnOlderOneIsRefused() {
		this.drafts.save(RECORD, ALICE, description("Zq un"), Optional.empty(), OptionalInt.of(0));
		RecordDrafts.Draft second = this.drafts.save(RECORD, ALICE, description("Zq deux"), Optional.empty(),
				OptionalInt.of(1));
		assertThat(second.revision()).isEqualTo(2);

		assertThatExceptionOfType(StaleRevisionException.class).isThrownBy(
				() -> this.drafts.save(RECORD, BOB, description("Zq périmé"), Optional.empty(), OptionalInt.of(1)));
		assertThatExceptionOfType(StaleRevisionException.class).isThrownBy(() -> this.drafts.saveAsReviewer(RECORD, BOB,
				description("Zq périmé"), Optional.empty(), OptionalInt.of(3)));
		assertThat(title(this.drafts.draftOf(RECORD).orElseThrow())).isEqualTo("Zq deux");
		assertThat(this.drafts.revisionOf(RECORD)).isEqualTo(2);
	}

	@Test
	void aSaveFromADraftDiscardedMeanwhileIsRefused() {
		RecordDrafts.Draft saved = this.drafts.save(RECORD, ALICE, description("Zq un"), Optional.empty(),
				OptionalInt.of(0));
		this.drafts.discard(saved);

		assertThatExceptionOfType(StaleRevisionException.class).isThrownBy(
				() -> this.drafts.save(RECORD, BOB, description("Zq ressuscité"), Optional.empty(), OptionalInt.of(1)));
		assertThat(this.drafts.draftOf(RECORD)).isEmpty();
		assertThat(this.drafts.revisionOf(RECORD)).isZero();
	}

	@Test
	void theAskUnderTheWriteLockAnswersForNoDraftAndForEachRevision() {
		assertThat(atRevision(0)).isTrue();
		assertThat(atRevision(1)).isFalse();
		this.drafts.save(RECORD, ALICE, description("Zq un"), Optional.empty(), OptionalInt.of(0));
		assertThat(atRevision(0)).isFalse();
		assertThat(atRevision(1)).isTrue();
		assertThat(atRevision(2)).isFalse();
	}

	@Test
	void aSaveWithoutAnExpectedRevisionStillSavesWhateverTheRevision() {
		this.drafts.save(RECORD, ALICE, description("Zq un"));
		assertThat(this.drafts.save(RECORD, BOB, description("Zq deux")).revision()).isEqualTo(2);
	}

	private boolean atRevision(int revision) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("record", ResourceFactory.createResource(RECORD));
		bindings.add("revision", ResourceFactory.createTypedLiteral(revision));
		boolean[] answer = new boolean[1];
		this.store.write("ask", (write) -> answer[0] = write.ask("store/draftAtRevision", bindings));
		return answer[0];
	}

	private String title(RecordDrafts.Draft draft) {
		return this.drafts.description(draft)
			.getResource(RECORD)
			.getProperty(DCTerms.title)
			.getLiteral()
			.getLexicalForm();
	}

	private static Model description(String title) {
		Model model = ModelFactory.createDefaultModel();
		model.createResource(RECORD).addProperty(DCTerms.title, title, "fr");
		return model;
	}

}
