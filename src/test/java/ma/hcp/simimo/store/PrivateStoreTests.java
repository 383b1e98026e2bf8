package ma.hcp.simimo.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.TestStoreDirectories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The private store: a TDB2 database of its own under {@code <store>/private}, written
 * one transaction at a time and refused when a write breaks its shapes.
 */
class PrivateStoreTests {

	private static final String ACCOUNT = "urn:simimo:account:0b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c";

	private final QueryRegistry queries = new QueryRegistry();

	@Test
	void livesInItsOwnTdb2DirectoryAndKeepsWhatIsWrittenAcrossAReopen() {
		Path directory = TestStoreDirectories.fresh("private");
		try (PrivateStore store = PrivateStore.open(directory, this.queries)) {
			create(store, account("alice"));
			assertThat(store.directory()).isEqualTo(directory.toAbsolutePath().normalize().resolve("private"));
		}
		assertThat(Files.isDirectory(directory.resolve("private"))).isTrue();
		assertThat(Files.exists(directory.resolve("tdb2"))).isFalse();
		try (PrivateStore store = PrivateStore.open(directory, this.queries)) {
			assertThat(userNames(store)).containsExactly("alice");
		}
	}

	@Test
	void refusesAWriteThatBreaksTheShapesAndKeepsNothingOfIt() {
		try (PrivateStore store = PrivateStore.open(TestStoreDirectories.fresh("private"), this.queries)) {
			// An account with no role breaks ps:Account (at least one role).
			assertThatExceptionOfType(ContentValidationException.class)
				.isThrownBy(
						() -> store.write("no role", (write) -> write.update("account/createAccount", account("bob"))))
				.withMessageContaining("role");
		}
	}

	@Test
	void refusesATakenUserName() {
		try (PrivateStore store = PrivateStore.open(TestStoreDirectories.fresh("private"), this.queries)) {
			create(store, account("carol"));
			QuerySolutionMap second = account("carol");
			second.add("account",
					ResourceFactory.createResource("urn:simimo:account:1b5a1c3e-2f4d-4e6a-8b7c-9d0e1f2a3b4c"));
			assertThatExceptionOfType(ContentValidationException.class).isThrownBy(() -> create(store, second))
				.withMessageContaining("already taken");
			assertThat(userNames(store)).containsExactly("carol");
		}
	}

	private static void create(PrivateStore store, QuerySolutionMap account) {
		QuerySolutionMap role = new QuerySolutionMap();
		role.add("account", account.get("account"));
		role.add("role", ResourceFactory.createPlainLiteral("MEMBER"));
		store.write("test account", (write) -> {
			write.update("account/createAccount", account);
			write.update("account/addRole", role);
		});
	}

	private static QuerySolutionMap account(String userName) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("account", ResourceFactory.createResource(ACCOUNT));
		bindings.add("userName", ResourceFactory.createPlainLiteral(userName));
		return bindings;
	}

	private static java.util.List<String> userNames(PrivateStore store) {
		return store.reader()
			.select("account/accounts", new QuerySolutionMap(), (row) -> row.getLiteral("userName").getLexicalForm());
	}

}
