package ma.hcp.simimo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.hcp.simimo.ChildApplication;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.store.HaltsDuringPublication;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.RecordRestrictions;
import ma.hcp.simimo.store.Vocab;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real child JVM halted (as {@code kill -9}) in the middle of a withdrawal or a
 * restriction (decision 0027), after its pending private write or after its public write;
 * restarted on the same stores, the start settles the change from the public store, and
 * then the public store, the private store, the patch log and the search index agree.
 * Halted before the public write: the change is refused as interrupted, the record
 * answers 200 and is found, no restricted graph is left, no patch names the change's
 * write. Halted after it: the change is applied, the record answers 410 (withdrawn) or
 * 404 (restricted), search has no document for it, and the patch log holds the write.
 * Either way the search index is at the store's last write with one document per
 * resource.
 */
class KilledDuringWithdrawalOrRestrictionTests {

	private static final String DATASET = "https://w3id.org/simimo/datasets/cnss-foreign-employees";

	private static final String PATH = "/datasets/cnss-foreign-employees";

	@ParameterizedTest(name = "{0} halted after {1}")
	@CsvSource({ "withdraw, PENDING", "withdraw, PUBLIC", "restrict, PENDING", "restrict, PUBLIC" })
	void aWithdrawalOrRestrictionHaltedBetweenItsWritesIsSettledAtTheNextStart(String command, String haltAfter) {
		Path root = TestStoreDirectories.fresh("killed-" + command).toAbsolutePath();
		String[] arguments = { "--simimo.store.directory=" + root.resolve("store"), "--simimo.store.content-root=.",
				"--halt-after=" + haltAfter };
		try (ChildApplication child = ChildApplication.start(HaltsDuringPublication.class, root.resolve("child.log"),
				arguments)) {
			child.awaitUp();
			assertThat(child.http().get(PATH, "text/turtle").statusCode()).isEqualTo(200);
			child.tell(command + " " + DATASET);
			assertThat(child.awaitExit()).as(child.output()).isEqualTo(HaltsDuringPublication.EXIT);
			assertThat(child.output()).contains(HaltsDuringPublication.HALTING + haltAfter);
		}
		boolean withdrawal = command.equals("withdraw");
		String purpose = (withdrawal ? "withdrawal of " : "restriction of ") + DATASET;
		boolean applied = haltAfter.equals("PUBLIC");

		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(SimimoApplication.class)
			.run(ChildApplication.onAnyPort(arguments))) {
			RecordHistory.Change change = restarted.getBean(RecordHistory.class).of(DATASET).get(0);
			assertThat(change.to()).isEqualTo(withdrawal ? WorkflowState.WITHDRAWN : WorkflowState.RESTRICTED);
			HttpTestClient http = new HttpTestClient(
					((WebServerApplicationContext) restarted).getWebServer().getPort());
			int status = http.get(PATH, "text/turtle").statusCode();
			boolean restricted = restarted.getBean(RecordRestrictions.class).isRestricted(DATASET);
			SearchIndex index = restarted.getBean(SearchIndex.class);
			IndexSourceRepository store = restarted.getBean(IndexSourceRepository.class);
			List<String> patches = patchesOf(root.resolve("store"), purpose);
			if (applied) {
				assertThat(change.changeState()).contains(Vocab.SIMIMO + "applied");
				assertThat(status).isEqualTo(withdrawal ? 410 : 404);
				assertThat(restricted).isEqualTo(!withdrawal);
				assertThat(http.search("Salariés étrangers déclarés")).doesNotContain(DATASET);
				assertThat(patches).hasSize(1);
			}
			else {
				assertThat(change.changeState()).contains(Vocab.SIMIMO + "refused");
				assertThat(status).isEqualTo(200);
				assertThat(restricted).isFalse();
				assertThat(http.search("Salariés étrangers déclarés")).contains(DATASET);
				assertThat(patches).isEmpty();
			}
			assertThat(restarted.getBean(RecordHistory.class).of(DATASET)).hasSize(1);
			assertThat(newestPatch(root.resolve("store"))).isEqualTo(store.storeVersion());
			assertThat(index.recordedVersion()).isEqualTo(store.storeVersion());
			assertThat(index.documentMismatch()).isNull();
			assertThat(index.<Integer>search((searcher) -> searcher.getIndexReader().numDocs()))
				.isEqualTo(store.resources().size());
		}
	}

	/** The patch log's entries whose write had {@code purpose}. */
	private static List<String> patchesOf(Path store, String purpose) {
		return entries(store).filter((entry) -> read(entry).contains("\"" + purpose + "\""))
			.map((entry) -> entry.getFileName().toString())
			.toList();
	}

	/** The number of the patch log's newest entry: the store's last committed write. */
	private static long newestPatch(Path store) {
		return entries(store).map((entry) -> entry.getFileName().toString())
			.mapToLong((name) -> Long.parseLong(name.substring(0, name.indexOf('.'))))
			.max()
			.orElse(-1);
	}

	private static Stream<Path> entries(Path store) {
		try (Stream<Path> files = Files.list(store.resolve("patch-log"))) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".rdfp")).toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path entry) {
		try {
			return Files.readString(entry);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
