package ma.hcp.simimo.access;

import java.util.Optional;

/**
 * What an action is done to, as far as permissions care: the producer that owns it and
 * the account that authored it, either of which may be absent.
 *
 * @param owner the owning producer's IRI
 * @param author the authoring account's IRI
 */
public record Target(Optional<String> owner, Optional<String> author) {

	/** A target nobody owns or authored: the coordinators' records, a new glossary. */
	public static Target none() {
		return new Target(Optional.empty(), Optional.empty());
	}

	/** A record owned by a producer, or by none when {@code producer} is empty. */
	public static Target ownedBy(Optional<String> producer) {
		return new Target(producer, Optional.empty());
	}

	/** Something an account authored. */
	public static Target authoredBy(String account) {
		return new Target(Optional.empty(), Optional.of(account));
	}

}
