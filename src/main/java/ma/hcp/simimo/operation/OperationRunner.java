package ma.hcp.simimo.operation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.store.StoreOperation;

import org.springframework.stereotype.Component;

/**
 * Runs the administrators' operations one at a time: a second one asked while another
 * runs is refused at once, never queued. Each run is logged with who asked for it and
 * what came of it, and the last run of each operation is kept for the page (in memory:
 * the log is the lasting record).
 */
@Component
class OperationRunner {

	private static final Logger log = LoggerFactory.getLogger(OperationRunner.class);

	private final Semaphore permit = new Semaphore(1);

	private volatile Running running;

	private final Map<String, LastRun> last = new ConcurrentHashMap<>();

	/**
	 * An operation under way.
	 *
	 * @param operation its id
	 * @param userName who asked for it
	 * @param started when it started
	 */
	record Running(String operation, String userName, Instant started) {
	}

	/**
	 * How an operation's last run ended.
	 *
	 * @param operation its id
	 * @param userName who asked for it
	 * @param started when it started
	 * @param millis how long it ran
	 * @param succeeded whether it did its work
	 * @param outcome what it did, or why it failed
	 */
	record LastRun(String operation, String userName, Instant started, long millis, boolean succeeded,
			StoreOperation.Outcome outcome) {
	}

	/** Another operation is running: this one did not start. */
	static final class BusyException extends RuntimeException {

		private final transient Running running;

		BusyException(Running running) {
			super("Another operation is running");
			this.running = running;
		}

		Optional<Running> running() {
			return Optional.ofNullable(this.running);
		}

	}

	/**
	 * Runs {@code operation} for {@code userName} unless another is running.
	 * @throws BusyException when one is
	 */
	LastRun run(StoreOperation operation, String userName) {
		if (!this.permit.tryAcquire()) {
			throw new BusyException(this.running);
		}
		Instant started = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		long start = System.nanoTime();
		this.running = new Running(operation.id(), userName, started);
		try {
			log.info("Operation {} started by {}", operation.id(), userName);
			LastRun done;
			try {
				StoreOperation.Outcome outcome = operation.run();
				done = new LastRun(operation.id(), userName, started, millisSince(start), true, outcome);
				log.info("Operation {} by {} done in {} ms: {} {}", operation.id(), userName, done.millis(),
						outcome.messageKey(), outcome.arguments());
			}
			catch (RuntimeException ex) {
				done = new LastRun(operation.id(), userName, started, millisSince(start), false,
						StoreOperation.Outcome.of("admin.operations.failed", String.valueOf(ex.getMessage())));
				log.error("Operation {} by {} failed after {} ms", operation.id(), userName, done.millis(), ex);
			}
			this.last.put(operation.id(), done);
			return done;
		}
		finally {
			this.running = null;
			this.permit.release();
		}
	}

	Optional<Running> running() {
		return Optional.ofNullable(this.running);
	}

	Optional<LastRun> last(String operation) {
		return Optional.ofNullable(this.last.get(operation));
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
