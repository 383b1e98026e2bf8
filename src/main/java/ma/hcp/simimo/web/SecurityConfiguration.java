package ma.hcp.simimo.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anonymous readers may read everything and write nothing but saved glossaries. The
 * SPARQL endpoint accepts POSTed queries without a CSRF token, since it has no write
 * operation to protect; the glossary forms (save, export) are POSTed with one; every
 * other write method is denied before it reaches a controller.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain publicReadOnly(HttpSecurity http, @Value("${simimo.store.endpoint:}") String remoteEndpoint)
			throws Exception {
		// With a remote store, the query page's editor sends its queries to that endpoint
		// directly.
		String connect = remoteEndpoint.isBlank() ? "'self'" : "'self' " + origin(remoteEndpoint);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.OPTIONS, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/sparql", "/sparql/**")
			.permitAll()
			// Saving a glossary and exporting a long selection; both keep the CSRF check.
			.requestMatchers(HttpMethod.POST, "/glossary", "/glossary/export")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.anyRequest()
			.denyAll())
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/sparql", "/sparql/**"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src "
							+ connect + "; frame-ancestors 'none'")));
		return http.build();
	}

	private static String origin(String url) {
		java.net.URI uri = java.net.URI.create(url);
		return uri.getScheme() + "://" + uri.getAuthority();
	}

	/**
	 * No accounts yet: this stops Boot from generating a default user and logging its
	 * password.
	 */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
