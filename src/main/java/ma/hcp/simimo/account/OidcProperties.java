package ma.hcp.simimo.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The claims of the identity provider's ID token (or user info) that carry an account's
 * roles and producers ({@code simimo.oidc.*}); a name with dots also finds a nested claim
 * ({@code realm_access.roles}).
 *
 * @param rolesClaim the claim listing the roles: MEMBER, CONTRIBUTOR, COORDINATOR,
 * ADMINISTRATOR, in any case
 * @param producersClaim the claim listing the producers a contributor works for, by their
 * local names in the catalogue ({@code anapec}) or their IRIs
 */
@ConfigurationProperties("simimo.oidc")
public record OidcProperties(@DefaultValue("roles") String rolesClaim,
		@DefaultValue("producers") String producersClaim) {

}
