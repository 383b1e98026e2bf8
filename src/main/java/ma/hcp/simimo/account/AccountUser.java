package ma.hcp.simimo.account;

import ma.hcp.simimo.access.AccountPrincipal;
import ma.hcp.simimo.access.Viewer;

import org.springframework.security.core.userdetails.User;

/**
 * A signed-in account as Spring Security holds it: the user name and hash, and the
 * authorities {@code ROLE_*} and {@code PRODUCER_<IRI>}, with the account's IRI for the
 * permission checks.
 */
final class AccountUser extends User implements AccountPrincipal {

	private static final long serialVersionUID = 1L;

	private final String accountIri;

	private final String displayName;

	AccountUser(Account account) {
		super(account.userName(), account.passwordHash().orElse(""), account.enabled(), true, true, true,
				Viewer.authorities(account.roles(), account.producers()));
		this.accountIri = account.iri();
		this.displayName = account.displayName();
	}

	@Override
	public String accountIri() {
		return this.accountIri;
	}

	@Override
	public String userName() {
		return getUsername();
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
