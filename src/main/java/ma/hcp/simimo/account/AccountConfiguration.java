package ma.hcp.simimo.account;

import java.time.Clock;

import ma.hcp.simimo.store.RuntimeSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder (DelegatingPasswordEncoder, bcrypt for new hashes) and the
 * throttled form sign-in that Spring Security uses for every local account.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SignInThrottle signInThrottle(RuntimeSettings settings) {
		return new SignInThrottle(Clock.systemUTC(), SignInThrottle.KEPT,
				() -> settings.integer(RuntimeSettings.Key.SIGN_IN_FAILURES_PER_USER).orElse(SignInThrottle.PER_USER),
				() -> settings.integer(RuntimeSettings.Key.SIGN_IN_FAILURES_PER_ADDRESS)
					.orElse(SignInThrottle.PER_ADDRESS));
	}

	@Bean
	AuthenticationProvider accountSignIn(AccountUserDetailsService users, PasswordEncoder encoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		return new ThrottledSignIn(provider, throttle);
	}

}
