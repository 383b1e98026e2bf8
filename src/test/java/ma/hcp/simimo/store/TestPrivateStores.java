package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Real private-store components for the web slice tests, over a private store that
 * nothing has written to yet: no account, no draft, no saved setting. The slices read
 * pages anonymously, and a real empty store answers them as the application would, where
 * a mock would answer whatever it was told.
 */
public final class TestPrivateStores {

	private TestPrivateStores() {
	}

	/** A new, empty private store under target/, one per call. */
	public static PrivateStore empty() {
		try {
			Files.createDirectories(Path.of("target"));
			return PrivateStore.open(Files.createTempDirectory(Path.of("target"), "private-store-"),
					new QueryRegistry());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Settings never saved: every feature's default, no site notice. */
	public static RuntimeSettings unsavedSettings() {
		return new RuntimeSettings(empty());
	}

	/**
	 * Drafts over an empty private store, with no public store to check saves against.
	 */
	public static RecordDrafts noDrafts(GraphNames graphNames) {
		return new RecordDrafts(empty(), Optional.empty(), new QueryRegistry(), graphNames, "ontology/shapes.ttl");
	}

	/**
	 * The owners and drafts a page asks about when the viewer is signed in; the slices
	 * read pages anonymously (the draft integration tests cover the signed-in ones).
	 * Needs the slice's {@link SparqlExecutor} and {@link GraphNames}.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class AnonymousViewers {

		@Bean
		RecordOwners recordOwners(SparqlExecutor executor, GraphNames graphNames) {
			return new RecordOwners(executor, graphNames);
		}

		@Bean
		RecordDrafts recordDrafts(GraphNames graphNames) {
			return noDrafts(graphNames);
		}

		@Bean
		RecordRestrictions recordRestrictions(RecordDrafts drafts, GraphNames graphNames) {
			return new RecordRestrictions(drafts, empty(), Optional.empty(), Optional.empty(), graphNames);
		}

		@Bean
		PrivateRecordList privateRecordList(RecordDrafts drafts, RecordRestrictions restrictions, RecordOwners owners) {
			return new PrivateRecordList(drafts, restrictions, owners, empty());
		}

	}

}
