package ma.hcp.simimo.account;

import java.util.Optional;

import ma.hcp.simimo.access.AccountPrincipal;
import ma.hcp.simimo.access.Viewer;

import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An account signed in through OpenID Connect, as Spring Security holds it: the identity
 * provider's ID token and user info, with the account's authorities ({@code ROLE_*},
 * {@code PRODUCER_<IRI>}) and IRI, exactly as {@link AccountUser} carries them for a form
 * sign-in. Its name is the account's user name, not the provider's subject.
 */
final class OidcAccountUser extends DefaultOidcUser implements AccountPrincipal {

	private static final long serialVersionUID = 1L;

	private final String accountIri;

	private final String userName;

	private final String displayName;

	private final String notice;

	OidcAccountUser(Account account, OidcUser user, Optional<String> notice) {
		super(Viewer.authorities(account.roles(), account.producers()), user.getIdToken(), user.getUserInfo(),
				IdTokenClaimNames.SUB);
		this.accountIri = account.iri();
		this.userName = account.userName();
		this.displayName = account.displayName();
		this.notice = notice.orElse(null);
	}

	@Override
	public String getName() {
		return this.userName;
	}

	@Override
	public String accountIri() {
		return this.accountIri;
	}

	@Override
	public String userName() {
		return this.userName;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public Optional<String> signInNotice() {
		return Optional.ofNullable(this.notice);
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
