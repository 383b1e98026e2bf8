package ma.hcp.simimo.gap;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs the independent queries of one analysis side by side, on the gap analyses' own
 * pool (see {@link GapConfiguration}): every query of an analysis starts at once, so the
 * longest one (the facet comparison) never waits behind the short ones. Each query keeps
 * its own read transaction, and TDB2, the in-memory store and a remote endpoint all
 * answer concurrent readers.
 */
final class ParallelQueries {

	private final Executor pool;

	ParallelQueries(Executor pool) {
		this.pool = pool;
	}

	<T> CompletableFuture<T> start(Supplier<T> query) {
		return CompletableFuture.supplyAsync(query, this.pool);
	}

	/**
	 * The result of a started query; its failure is rethrown as it was thrown, with its
	 * cause.
	 */
	static <T> T result(CompletableFuture<T> query) {
		try {
			return query.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
