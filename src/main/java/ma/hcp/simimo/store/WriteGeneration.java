package ma.hcp.simimo.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the writes {@link StoreWriter} has finished on the embedded store, so that
 * {@link ContentVersion} reads the version from the store again only after one. The
 * embedded store changes only through that writer (the SPARQL endpoint is read-only, and
 * TDB2's lock keeps other processes out), so an unchanged count means unchanged content.
 */
final class WriteGeneration {

	private final AtomicLong count = new AtomicLong();

	long current() {
		return this.count.get();
	}

	/** Called once a write transaction has ended, committed or not. */
	void advance() {
		this.count.incrementAndGet();
	}

}
