package ma.hcp.simimo.gap;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the independent queries of one analysis side by side, on two threads per processor
 * (at least four): every query of an analysis starts at once, so the longest one (the
 * facet comparison) never waits behind the short ones. Each query keeps its own read
 * transaction, and TDB2, the in-memory store and a remote endpoint all answer concurrent
 * readers. The threads are daemons, so they never hold the JVM open.
 */
final class ParallelQueries {

	private static final AtomicInteger THREADS = new AtomicInteger();

	private static final ExecutorService POOL = Executors
		.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), (task) -> {
			Thread thread = new Thread(task, "gap-query-" + THREADS.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});

	private ParallelQueries() {
	}

	static <T> CompletableFuture<T> start(Supplier<T> query) {
		return CompletableFuture.supplyAsync(query, POOL);
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
