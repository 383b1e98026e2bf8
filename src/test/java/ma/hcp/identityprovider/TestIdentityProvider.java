package ma.hcp.identityprovider;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect identity provider for the tests: Spring Authorization Server as a
 * small Spring Boot application of its own, started in the test JVM on 127.0.0.1 and a
 * random port. It has one registered client (SIMIMO, consent not required), users who
 * sign in with its login form, and ID tokens that carry the claims a test gives each
 * user, read when the token is issued, so a test can change them between two sign-ins. It
 * lives outside {@code ma.hcp.simimo}, so that neither SIMIMO's component scan nor the
 * search for a test's {@code @SpringBootConfiguration} ever finds it.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class TestIdentityProvider {

	public static final String CLIENT_ID = "simimo";

	public static final String CLIENT_SECRET = "the client's secret";

	private static final String CLIENT = "simimo-client";

	private final Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();

	private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();

	private final InMemoryRegisteredClientRepository clients = new InMemoryRegisteredClientRepository(
			client(Set.of("http://localhost/login/oauth2/code/none")));

	private ConfigurableApplicationContext context;

	/** Starts one; {@link #close} stops it. */
	public static TestIdentityProvider start() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TestIdentityProvider.class).run(
				// Not SIMIMO's application.properties, which is on the same classpath.
				"--spring.config.name=test-identity-provider", "--server.address=127.0.0.1", "--server.port=0",
				"--spring.main.banner-mode=off", "--springdoc.api-docs.enabled=false",
				"--springdoc.swagger-ui.enabled=false");
		TestIdentityProvider provider = context.getBean(TestIdentityProvider.class);
		provider.context = context;
		return provider;
	}

	/** The issuer, {@code http://127.0.0.1:<port>}, as the discovery document says it. */
	public String issuer() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/**
	 * Adds a user who signs in with {@code password}, whose ID tokens carry
	 * {@code claims}.
	 */
	public void addUser(String name, String password, Map<String, Object> claims) {
		this.users.createUser(User.withUsername(name).password("{noop}" + password).roles("USER").build());
		claims(name, claims);
	}

	/** Replaces the claims of the user's next ID tokens. */
	public void claims(String name, Map<String, Object> claims) {
		this.claims.put(name, new HashMap<>(claims));
	}

	/**
	 * The client's redirect URIs from now on: SIMIMO's callbacks, once its port is known.
	 */
	public void redirectUris(Set<String> uris) {
		this.clients.save(client(uris));
	}

	/**
	 * Registers this provider in the application under test as {@code registration}
	 * (Spring Boot's client registration properties), with the provider's details read
	 * from its discovery document at the application's start.
	 */
	public void register(DynamicPropertyRegistry registry, String registration, String clientName, String scope) {
		String prefix = "spring.security.oauth2.client.registration." + registration;
		registry.add(prefix + ".provider", () -> "test-identity-provider");
		registry.add(prefix + ".client-id", () -> CLIENT_ID);
		registry.add(prefix + ".client-secret", () -> CLIENT_SECRET);
		registry.add(prefix + ".client-name", () -> clientName);
		registry.add(prefix + ".scope", () -> scope);
		registry.add("spring.security.oauth2.client.provider.test-identity-provider.issuer-uri", this::issuer);
	}

	public void close() {
		this.context.close();
	}

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		})
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			// The user info endpoint takes the access token SIMIMO got.
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	InMemoryUserDetailsManager users() {
		return this.users;
	}

	@Bean
	InMemoryRegisteredClientRepository clients() {
		return this.clients;
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}

	/**
	 * The claims a test gave the user, in the ID token only, as Keycloak's mappers can.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
		return (context) -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				Map<String, Object> given = this.claims.getOrDefault(context.getPrincipal().getName(), Map.of());
				context.getClaims().claims((all) -> all.putAll(given));
			}
		};
	}

	private static RegisteredClient client(Set<String> redirectUris) {
		return RegisteredClient.withId(CLIENT)
			.clientId(CLIENT_ID)
			.clientSecret("{noop}" + CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> uris.addAll(redirectUris))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build();
	}

}
