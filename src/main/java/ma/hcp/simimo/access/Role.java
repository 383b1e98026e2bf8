package ma.hcp.simimo.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of decision 0019. A reader has none: every signed-in account is at least a
 * member; a contributor works for the producers its account names.
 */
public enum Role {

	/** Anyone with an account: saves glossaries, which are theirs. */
	MEMBER,

	/** A producer's focal point: edits the records its producers own. */
	CONTRIBUTOR,

	/** HCP: reviews, edits every record, divergences and the action plan. */
	COORDINATOR,

	/** Accounts, settings and operations on the store. */
	ADMINISTRATOR;

	private static final String PREFIX = "ROLE_";

	/** The Spring Security authority, {@code ROLE_MEMBER} and so on. */
	public String authority() {
		return PREFIX + name();
	}

	/** The role an authority names, if it names one. */
	public static Optional<Role> ofAuthority(String authority) {
		if (authority == null || !authority.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String name = authority.substring(PREFIX.length());
		return Arrays.stream(values()).filter((role) -> role.name().equals(name)).findFirst();
	}

}
