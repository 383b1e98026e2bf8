package ma.hcp.simimo.search;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ma.hcp.simimo.ChildApplication;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.store.HaltsDuringPublication;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.RecordPublication;
import ma.hcp.simimo.store.Vocab;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real child JVM halted (as {@code kill -9}) in the middle of a publication (decision
 * 0027), after its pending change and before its public write, or after its public write
 * and before its outcome; restarted on the same stores, the start settles the pending
 * change from the public store, and then the public store, the change log, the draft and
 * the search index agree: interrupted before the public write, nothing is published, the
 * change is refused as interrupted and the draft still submitted; interrupted after it,
 * the new title is published and found, the change applied and the draft gone. Either way
 * the search index reflects the store's last write.
 */
class KilledDuringPublicationTests {

	private static final String DATASET = "https://w3id.org/simimo/datasets/cnss-foreign-employees";

	private static final String NEW_TITLE = "Zqkill salariés étrangers";

	@ParameterizedTest
	@EnumSource(value = RecordPublication.Step.class, names = { "PENDING", "PUBLIC" })
	void aPublicationHaltedBetweenItsWritesIsSettledAtTheNextStart(RecordPublication.Step haltAfter) {
		Path root = TestStoreDirectories.fresh("killed-publication").toAbsolutePath();
		String[] arguments = { "--simimo.store.directory=" + root.resolve("store"), "--simimo.store.content-root=.",
				"--halt-after=" + haltAfter.name() };
		try (ChildApplication child = ChildApplication.start(HaltsDuringPublication.class, root.resolve("child.log"),
				arguments)) {
			child.awaitUp();
			child.tell("publish " + DATASET + " " + NEW_TITLE);
			assertThat(child.awaitExit()).as(child.output()).isEqualTo(HaltsDuringPublication.EXIT);
			assertThat(child.output()).contains(HaltsDuringPublication.HALTING + haltAfter);
		}

		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(SimimoApplication.class)
			.run(ChildApplication.onAnyPort(arguments))) {
			RecordDrafts drafts = restarted.getBean(RecordDrafts.class);
			RecordHistory.Change change = restarted.getBean(RecordHistory.class).of(DATASET).get(0);
			List<String> titles = drafts.published(DATASET)
				.listObjectsOfProperty(drafts.published(DATASET).createResource(DATASET), DCTerms.title)
				.mapWith((title) -> title.asLiteral().getString())
				.toList();
			HttpTestClient http = new HttpTestClient(
					((WebServerApplicationContext) restarted).getWebServer().getPort());
			if (haltAfter == RecordPublication.Step.PENDING) {
				assertThat(change.changeState()).contains(Vocab.SIMIMO + "refused");
				assertThat(change.refusal()).contains("interrupted");
				assertThat(drafts.draftOf(DATASET).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
				assertThat(titles).doesNotContain(NEW_TITLE);
				assertThat(http.search("Zqkill")).doesNotContain(DATASET);
			}
			else {
				assertThat(change.changeState()).contains(Vocab.SIMIMO + "applied");
				assertThat(drafts.draftOf(DATASET)).isEmpty();
				assertThat(titles).contains(NEW_TITLE);
				assertThat(http.search("Zqkill")).contains(DATASET);
			}
			SearchIndex index = restarted.getBean(SearchIndex.class);
			IndexSourceRepository store = restarted.getBean(IndexSourceRepository.class);
			assertThat(index.recordedVersion()).isEqualTo(store.storeVersion());
			assertThat(index.documentMismatch()).isNull();
			assertThat(index.<Integer>search((searcher) -> searcher.getIndexReader().numDocs()))
				.isEqualTo(store.resources().size());
		}
	}

}
