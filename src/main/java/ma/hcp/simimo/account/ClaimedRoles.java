package ma.hcp.simimo.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ma.hcp.simimo.access.Role;

/**
 * The roles and producers an identity provider's claims grant (decision 0019): the roles
 * it names among SIMIMO's, always the member role, and the producers of the catalogue it
 * names by local name or IRI. A producer the catalogue does not have is ignored, never
 * invented; the contributor role without any known producer is not granted.
 *
 * @param roles the roles granted, member among them
 * @param producers the IRIs of the producers, empty unless a contributor
 * @param ignored the claimed values that name no role or no producer of the catalogue
 * @param contributorRefused whether the claims named the contributor role but no known
 * producer
 */
record ClaimedRoles(Set<Role> roles, Set<String> producers, List<String> ignored, boolean contributorRefused) {

	ClaimedRoles {
		roles = Set.copyOf(roles);
		producers = Set.copyOf(producers);
		ignored = List.copyOf(ignored);
	}

	/**
	 * What {@code claims} grant under {@code names}, with the catalogue's producers
	 * {@code catalogue}.
	 */
	static ClaimedRoles of(Map<String, Object> claims, OidcProperties names, Collection<String> catalogue) {
		List<String> ignored = new ArrayList<>();
		Set<Role> roles = EnumSet.of(Role.MEMBER);
		for (String value : values(claims, names.rolesClaim())) {
			Role.ofAuthority("ROLE_" + value.toUpperCase(Locale.ROOT))
				.ifPresentOrElse(roles::add, () -> ignored.add(value));
		}
		Set<String> producers = new LinkedHashSet<>();
		for (String value : values(claims, names.producersClaim())) {
			catalogue.stream()
				.filter((iri) -> iri.equals(value) || localName(iri).equalsIgnoreCase(value))
				.findFirst()
				.ifPresentOrElse(producers::add, () -> ignored.add(value));
		}
		boolean refused = roles.contains(Role.CONTRIBUTOR) && producers.isEmpty();
		if (refused) {
			roles.remove(Role.CONTRIBUTOR);
		}
		return new ClaimedRoles(roles, roles.contains(Role.CONTRIBUTOR) ? producers : Set.of(), ignored, refused);
	}

	/**
	 * The strings of a claim: a JSON array of them, or one string of values separated by
	 * spaces or commas. A dotted name that is not a claim of its own is looked for in
	 * nested objects, as Keycloak nests {@code realm_access.roles}.
	 */
	static List<String> values(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value == null && name.contains(".")) {
			Object nested = claims;
			for (String part : name.split("\\.")) {
				nested = (nested instanceof Map<?, ?> map) ? map.get(part) : null;
			}
			value = nested;
		}
		List<String> values = new ArrayList<>();
		if (value instanceof Collection<?> collection) {
			collection.forEach((item) -> {
				if (item != null && !item.toString().isBlank()) {
					values.add(item.toString().strip());
				}
			});
		}
		else if (value instanceof String text) {
			for (String item : text.split("[\\s,]+")) {
				if (!item.isBlank()) {
					values.add(item);
				}
			}
		}
		return values;
	}

	private static String localName(String iri) {
		return iri.substring(iri.lastIndexOf('/') + 1);
	}

}
