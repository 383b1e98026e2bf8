package ma.hcp.simimo.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of the accounts: the account that signs in as a user name, with
 * its hash and authorities ({@link AccountUser}).
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String userName) {
		return this.accounts.byUserName(userName)
			.filter((account) -> account.passwordHash().isPresent())
			.map(AccountUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No local account"));
	}

}
