package ma.hcp.simimo.account;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles and producers an identity provider's claims grant: known roles in any case,
 * producers by local name or IRI among the catalogue's, nothing invented, and no
 * contributor role without a known producer.
 */
class ClaimedRolesTests {

	private static final String ANAPEC = "https://w3id.org/simimo/producers/anapec";

	private static final String HCP = "https://w3id.org/simimo/producers/hcp";

	private static final OidcProperties DEFAULTS = new OidcProperties("roles", "producers");

	@Test
	void grantsTheNamedRolesAndTheCatalogueProducersByLocalNameOrIri() {
		ClaimedRoles granted = ClaimedRoles.of(
				Map.of("roles", List.of("Coordinator", "CONTRIBUTOR"), "producers", List.of("ANAPEC", HCP)), DEFAULTS,
				List.of(ANAPEC, HCP));

		assertThat(granted.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.COORDINATOR, Role.CONTRIBUTOR);
		assertThat(granted.producers()).containsExactlyInAnyOrder(ANAPEC, HCP);
		assertThat(granted.ignored()).isEmpty();
		assertThat(granted.contributorRefused()).isFalse();
	}

	@Test
	void ignoresWhatNamesNoRoleNorProducerAndRefusesAContributorWithoutOne() {
		ClaimedRoles granted = ClaimedRoles.of(Map.of("roles", "contributor offline_access", "producers",
				"https://elsewhere.example/anapec-like,atlantis"), DEFAULTS, List.of(ANAPEC));

		assertThat(granted.roles()).containsExactly(Role.MEMBER);
		assertThat(granted.producers()).isEmpty();
		assertThat(granted.ignored()).containsExactly("offline_access", "https://elsewhere.example/anapec-like",
				"atlantis");
		assertThat(granted.contributorRefused()).isTrue();
	}

	@Test
	void keepsNoProducerForAnAccountThatIsNotAContributorAndEveryAccountIsAMember() {
		ClaimedRoles granted = ClaimedRoles.of(Map.of("producers", List.of("anapec")), DEFAULTS, List.of(ANAPEC));

		assertThat(granted.roles()).containsExactly(Role.MEMBER);
		assertThat(granted.producers()).isEmpty();
		assertThat(granted.contributorRefused()).isFalse();
	}

	@Test
	void readsANestedClaimByADottedName() {
		Map<String, Object> keycloak = Map.of("realm_access", Map.of("roles", List.of("administrator")));

		ClaimedRoles granted = ClaimedRoles.of(keycloak, new OidcProperties("realm_access.roles", "producers"),
				List.of(ANAPEC));

		assertThat(granted.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.ADMINISTRATOR);
	}

}
