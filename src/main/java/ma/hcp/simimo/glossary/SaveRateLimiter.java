package ma.hcp.simimo.glossary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many glossaries may be saved in any hour, per client address and by everyone: a
 * sliding window that keeps the times of the last saves, at most as many as the limit.
 * Clients are kept in a map of bounded size, least recently seen dropped first, so the
 * limiter itself cannot be made to grow; a client dropped that way is still held by the
 * overall limit.
 */
final class SaveRateLimiter {

	static final Duration WINDOW = Duration.ofHours(1);

	/** Which limit refused a save, and when the oldest save in the window leaves it. */
	record Refusal(boolean overall, int limit, Duration retryAfter) {
	}

	private final int perClient;

	private final int overall;

	private final int maxClients;

	private final Clock clock;

	private final Deque<Instant> everyone = new ArrayDeque<>();

	private final LinkedHashMap<String, Deque<Instant>> clients;

	SaveRateLimiter(int perClient, int overall, int maxClients, Clock clock) {
		if (perClient < 1 || overall < 1 || maxClients < 1) {
			throw new IllegalArgumentException("Save limits must be at least 1: per client " + perClient + ", overall "
					+ overall + ", clients kept " + maxClients);
		}
		this.perClient = perClient;
		this.overall = overall;
		this.maxClients = maxClients;
		this.clock = clock;
		this.clients = new LinkedHashMap<>(16, 0.75f, true);
	}

	/**
	 * Counts one save by {@code client} when both limits allow it; otherwise counts
	 * nothing and says which limit refused it.
	 */
	synchronized Optional<Refusal> tryAcquire(String client) {
		Instant now = this.clock.instant();
		Instant start = now.minus(WINDOW);
		expire(this.everyone, start);
		Deque<Instant> own = this.clients.get(client);
		if (own != null) {
			expire(own, start);
		}
		if (own != null && own.size() >= this.perClient) {
			return Optional.of(new Refusal(false, this.perClient, Duration.between(start, own.peekFirst())));
		}
		if (this.everyone.size() >= this.overall) {
			return Optional.of(new Refusal(true, this.overall, Duration.between(start, this.everyone.peekFirst())));
		}
		if (own == null) {
			makeRoom(start);
			own = new ArrayDeque<>();
			this.clients.put(client, own);
		}
		own.addLast(now);
		this.everyone.addLast(now);
		return Optional.empty();
	}

	/** How many clients are kept. */
	synchronized int clients() {
		return this.clients.size();
	}

	private void makeRoom(Instant start) {
		if (this.clients.size() < this.maxClients) {
			return;
		}
		Iterator<Map.Entry<String, Deque<Instant>>> entries = this.clients.entrySet().iterator();
		while (entries.hasNext()) {
			Deque<Instant> times = entries.next().getValue();
			expire(times, start);
			if (times.isEmpty()) {
				entries.remove();
			}
		}
		if (this.clients.size() >= this.maxClients) {
			entries = this.clients.entrySet().iterator();
			entries.next();
			entries.remove();
		}
	}

	private static void expire(Deque<Instant> times, Instant start) {
		while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
			times.removeFirst();
		}
	}

}
