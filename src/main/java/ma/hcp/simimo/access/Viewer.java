package ma.hcp.simimo.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking, as the permission matrix sees them: their account, their roles and the
 * producers they work for. Built from Spring Security's authentication, whose authorities
 * carry the roles ({@code ROLE_…}) and the producers ({@code PRODUCER_<IRI>}).
 *
 * @param account the account's IRI, empty for a reader who is not signed in
 * @param roles the roles
 * @param producers the IRIs of the producers a contributor works for
 */
public record Viewer(Optional<String> account, Set<Role> roles, Set<String> producers) {

	private static final String PRODUCER_PREFIX = "PRODUCER_";

	public Viewer {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		producers = Set.copyOf(producers);
	}

	/** A reader who is not signed in. */
	public static Viewer anonymous() {
		return new Viewer(Optional.empty(), Set.of(), Set.of());
	}

	public boolean signedIn() {
		return this.account.isPresent();
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * The viewer an authentication stands for; an anonymous or missing one is a reader.
	 * @param authentication Spring Security's, possibly null
	 * @param account the account IRI the authentication was resolved to
	 */
	public static Viewer of(Authentication authentication, Optional<String> account) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken || account.isEmpty()) {
			return anonymous();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<String> producers = new TreeSet<>();
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			String authority = granted.getAuthority();
			Role.ofAuthority(authority).ifPresent(roles::add);
			if (authority != null && authority.startsWith(PRODUCER_PREFIX)) {
				producers.add(authority.substring(PRODUCER_PREFIX.length()));
			}
		}
		return new Viewer(account, roles, producers);
	}

	/**
	 * The viewer of the current request, from Spring Security's context: a reader unless
	 * its principal is an {@link AccountPrincipal}.
	 */
	public static Viewer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return of(authentication, principal(authentication).map(AccountPrincipal::accountIri));
	}

	/** The signed-in account of {@code authentication}, if it has one. */
	public static Optional<AccountPrincipal> principal(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			return Optional.empty();
		}
		return Optional.of(principal);
	}

	/** The authorities that carry {@code roles} and {@code producers}. */
	public static Collection<GrantedAuthority> authorities(Set<Role> roles, Set<String> producers) {
		Set<GrantedAuthority> authorities = new java.util.LinkedHashSet<>();
		roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		producers.forEach((producer) -> authorities.add(new SimpleGrantedAuthority(PRODUCER_PREFIX + producer)));
		return authorities;
	}

}
