package ma.hcp.simimo.web;

import java.util.List;

import jakarta.servlet.DispatcherType;

import ma.hcp.simimo.access.Role;

import ma.hcp.simimo.kernel.LinkedDataPaths;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.core.annotation.Order;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Anonymous readers may read everything and write nothing; an account signs in at
 * {@code /sign-in} (a form, throttled by the account feature's provider, or an
 * organisation's identity provider through OpenID Connect when one is configured) and out
 * with a POST to {@code /sign-out}, and only then gets a session; {@code /admin} needs
 * the administrator role; every other write asks the permission matrix in its controller.
 * The SPARQL endpoint accepts POSTed queries without a CSRF token, since it has no write
 * operation to protect, and answers every other method itself, saying it is read only;
 * the glossary forms (save, export) are POSTed with one; every other write method is
 * denied before it reaches a controller. The glossary builder's own forms
 * ({@code POST /glossary/builder}) only render a page, so they need no token. What only
 * reads (the endpoint and the linked data) may be read from any origin, without
 * credentials (CORS); nothing that writes may. Links to other sites carry SIMIMO's
 * origin, never a page's path and query (strict-origin-when-cross-origin): a search or a
 * glossary selection stays here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String SESSION_COOKIE = "JSESSIONID";

	/**
	 * The edit forms whose input is kept when Spring Security refuses them (decisions
	 * 0021 and 0025): a missing CSRF token or an expired session shows the form again,
	 * filled in (a password never), instead of losing what was typed.
	 */
	static final String[] KEPT_FORMS = { "/datasets/*/edit", "/concepts/*/*/edit", "/periods/*/edit",
			"/classifications/*/edit", "/datasets/new", "/concepts/*/new", "/periods/new", "/admin/settings",
			"/admin/accounts", "/admin/accounts/*/roles", "/admin/accounts/*/enabled", "/admin/accounts/*/password",
			"/glossary", "/glossary/*/edit" };

	/** The coordinators' SPARQL endpoint and anything under it (decision 0027). */
	static final String[] COORDINATOR_SPARQL = { "/sparql/all", "/sparql/all/**" };

	/**
	 * Queries on the public endpoint need no CSRF token: it answers everyone alike. Those
	 * on {@code /sparql/all} are a signed-in session's, so a POST there needs the token
	 * as any form does, while a GET, which reads only, needs none.
	 */
	private static boolean publicSparql(jakarta.servlet.http.HttpServletRequest request) {
		return SPARQL.matches(request) && !COORDINATOR_SPARQL_TREE.matches(request);
	}

	private static final RequestMatcher SPARQL = PathPatternRequestMatcher.pathPattern("/sparql/**");

	private static final RequestMatcher COORDINATOR_SPARQL_TREE = PathPatternRequestMatcher
		.pathPattern("/sparql/all/**");

	/**
	 * The actuator: read only, no session, and the administrator role for loopback
	 * requests ({@link LoopbackOperator}), which is what lets the health endpoint show
	 * its details (management.endpoint.health.show-details=when-authorized).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuator(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/actuator/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/actuator/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new LoopbackOperator(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicReadOnly(HttpSecurity http, @Value("${simimo.store.endpoint:}") String remoteEndpoint,
			ObjectProvider<ClientRegistrationRepository> oidcRegistrations,
			ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcAccounts) throws Exception {
		// With a remote store, the query page's editor sends its queries to that endpoint
		// directly.
		String connect = remoteEndpoint.isBlank() ? "'self'" : "'self' " + origin(remoteEndpoint);
		http.authorizeHttpRequests((requests) -> requests
			// The 403 page and Boot's error page are rendered by a forward or an error
			// dispatch of a request already decided.
			.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
			.permitAll()
			// The content files and their exports are the coordinators' too (decision
			// 0027): the matrix decides in the controller.
			.requestMatchers(HttpMethod.GET, "/admin/content", "/admin/content/*")
			.authenticated()
			.requestMatchers("/admin", "/admin/**")
			.hasRole(Role.ADMINISTRATOR.name())
			// The coordinators' endpoint (decision 0027): signed in, then the matrix's
			// QUERY_ALL, asked by the endpoint itself.
			.requestMatchers(COORDINATOR_SPARQL)
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/glossary/mine", "/drafts", "/datasets/*/edit", "/datasets/*/draft",
					"/concepts/*/*/edit", "/concepts/*/*/draft", "/periods/*/edit", "/periods/*/draft",
					"/classifications/*/edit", "/classifications/*/draft", "/datasets/new", "/concepts/*/new",
					"/periods/new", "/datasets/*/discard", "/concepts/*/*/discard", "/periods/*/discard",
					"/classifications/*/discard")
			.authenticated()
			// The review queue and the records' histories (decision 0027).
			.requestMatchers(HttpMethod.GET, "/review", "/datasets/*/history", "/concepts/*/*/history",
					"/periods/*/history", "/classifications/*/history")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.OPTIONS, "/**")
			.permitAll()
			.requestMatchers("/sparql", "/sparql/**")
			.permitAll()
			// Saving a glossary and exporting a long selection keep the CSRF check; the
			// builder's forms write nothing. Saving asks the permission matrix itself, so
			// that a reader is told to sign in with the form's context.
			.requestMatchers(HttpMethod.POST, "/glossary", "/glossary/export", "/glossary/builder")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/glossary/*/edit", "/glossary/*/delete", "/datasets/*/discard",
					"/concepts/*/*/discard", "/periods/*/discard", "/classifications/*/discard")
			.authenticated()
			.requestMatchers(HttpMethod.POST, KEPT_FORMS)
			.authenticated()
			// The review workflow's steps (decision 0027), with the CSRF check.
			.requestMatchers(HttpMethod.POST, "/datasets/*/submit", "/datasets/*/takeback", "/datasets/*/sendback",
					"/datasets/*/publish", "/datasets/*/revert", "/datasets/*/restrict", "/datasets/*/unrestrict",
					"/datasets/*/withdraw", "/concepts/*/*/submit", "/concepts/*/*/takeback", "/concepts/*/*/sendback",
					"/concepts/*/*/publish", "/concepts/*/*/revert", "/periods/*/submit", "/periods/*/takeback",
					"/periods/*/sendback", "/periods/*/publish", "/periods/*/revert", "/classifications/*/submit",
					"/classifications/*/takeback", "/classifications/*/sendback", "/classifications/*/publish",
					"/classifications/*/revert", "/concepts/*/*/withdraw", "/periods/*/withdraw",
					"/classifications/*/withdraw")
			.authenticated()
			.requestMatchers("/error")
			.permitAll()
			.anyRequest()
			.denyAll())
			.cors((cors) -> cors.configurationSource(readOnlyCors()))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfCookie())
				.ignoringRequestMatchers(SecurityConfiguration::publicSparql)
				.ignoringRequestMatchers("/glossary/builder"))
			// A refused request has no sign-in to come back to (the sign-in form carries
			// where to go next): a saved request would only start a session.
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.formLogin((form) -> form.loginPage(SignInPaths.SIGN_IN)
				.loginProcessingUrl(SignInPaths.SIGN_IN)
				.successHandler(SignInPaths::signedIn)
				.failureHandler(SignInPaths::failed)
				.permitAll())
			.logout((logout) -> logout.logoutUrl(SignInPaths.SIGN_OUT)
				.logoutSuccessUrl("/?signedOut")
				.deleteCookies(SESSION_COOKIE)
				.permitAll())
			// A session starts at sign-in only, and gets a new id then (fixation).
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
				.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new AccessDeniedPage(keptForms()))
				.authenticationEntryPoint(new ExpiredSessionEntryPoint(keptForms())))
			.headers((headers) -> headers
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(
						"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src "
								+ connect + "; frame-ancestors 'none'")));
		ClientRegistrationRepository registrations = oidcRegistrations.getIfAvailable();
		if (registrations != null) {
			oidcSignIn(http, registrations, oidcAccounts.getObject());
		}
		return http.build();
	}

	/**
	 * OpenID Connect sign-in (decision 0019), there only when a registration is
	 * configured ({@code spring.security.oauth2.client.registration.*}): it ends like the
	 * form, in the same session (a new id), with the same principal and authorities,
	 * which the account feature's user service gives. The tokens are kept in the session
	 * and die with it; a registration without the {@code openid} scope signs no one in.
	 */
	private static void oidcSignIn(HttpSecurity http, ClientRegistrationRepository registrations,
			OAuth2UserService<OidcUserRequest, OidcUser> accounts) throws Exception {
		http.oauth2Login((oidc) -> oidc.loginPage(SignInPaths.SIGN_IN)
			.clientRegistrationRepository(registrations)
			.authorizationEndpoint((authorization) -> authorization.baseUri(OidcSignInRequests.AUTHORIZATION)
				.authorizationRequestRepository(new OidcSignInRequests())
				.authorizationRequestResolver(OidcSignInRequests.resolver(registrations)))
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(accounts).userService((request) -> {
				throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_SCOPE, "Registration "
						+ request.getClientRegistration().getRegistrationId() + " does not ask for the openid scope",
						null));
			}))
			.successHandler(SignInPaths::oidcSignedIn)
			.failureHandler(SignInPaths::oidcFailed));
	}

	/**
	 * The session cookie is HttpOnly and SameSite=Lax (application.properties), and
	 * Secure when readers reach SIMIMO over https ({@code simimo.public-url}).
	 */
	@Bean
	ServletContextInitializer secureSessionCookie(@Value("${simimo.public-url:}") String publicUrl) {
		return (context) -> {
			context.getSessionCookieConfig().setHttpOnly(true);
			if (publicUrl.startsWith("https:")) {
				context.getSessionCookieConfig().setSecure(true);
			}
		};
	}

	/**
	 * Any origin may query the endpoint (GET, or POST with a query) and read the linked
	 * data: the resource paths of every IRI family, /catalogue among them, and /resource.
	 * No credentials, so a page on another origin never acts with a reader's cookies. A
	 * path not listed here, such as the glossary forms, gets no CORS headers at all.
	 */
	static CorsConfigurationSource readOnlyCors() {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		CorsConfiguration query = readFromAnyOrigin(List.of("GET", "HEAD", "POST", "OPTIONS"));
		// No origin may read the coordinators' endpoint: registered first, since the
		// first pattern that matches is the one used.
		source.registerCorsConfiguration("/sparql/all/**", new CorsConfiguration());
		source.registerCorsConfiguration("/sparql", query);
		source.registerCorsConfiguration("/sparql/**", query);
		CorsConfiguration linkedData = readFromAnyOrigin(List.of("GET", "HEAD", "OPTIONS"));
		LinkedDataPaths.families()
			.forEach((family) -> source.registerCorsConfiguration("/" + family + "/**", linkedData));
		source.registerCorsConfiguration("/resource", linkedData);
		return source;
	}

	private static CorsConfiguration readFromAnyOrigin(List<String> methods) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.addAllowedOrigin(CorsConfiguration.ALL);
		configuration.setAllowedMethods(methods);
		configuration.addAllowedHeader(CorsConfiguration.ALL);
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(java.time.Duration.ofHours(1));
		return configuration;
	}

	/**
	 * The forms' CSRF token in a cookie (double submit) rather than in the session, so
	 * that rendering a form starts no session: an anonymous read keeps no state on the
	 * server. HttpOnly, since only the forms carry the token back; SameSite=Lax, so
	 * another site's POST does not even carry it.
	 */
	private static CookieCsrfTokenRepository csrfCookie() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Lax"));
		return repository;
	}

	private static RequestMatcher keptForms() {
		return new OrRequestMatcher(java.util.Arrays.stream(KEPT_FORMS)
			.map((pattern) -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(HttpMethod.POST, pattern))
			.toList());
	}

	private static String origin(String url) {
		java.net.URI uri = java.net.URI.create(url);
		return uri.getScheme() + "://" + uri.getAuthority();
	}

}
