package ma.hcp.simimo.account;

import java.util.UUID;

/**
 * Account IRIs: {@code urn:simimo:account:<uuid>}, a URN so that it is never an address
 * SIMIMO serves.
 */
final class AccountIris {

	static final String PREFIX = "urn:simimo:account:";

	private AccountIris() {
	}

	static String newIri() {
		return PREFIX + UUID.randomUUID();
	}

}
