package ma.hcp.simimo.account;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.RunningFixtureApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle over real HTTP, in an application of its own (the address counter
 * would otherwise refuse the other tests' sign-ins from the same address): five failures
 * for a user name refuse even the right password, the same way for a user name no account
 * has, and twenty from one address refuse every user name.
 */
@TestPropertySource(properties = "simimo.test.context=sign-in-throttle")
class SignInThrottleIntegrationTests extends RunningFixtureApplication {

	private static final String PASSWORD = "the right long password";

	@Autowired
	AccountRepository accounts;

	@Autowired
	SignInThrottle throttle;

	@BeforeEach
	void forgetFailures() {
		this.throttle.clear();
	}

	@Test
	void refusesEvenTheRightPasswordAfterFiveFailuresAndSaysTheSameForAnUnknownUser() {
		this.accounts.create("throttled", "", PASSWORD, Set.of(), Set.of());
		for (int i = 0; i < SignInThrottle.PER_USER; i++) {
			assertThat(location(new CookieSession(this.http).signIn("throttled", "wrong password " + i)))
				.isEqualTo("/sign-in?error");
			assertThat(location(new CookieSession(this.http).signIn("no-such-account", "wrong password " + i)))
				.isEqualTo("/sign-in?error");
		}

		CookieSession right = new CookieSession(this.http);
		assertThat(location(right.signIn("throttled", PASSWORD))).isEqualTo("/sign-in?throttled");
		assertThat(right.sessionId()).isEmpty();
		assertThat(location(new CookieSession(this.http).signIn("no-such-account", PASSWORD)))
			.isEqualTo("/sign-in?throttled");
		assertThat(this.http.get("/sign-in?throttled&lang=en", "text/html").body())
			.contains("Too many failed sign-ins for this user name or from this address. Try again in 15 minutes.");
	}

	@Test
	void refusesEveryUserNameFromAnAddressAfterTwentyFailures() {
		this.accounts.create("bystander", "", PASSWORD, Set.of(), Set.of());
		for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
			new CookieSession(this.http).signIn("guess-" + i, "wrong password");
		}

		assertThat(location(new CookieSession(this.http).signIn("bystander", PASSWORD)))
			.isEqualTo("/sign-in?throttled");
		assertThat(this.throttle.kept()).isLessThanOrEqualTo(2 * SignInThrottle.KEPT);
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

}
