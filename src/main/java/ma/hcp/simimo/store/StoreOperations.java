package ma.hcp.simimo.store;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store's operations for the administrators' page (decision 0022): verifying the text
 * index (rebuilt when it does not match the store), compacting the public store and
 * compacting the private store. The first two need the embedded store and are refused
 * with a remote one, which its own server maintains; they run while the store writer
 * holds the application's writes back, so that no write lands between a re-index's
 * deletion of the old documents and its commit, or during a compaction.
 */
@Configuration(proxyBeanMethods = false)
class StoreOperations {

	static final String REMOTE = "admin.operations.refused.remote";

	@Bean
	StoreOperation textIndexOperation(ObjectProvider<EmbeddedStore> store, ObjectProvider<StoreWriter> writer,
			QueryRegistry queries, GraphNames graphNames) {
		return new Simple("text-index", 20, store, () -> {
			TextIndexRecovery.Outcome outcome = writer.getObject()
				.exclusively(() -> store.getObject().verifyTextIndex(queries, graphNames));
			return StoreOperation.Outcome.of(
					outcome.rebuilt() ? "admin.operations.text-index.rebuilt" : "admin.operations.text-index.verified",
					outcome.documents());
		});
	}

	@Bean
	StoreOperation compactionOperation(ObjectProvider<EmbeddedStore> store, ObjectProvider<StoreWriter> writer,
			QueryRegistry queries, GraphNames graphNames) {
		return new Simple("compaction", 30, store, () -> {
			StoreCompaction.Report report = writer.getObject()
				.exclusively(() -> StoreCompaction.compact(store.getObject(), queries, graphNames));
			return outcome("admin.operations.compaction.done", report);
		});
	}

	@Bean
	StoreOperation privateCompactionOperation(PrivateStore privateStore) {
		return new Simple("private-compaction", 40, null,
				() -> outcome("admin.operations.private-compaction.done", privateStore.compact()));
	}

	private static StoreOperation.Outcome outcome(String key, StoreCompaction.Report report) {
		if (report.quadsAfter() != report.quadsBefore()) {
			// DatabaseMgr copies every quad; a difference is a fault to look into, not a
			// success.
			throw new IllegalStateException(
					"The compacted store holds " + report.quadsAfter() + " quads, " + report.quadsBefore() + " before");
		}
		return StoreOperation.Outcome.of(key, report.quadsAfter(), report.generationBefore(), report.generationAfter(),
				report.bytesBefore(), report.bytesAfter());
	}

	/**
	 * An operation that needs the embedded store when {@code embedded} is given, and is
	 * refused when that bean does not exist.
	 */
	private record Simple(String id, int order, ObjectProvider<EmbeddedStore> embedded,
			Supplier<StoreOperation.Outcome> work) implements StoreOperation {

		@Override
		public Optional<String> refusal() {
			return (this.embedded != null && this.embedded.getIfAvailable() == null) ? Optional.of(REMOTE)
					: Optional.empty();
		}

		@Override
		public Outcome run() {
			return this.work.get();
		}

	}

}
