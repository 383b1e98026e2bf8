package ma.hcp.simimo.glossary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hourly save limits, per client and overall, on a clock the test moves. */
class SaveRateLimiterTests {

	private final MovingClock clock = new MovingClock();

	@Test
	void refusesAClientPastItsLimitUntilItsOldestSaveIsAnHourOld() {
		SaveRateLimiter limiter = new SaveRateLimiter(2, 100, 100, this.clock);
		assertThat(limiter.tryAcquire("a")).isEmpty();
		this.clock.move(Duration.ofMinutes(10));
		assertThat(limiter.tryAcquire("a")).isEmpty();
		this.clock.move(Duration.ofMinutes(5));

		assertThat(limiter.tryAcquire("a")).hasValueSatisfying((refusal) -> {
			assertThat(refusal.overall()).isFalse();
			assertThat(refusal.limit()).isEqualTo(2);
			assertThat(refusal.retryAfter()).isEqualTo(Duration.ofMinutes(45));
		});
		assertThat(limiter.tryAcquire("b")).as("another client").isEmpty();

		this.clock.move(Duration.ofMinutes(45));
		assertThat(limiter.tryAcquire("a")).isEmpty();
		assertThat(limiter.tryAcquire("a")).isPresent();
	}

	@Test
	void refusesEveryonePastTheOverallLimitAndARefusalCountsNothing() {
		SaveRateLimiter limiter = new SaveRateLimiter(5, 3, 100, this.clock);
		assertThat(limiter.tryAcquire("a")).isEmpty();
		assertThat(limiter.tryAcquire("b")).isEmpty();
		assertThat(limiter.tryAcquire("c")).isEmpty();

		for (String client : new String[] { "a", "d", "d" }) {
			assertThat(limiter.tryAcquire(client)).hasValueSatisfying((refusal) -> {
				assertThat(refusal.overall()).isTrue();
				assertThat(refusal.limit()).isEqualTo(3);
			});
		}
		this.clock.move(SaveRateLimiter.WINDOW);
		for (String client : new String[] { "d", "d", "d" }) {
			assertThat(limiter.tryAcquire(client)).isEmpty();
		}
	}

	@Test
	void keepsNoMoreClientsThanItsBoundWhateverTheNumberOfAddresses() {
		SaveRateLimiter limiter = new SaveRateLimiter(1, 1_000_000, 50, this.clock);
		for (int i = 0; i < 10_000; i++) {
			limiter.tryAcquire("10.0." + (i / 256) + "." + (i % 256));
			assertThat(limiter.clients()).isLessThanOrEqualTo(50);
		}
		// The most recent clients are the ones kept.
		assertThat(limiter.tryAcquire("10.0.39.15")).isPresent();
	}

	/** A clock that moves only when told. */
	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T08:00:00Z");

		void move(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
