package ma.hcp.simimo.account;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.access.AdministratorPresent;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.store.PrivateStore;
import ma.hcp.simimo.store.QueryRegistry;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first administrator, on a real private store: from the properties only while no
 * administrator exists, never with a missing or short password; and from the one-off
 * command, reading the password from standard input.
 */
class FirstAdministratorTests {

	private static final String PASSWORD = "twelve or more characters";

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void thePropertiesCreateTheFirstAdministratorOnlyWhileThereIsNone() {
		try (PrivateStore store = PrivateStore.open(TestStoreDirectories.fresh("first-admin"), new QueryRegistry())) {
			AccountRepository accounts = new AccountRepository(store, this.encoder);
			List<Object> events = new ArrayList<>();
			new FirstAdministrator(accounts, events::add, "root", PASSWORD).run(new DefaultApplicationArguments());
			new FirstAdministrator(accounts, events::add, "second", "another long password")
				.run(new DefaultApplicationArguments());

			Account root = accounts.byUserName("root").orElseThrow();
			assertThat(root.roles()).contains(Role.ADMINISTRATOR);
			assertThat(this.encoder.matches(PASSWORD, root.passwordHash().orElseThrow())).isTrue();
			assertThat(accounts.byUserName("second")).isEmpty();
			assertThat(events).containsExactly(new AdministratorPresent(root.iri()),
					new AdministratorPresent(root.iri()));
		}
	}

	@Test
	void refusesToStartWithAMissingOrShortPassword() {
		try (PrivateStore store = PrivateStore.open(TestStoreDirectories.fresh("first-admin"), new QueryRegistry())) {
			AccountRepository accounts = new AccountRepository(store, this.encoder);
			assertThatIllegalStateException().isThrownBy(() -> new FirstAdministrator(accounts, (event) -> {
			}, "root", "").ensure()).withMessageContaining("no default password");
			assertThatIllegalStateException().isThrownBy(() -> new FirstAdministrator(accounts, (event) -> {
			}, "root", "short pass").ensure()).withMessageContaining("shorter than 12");
			assertThat(accounts.accounts()).isEmpty();
		}
	}

	@Test
	void theCommandReadsThePasswordFromStandardInputCreatesTheAdministratorAndExits() {
		Path directory = TestStoreDirectories.fresh("create-admin");
		String[] args = { CreateAdministratorCommand.OPTION + "operator", "--simimo.store.directory=" + directory };

		assertThat(run(args, "short\n")).isEqualTo(2);
		assertThat(run(args, PASSWORD + "\n")).isZero();

		try (PrivateStore store = PrivateStore.open(directory, new QueryRegistry())) {
			Account operator = new AccountRepository(store, this.encoder).byUserName("operator").orElseThrow();
			assertThat(operator.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.ADMINISTRATOR);
			assertThat(this.encoder.matches(PASSWORD, operator.passwordHash().orElseThrow())).isTrue();
		}
	}

	@Test
	void theCommandMakesAnExistingAccountAnAdministratorWithTheNewPassword() {
		Path directory = TestStoreDirectories.fresh("create-admin");
		try (PrivateStore store = PrivateStore.open(directory, new QueryRegistry())) {
			new AccountRepository(store, this.encoder).create("locked-out", "", "an old long password", Set.of(),
					Set.of());
		}
		String[] args = { CreateAdministratorCommand.OPTION + "locked-out", "--simimo.store.directory=" + directory };

		assertThat(run(args, PASSWORD + "\n")).isZero();

		try (PrivateStore store = PrivateStore.open(directory, new QueryRegistry())) {
			Account account = new AccountRepository(store, this.encoder).byUserName("locked-out").orElseThrow();
			assertThat(account.roles()).contains(Role.ADMINISTRATOR);
			assertThat(this.encoder.matches(PASSWORD, account.passwordHash().orElseThrow())).isTrue();
		}
	}

	private static int run(String[] args, String input) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		return CreateAdministratorCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8));
	}

}
