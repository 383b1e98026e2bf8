package ma.hcp.simimo.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ma.hcp.simimo.ChildApplication;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process that dies between the store's commit of a content load and the search index's
 * update leaves an index one write behind the store. The next start sees it and catches
 * it up from the patch log (no rebuild), and then the index holds one document per
 * resource of the store, and records the store's content version and write sequence. The
 * process that dies is a real child JVM, halted by a test listener at that exact point
 * ({@link HaltsAfterStoreCommit}).
 */
@ExtendWith(OutputCaptureExtension.class)
class KilledBeforeIndexUpdateTests {

	private static final String BEFORE = "https://w3id.org/simimo/datasets/before-the-kill";

	private static final String AFTER = "https://w3id.org/simimo/datasets/committed-before-the-kill";

	@Test
	void theNextStartCatchesTheSearchIndexUpFromThePatchLog(CapturedOutput output) throws IOException {
		Path root = TestStoreDirectories.fresh("killed-index").toAbsolutePath();
		Path content = Files.createDirectories(root.resolve("content"));
		Files.writeString(content.resolve("before.ttl"),
				SearchIndexSyncIntegrationTests.dataset(BEFORE, "Recensement des luthiers", "Luthiers"));
		String[] arguments = { "--simimo.store.directory=" + root.resolve("store"),
				"--simimo.store.content-root=" + root, "--simimo.store.content-directories=content" };
		try (ChildApplication child = ChildApplication.start(HaltsAfterStoreCommit.class, root.resolve("child.log"),
				arguments)) {
			child.awaitUp();
			assertThat(child.http().search("luthiers")).contains(BEFORE);

			Files.writeString(content.resolve("after.ttl"),
					SearchIndexSyncIntegrationTests.dataset(AFTER, "Recensement des carillonneurs", "Carillonneurs"));
			child.tell("reload");
			assertThat(child.awaitExit()).isEqualTo(HaltsAfterStoreCommit.EXIT);
			assertThat(child.output()).contains(HaltsAfterStoreCommit.HALTING).contains(AFTER);
		}

		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(SimimoApplication.class)
			.run(ChildApplication.onAnyPort(arguments))) {
			assertThat(output)
				.contains("Search index is behind the store by 1 write(s): caught up from the patch log, "
						+ "1 resource(s) re-indexed")
				.doesNotContain("rebuilt from the store")
				.contains("Text index is up to date with the store");
			SearchIndex index = restarted.getBean(SearchIndex.class);
			IndexSourceRepository store = restarted.getBean(IndexSourceRepository.class);
			assertThat(index.builtFrom()).isEqualTo(SearchIndex.buildKey(store.contentKey()));
			assertThat(index.recordedVersion()).isEqualTo(store.storeVersion());
			assertThat(index.<Integer>search((searcher) -> searcher.getIndexReader().numDocs()))
				.isEqualTo(store.resources().size())
				.isEqualTo(2);
			assertThat(index.documentMismatch()).isNull();
			HttpTestClient http = new HttpTestClient(
					((WebServerApplicationContext) restarted).getWebServer().getPort());
			assertThat(http.search("carillonneurs")).contains(AFTER);
			assertThat(http.search("luthiers")).contains(BEFORE);
		}
	}

}
