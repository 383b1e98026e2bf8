package ma.hcp.simimo.access;

import java.util.Optional;

/**
 * What a signed-in principal says about its account, whichever way it signed in: the
 * account's IRI (what the permission checks compare authors with) and the names the
 * header shows.
 */
public interface AccountPrincipal {

	/** The account's IRI, {@code urn:simimo:account:<uuid>}. */
	String accountIri();

	/** The user name it signs in with. */
	String userName();

	/** The name shown in the header: the display name, or the user name. */
	String displayName();

	/**
	 * What the reader should be told once signed in, as a message key: an identity
	 * provider's claims that granted less than they asked for, say.
	 */
	default Optional<String> signInNotice() {
		return Optional.empty();
	}

}
