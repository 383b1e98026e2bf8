package ma.hcp.simimo.account;

import java.util.Optional;
import java.util.Set;

import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.access.Viewer;

/**
 * An account of the private store: a {@code simimo:Account} named
 * {@code urn:simimo:account:<uuid>}.
 *
 * @param iri its IRI
 * @param userName the name it signs in with ({@code simimo:userName})
 * @param name its display name ({@code foaf:name}), or ""
 * @param passwordHash its hash in DelegatingPasswordEncoder's format, empty for an
 * account without a local password
 * @param roles its roles ({@code simimo:role}); every account is a member
 * @param producers the IRIs of the producers it works for ({@code simimo:producer})
 * @param enabled false when an administrator disabled it
 * @param created when it was created (ISO date-time), or ""
 * @param identity the identity provider's issuer and subject of an account that signs in
 * through OpenID Connect, empty for a local account
 */
public record Account(String iri, String userName, String name, Optional<String> passwordHash, Set<Role> roles,
		Set<String> producers, boolean enabled, String created, Optional<OidcIdentity> identity) {

	public Account {
		roles = Set.copyOf(roles);
		producers = Set.copyOf(producers);
	}

	/** The name to show: the display name, or the user name. */
	public String displayName() {
		return this.name.isBlank() ? this.userName : this.name;
	}

	/**
	 * Whether its roles come from an identity provider, which is authoritative for them:
	 * they are replaced at each sign-in and not changed here.
	 */
	public boolean rolesFromIdentityProvider() {
		return this.identity.isPresent();
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** The viewer this account is, for the permission matrix. */
	public Viewer viewer() {
		return new Viewer(Optional.of(this.iri), this.roles, this.producers);
	}

}
