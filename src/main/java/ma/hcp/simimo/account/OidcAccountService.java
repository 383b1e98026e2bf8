package ma.hcp.simimo.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.store.CatalogueProducers;
import ma.hcp.simimo.store.ContentValidationException;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect sign-in against the accounts (decision 0019): Spring's
 * {@link OidcUserService} checks the ID token and reads the user info, then the account
 * the identity provider knows by issuer and subject is found, or created without a
 * password, and its roles and producers replaced by those the claims grant
 * ({@link ClaimedRoles}), in one transaction of the private store. The identity provider
 * is authoritative for them; a disabled account stays disabled and is refused, with
 * nothing written.
 */
@Component
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The error of a sign-in refused because the account is disabled. */
	static final String DISABLED = "account_disabled";

	/** The error of a sign-in whose identity the private store cannot hold. */
	static final String UNUSABLE = "account_unusable";

	static final String CONTRIBUTOR_REFUSED = "signIn.oidc.contributorWithoutProducer";

	private static final Logger log = LoggerFactory.getLogger(OidcAccountService.class);

	private static final int MAX_NAME = 200;

	private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

	private final AccountRepository accounts;

	private final CatalogueProducers catalogue;

	private final OidcProperties claims;

	OidcAccountService(AccountRepository accounts, CatalogueProducers catalogue, OidcProperties claims) {
		this.provider = new OidcUserService();
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.claims = claims;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.provider.loadUser(request);
		OidcIdentity identity = new OidcIdentity(user.getIdToken().getClaimAsString(IdTokenClaimNames.ISS),
				user.getSubject());
		ClaimedRoles granted = ClaimedRoles.of(user.getClaims(), this.claims, this.catalogue.iris());
		String registration = request.getClientRegistration().getRegistrationId();
		if (!granted.ignored().isEmpty()) {
			log.warn(
					"OpenID Connect sign-in of {} at {} ({}): ignored claimed values {} (claims {}, {}): no such role"
							+ " or no such producer in the catalogue",
					identity.subject(), identity.issuer(), registration, granted.ignored(), this.claims.rolesClaim(),
					this.claims.producersClaim());
		}
		if (granted.contributorRefused()) {
			log.warn(
					"OpenID Connect sign-in of {} at {}: the contributor role is not granted, since the claim {}"
							+ " names no producer of the catalogue",
					identity.subject(), identity.issuer(), this.claims.producersClaim());
		}
		Account account = signIn(identity, user, granted);
		return new OidcAccountUser(account, user,
				granted.contributorRefused() ? Optional.of(CONTRIBUTOR_REFUSED) : Optional.empty());
	}

	private Account signIn(OidcIdentity identity, OidcUser user, ClaimedRoles granted) {
		String name = displayName(user);
		try {
			Optional<Account> existing = this.accounts.byIdentity(identity);
			if (existing.isPresent()) {
				Account account = existing.get();
				if (!account.enabled()) {
					log.info("OpenID Connect sign-in of disabled account {} refused", account.userName());
					throw new OAuth2AuthenticationException(new OAuth2Error(DISABLED, "The account is disabled", null));
				}
				this.accounts.setFromIdentityProvider(account.iri(), name, granted.roles(), granted.producers());
				return this.accounts.byIri(account.iri()).orElseThrow();
			}
			String userName = this.accounts.freeUserName(
					Stream.of(user.getPreferredUsername(), user.getEmail()).filter(Objects::nonNull).toList(),
					derivedUserName(identity));
			Account created = this.accounts.create(userName, name, identity, granted.roles(), granted.producers());
			log.info("Account {} created at its first OpenID Connect sign-in ({} at {}), roles {}", userName,
					identity.subject(), identity.issuer(), granted.roles());
			return created;
		}
		catch (ContentValidationException ex) {
			log.warn("OpenID Connect sign-in of {} at {} refused: {}", identity.subject(), identity.issuer(),
					ex.getMessage());
			throw new OAuth2AuthenticationException(new OAuth2Error(UNUSABLE), ex);
		}
	}

	/** The name the claims give, cut to what the shapes allow; "" when none. */
	private static String displayName(OidcUser user) {
		String name = Optional.ofNullable(user.getFullName()).orElse("").strip();
		return (name.length() > MAX_NAME) ? name.substring(0, MAX_NAME) : name;
	}

	/**
	 * A user name for an identity whose preferred name and email are taken or not
	 * well-formed: the same for the same identity, and it names neither.
	 */
	static String derivedUserName(OidcIdentity identity) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((identity.issuer() + " " + identity.subject()).getBytes(StandardCharsets.UTF_8));
			return "oidc-" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
