package ma.hcp.simimo.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.store.ContentValidationException;
import ma.hcp.simimo.store.PrivateStore;
import ma.hcp.simimo.store.QueryRegistry;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Accounts in a real private store: created with a bcrypt hash, read back by user name
 * and IRI, their roles and producers replaced, disabled, and mapped to authorities and to
 * the permission matrix's viewer.
 */
class AccountRepositoryTests {

	private static final String ANAPEC = "https://w3id.org/simimo/organizations/anapec";

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private PrivateStore store;

	private AccountRepository accounts;

	@BeforeEach
	void open() {
		this.store = PrivateStore.open(TestStoreDirectories.fresh("accounts"), new QueryRegistry());
		this.accounts = new AccountRepository(this.store, this.encoder);
	}

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void createsAnAccountWithABcryptHashAndReadsItBackByUserNameAndIri() {
		Account created = this.accounts.create("amina", "Amina B.", "correct horse battery", Set.of(), Set.of());

		assertThat(created.iri()).matches("urn:simimo:account:[0-9a-f-]{36}");
		assertThat(created.passwordHash()).hasValueSatisfying((hash) -> {
			assertThat(hash).startsWith("{bcrypt}");
			assertThat(this.encoder.matches("correct horse battery", hash)).isTrue();
		});
		assertThat(created.roles()).containsExactly(Role.MEMBER);
		assertThat(created.enabled()).isTrue();
		assertThat(this.accounts.byUserName("amina")).contains(created);
		assertThat(this.accounts.byIri(created.iri())).contains(created);
		assertThat(this.accounts.byUserName("nobody")).isEmpty();
	}

	@Test
	void refusesShortPasswordsTakenAndMalformedUserNames() {
		this.accounts.create("omar", "", "twelve chars", Set.of(), Set.of());

		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.accounts.create("other", "", "eleven char", Set.of(), Set.of()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("account.error.passwordShort"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.accounts.create("omar", "", "long enough password", Set.of(), Set.of()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("account.error.userNameTaken"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.accounts.create("with space", "", "long enough password", Set.of(), Set.of()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("account.error.userName"));
		assertThat(this.accounts.accounts()).extracting(Account::userName).containsExactly("omar");
	}

	@Test
	void replacesRolesAndProducersAndMapsThemToAuthoritiesAndTheViewer() {
		Account account = this.accounts.create("focal", "", "long enough password", Set.of(Role.COORDINATOR), Set.of());
		this.accounts.setRoles(account.iri(), Set.of(Role.CONTRIBUTOR), Set.of(ANAPEC));

		Account changed = this.accounts.byIri(account.iri()).orElseThrow();
		assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.CONTRIBUTOR);
		assertThat(changed.producers()).containsExactly(ANAPEC);

		UserDetails user = new AccountUserDetailsService(this.accounts).loadUserByUsername("focal");
		assertThat(user.getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_MEMBER", "ROLE_CONTRIBUTOR", "PRODUCER_" + ANAPEC);
		Viewer viewer = Viewer.of(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()),
				Optional.of(((AccountUser) user).accountIri()));
		assertThat(viewer).isEqualTo(changed.viewer());
	}

	@Test
	void aDisabledAccountIsReadAsDisabledAndAResetPasswordReplacesTheHash() {
		Account account = this.accounts.create("leila", "", "first password!", Set.of(), Set.of());
		this.accounts.setEnabled(account.iri(), false);
		this.accounts.setPassword(account.iri(), "second password!");

		Account changed = this.accounts.byIri(account.iri()).orElseThrow();
		assertThat(changed.enabled()).isFalse();
		assertThat(this.encoder.matches("second password!", changed.passwordHash().orElseThrow())).isTrue();
		assertThat(new AccountUserDetailsService(this.accounts).loadUserByUsername("leila").isEnabled()).isFalse();
		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> new AccountUserDetailsService(this.accounts).loadUserByUsername("ghost"));
	}

	@Test
	void findsAnAccountOfAnIdentityProviderByIssuerAndSubjectAndReplacesItsRoles() {
		OidcIdentity identity = new OidcIdentity("https://id.example.ma/realms/hcp", "f3c1-subject");
		Account created = this.accounts.create("focal", "Focal Point", identity, Set.of(Role.CONTRIBUTOR),
				Set.of(ANAPEC));

		assertThat(created.passwordHash()).isEmpty();
		assertThat(created.identity()).hasValue(identity);
		assertThat(created.rolesFromIdentityProvider()).isTrue();
		assertThat(this.accounts.byIdentity(identity)).hasValue(created);
		assertThat(this.accounts.byIdentity(new OidcIdentity("https://other.example.ma", "f3c1-subject"))).isEmpty();

		this.accounts.setFromIdentityProvider(created.iri(), "Focal Point (HCP)", Set.of(Role.COORDINATOR), Set.of());

		Account changed = this.accounts.byIri(created.iri()).orElseThrow();
		assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.COORDINATOR);
		assertThat(changed.producers()).isEmpty();
		assertThat(changed.name()).isEqualTo("Focal Point (HCP)");
		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> new AccountUserDetailsService(this.accounts).loadUserByUsername("focal"));
	}

	@Test
	void theShapesRefuseASecondAccountOfOneIdentityAndAPasswordOnSuchAnAccount() {
		OidcIdentity identity = new OidcIdentity("https://id.example.ma/realms/hcp", "same-subject");
		Account first = this.accounts.create("first", "", identity, Set.of(), Set.of());

		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> this.accounts.create("second", "", identity, Set.of(), Set.of()))
			.withMessageContaining("Another account has this issuer and subject");
		assertThat(this.accounts.byUserName("second")).isEmpty();
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> this.accounts.setPassword(first.iri(), "a password set by hand"))
			.withMessageContaining("has no password");
		assertThat(this.accounts.byIri(first.iri()).orElseThrow().passwordHash()).isEmpty();
	}

	@Test
	void givesAFreeWellFormedUserNameOrTheFallback() {
		this.accounts.create("amina", "", "correct horse battery", Set.of(), Set.of());

		assertThat(this.accounts.freeUserName(List.of("amina", "not valid!", "amina.b"), "oidc-x"))
			.isEqualTo("amina.b");
		assertThat(this.accounts.freeUserName(List.of("amina"), "oidc-x")).isEqualTo("oidc-x");
	}

}
