package ma.hcp.simimo.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's arithmetic on a clock the test moves: the window, the refusal's end, a
 * success forgetting the user's failures, and the bounded number of keys.
 */
class SignInThrottleTests {

	private final MovableClock clock = new MovableClock();

	@Test
	void failuresOutsideTheWindowDoNotCountAndARefusalEndsAfterFifteenMinutes() {
		SignInThrottle throttle = new SignInThrottle(this.clock, 100);
		for (int i = 0; i < SignInThrottle.PER_USER - 1; i++) {
			throttle.failed("amina", "10.0.0." + i);
		}
		this.clock.advance(SignInThrottle.WINDOW.plusSeconds(1));
		throttle.failed("amina", "10.0.0.9");
		assertThat(throttle.refused("amina", "10.0.0.9")).isFalse();

		for (int i = 0; i < SignInThrottle.PER_USER - 1; i++) {
			throttle.failed("Amina", "10.0.0.9");
		}
		assertThat(throttle.refused("amina", "10.0.0.10")).isTrue();
		this.clock.advance(SignInThrottle.REFUSAL.minusSeconds(1));
		assertThat(throttle.refused("amina", "10.0.0.10")).isTrue();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(throttle.refused("amina", "10.0.0.10")).isFalse();
	}

	@Test
	void aSuccessForgetsTheUsersFailures() {
		SignInThrottle throttle = new SignInThrottle(this.clock, 100);
		for (int i = 0; i < SignInThrottle.PER_USER - 1; i++) {
			throttle.failed("omar", "10.0.0.1");
		}
		throttle.succeeded("omar");
		throttle.failed("omar", "10.0.0.1");
		assertThat(throttle.refused("omar", "10.0.0.2")).isFalse();
	}

	@Test
	void keepsNoMoreKeysThanItsBound() {
		SignInThrottle throttle = new SignInThrottle(this.clock, 50);
		for (int i = 0; i < 10_000; i++) {
			throttle.failed("user-" + i, "address-" + i);
		}
		assertThat(throttle.kept()).isEqualTo(100);
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-02T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
