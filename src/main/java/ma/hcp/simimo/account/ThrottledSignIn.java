package ma.hcp.simimo.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in against the accounts, behind {@link SignInThrottle}. Every failure (no
 * such account, wrong password, disabled account) is the same
 * {@link BadCredentialsException}, and a throttled attempt is a {@link LockedException}
 * whether or not the account exists, so neither answer tells which user names exist.
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final SignInThrottle throttle;

	ThrottledSignIn(DaoAuthenticationProvider delegate, SignInThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userName = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? String.valueOf(details.getRemoteAddress()) : "";
		if (this.throttle.refused(userName, address)) {
			throw new LockedException("Too many failed sign-ins");
		}
		try {
			Authentication signedIn = this.delegate.authenticate(authentication);
			this.throttle.succeeded(userName);
			return signedIn;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(userName, address);
			throw new BadCredentialsException("Sign-in failed", ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
