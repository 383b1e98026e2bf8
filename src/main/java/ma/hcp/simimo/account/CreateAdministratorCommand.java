package ma.hcp.simimo.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.store.PrivateStore;
import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.StoreProperties;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The one-off command {@code java -jar simimo.jar
 * --simimo.accounts.create-administrator=<name>}: reads the password from the console
 * (or, without one, a line of standard input), creates an administrator account in the
 * private store, or makes the existing account of that name an enabled administrator with
 * that password, and exits. Run it while the application is stopped: the private store is
 * opened by one process at a time.
 */
public final class CreateAdministratorCommand {

	public static final String OPTION = "--simimo.accounts.create-administrator=";

	private CreateAdministratorCommand() {
	}

	public static Optional<String> requested(String... args) {
		return Arrays.stream(args)
			.filter((arg) -> arg.startsWith(OPTION))
			.map((arg) -> arg.substring(OPTION.length()))
			.findFirst();
	}

	/**
	 * Runs the command; returns the process exit status (0 when the account is ready).
	 */
	public static int run(String[] args, InputStream in, PrintStream out) {
		String userName = requested(args).orElseThrow().strip();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args);
				PrivateStore store = PrivateStore.open(context.getBean(StoreProperties.class).directoryPath(),
						new QueryRegistry())) {
			AccountRepository.checkUserName(userName);
			String password = readPassword(in, out, userName);
			AccountRepository.checkPassword(password);
			AccountRepository accounts = new AccountRepository(store,
					PasswordEncoderFactories.createDelegatingPasswordEncoder());
			Optional<Account> existing = accounts.byUserName(userName);
			if (existing.isPresent()) {
				Account account = existing.get();
				java.util.Set<Role> roles = new java.util.HashSet<>(account.roles());
				roles.add(Role.ADMINISTRATOR);
				accounts.setRoles(account.iri(), roles, account.producers());
				accounts.setPassword(account.iri(), password);
				accounts.setEnabled(account.iri(), true);
				out.println("Account " + userName + " is now an enabled administrator, with the new password.");
			}
			else {
				accounts.create(userName, "", password, Set.of(Role.ADMINISTRATOR), Set.of());
				out.println("Administrator " + userName + " created.");
			}
			return 0;
		}
		catch (BadRequestException ex) {
			out.println("Administrator not created: " + describe(ex));
			return 2;
		}
		catch (RuntimeException | IOException ex) {
			out.println("Administrator not created: " + ex.getMessage());
			return 1;
		}
	}

	private static String readPassword(InputStream in, PrintStream out, String userName) throws IOException {
		Console console = System.console();
		if (console != null && in == System.in) {
			char[] first = console.readPassword("Password for %s (at least %d characters): ", userName,
					AccountRepository.MIN_PASSWORD);
			char[] second = console.readPassword("Same password again: ");
			if (first == null || second == null || !Arrays.equals(first, second)) {
				throw new IllegalArgumentException("the two passwords differ");
			}
			return new String(first);
		}
		out.println("Password for " + userName + " (one line of standard input):");
		String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
		if (line == null) {
			throw new IllegalArgumentException("no password on standard input");
		}
		return line;
	}

	private static String describe(BadRequestException ex) {
		return switch (ex.messageKey()) {
			case "account.error.passwordShort" ->
				"the password is shorter than " + AccountRepository.MIN_PASSWORD + " characters";
			case "account.error.passwordLong" ->
				"the password is longer than " + AccountRepository.MAX_PASSWORD + " characters";
			case "account.error.userName" -> "the user name may have 1 to 64 letters, digits, dots, hyphens or @";
			default -> ex.messageKey();
		};
	}

	/** Only the store settings: no component scan, no auto-configuration. */
	@EnableConfigurationProperties(StoreProperties.class)
	static class Settings {

	}

}
