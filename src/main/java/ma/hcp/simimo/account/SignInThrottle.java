package ma.hcp.simimo.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

import ma.hcp.simimo.store.RuntimeSettings;

/**
 * Refuses sign-in for {@link #REFUSAL} after {@link #PER_USER} failures for one user
 * name, or {@link #PER_ADDRESS} from one client address, within {@link #WINDOW} (decision
 * 0019). User names are counted whether or not an account has them, so a refusal says
 * nothing about which exist. Each map keeps at most {@code maxKept} keys, least recently
 * seen dropped first, so failures cannot grow the memory it takes. The two thresholds may
 * be changed at run time by an administrator (decision 0025), and are read at each
 * failure.
 */
final class SignInThrottle {

	static final int PER_USER = RuntimeSettings.Key.SIGN_IN_FAILURES_PER_USER.defaultValue();

	static final int PER_ADDRESS = RuntimeSettings.Key.SIGN_IN_FAILURES_PER_ADDRESS.defaultValue();

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration REFUSAL = Duration.ofMinutes(15);

	/** Keys kept per map: a few megabytes at most. */
	static final int KEPT = 10_000;

	private final Clock clock;

	private final int maxKept;

	private final Counters users;

	private final Counters addresses;

	SignInThrottle(Clock clock, int maxKept) {
		this(clock, maxKept, () -> PER_USER, () -> PER_ADDRESS);
	}

	SignInThrottle(Clock clock, int maxKept, IntSupplier perUser, IntSupplier perAddress) {
		this.clock = clock;
		this.maxKept = maxKept;
		this.users = new Counters(perUser);
		this.addresses = new Counters(perAddress);
	}

	/** Whether a sign-in as {@code userName} from {@code address} is refused now. */
	synchronized boolean refused(String userName, String address) {
		Instant now = this.clock.instant();
		return this.users.refused(user(userName), now) || this.addresses.refused(address, now);
	}

	synchronized void failed(String userName, String address) {
		Instant now = this.clock.instant();
		this.users.failed(user(userName), now);
		this.addresses.failed(address, now);
	}

	/** A success forgets the user name's failures, not the address's. */
	synchronized void succeeded(String userName) {
		this.users.entries.remove(user(userName));
	}

	/** Forgets every failure and refusal: for tests that share one application. */
	synchronized void clear() {
		this.users.entries.clear();
		this.addresses.entries.clear();
	}

	synchronized int kept() {
		return this.users.entries.size() + this.addresses.entries.size();
	}

	private static String user(String userName) {
		return (userName == null) ? "" : userName.toLowerCase(Locale.ROOT);
	}

	private static final class Entry {

		final Deque<Instant> failures = new ArrayDeque<>();

		Instant refusedUntil;

	}

	private final class Counters {

		private final IntSupplier limit;

		private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
				return size() > SignInThrottle.this.maxKept;
			}
		};

		Counters(IntSupplier limit) {
			this.limit = limit;
		}

		boolean refused(String key, Instant now) {
			Entry entry = this.entries.get(key);
			return entry != null && entry.refusedUntil != null && now.isBefore(entry.refusedUntil);
		}

		void failed(String key, Instant now) {
			Entry entry = this.entries.computeIfAbsent(key, (k) -> new Entry());
			Instant start = now.minus(WINDOW);
			while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(start)) {
				entry.failures.removeFirst();
			}
			entry.failures.addLast(now);
			// At most the limit's worth of times per key.
			int limit = this.limit.getAsInt();
			while (entry.failures.size() > limit) {
				entry.failures.removeFirst();
			}
			if (entry.failures.size() >= limit) {
				entry.refusedUntil = now.plus(REFUSAL);
				entry.failures.clear();
			}
		}

	}

}
