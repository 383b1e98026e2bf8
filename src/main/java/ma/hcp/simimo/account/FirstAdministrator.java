package ma.hcp.simimo.account;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.access.AdministratorPresent;
import ma.hcp.simimo.access.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from
 * {@code simimo.accounts.first-administrator.username} and {@code .password} while no
 * enabled administrator exists, and never otherwise; there is no default password, and a
 * short one stops the start. Then announces the oldest administrator
 * ({@link AdministratorPresent}).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final String userName;

	private final String password;

	FirstAdministrator(AccountRepository accounts, ApplicationEventPublisher events,
			@Value("${simimo.accounts.first-administrator.username:}") String userName,
			@Value("${simimo.accounts.first-administrator.password:}") String password) {
		this.accounts = accounts;
		this.events = events;
		this.userName = userName.strip();
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensure();
		List<String> administrators = this.accounts.administrators();
		if (!administrators.isEmpty()) {
			this.events.publishEvent(new AdministratorPresent(administrators.get(0)));
		}
	}

	void ensure() {
		if (this.userName.isEmpty()) {
			if (this.accounts.administrators().isEmpty()) {
				log.warn("No administrator: set simimo.accounts.first-administrator.username and .password, "
						+ "or run the command --simimo.accounts.create-administrator=<name> (docs/deployment.md)");
			}
			return;
		}
		if (!this.accounts.administrators().isEmpty()) {
			log.info("simimo.accounts.first-administrator ignored: an administrator exists");
			return;
		}
		if (this.password.isEmpty()) {
			throw new IllegalStateException("simimo.accounts.first-administrator.username is set but not .password: "
					+ "there is no default password");
		}
		if (this.password.length() < AccountRepository.MIN_PASSWORD) {
			throw new IllegalStateException("simimo.accounts.first-administrator.password is shorter than "
					+ AccountRepository.MIN_PASSWORD + " characters");
		}
		if (this.accounts.byUserName(this.userName).isPresent()) {
			throw new IllegalStateException("simimo.accounts.first-administrator.username names the existing account "
					+ this.userName + ", which is not an enabled administrator: choose another name, or run "
					+ "--simimo.accounts.create-administrator");
		}
		this.accounts.create(this.userName, "", this.password, Set.of(Role.ADMINISTRATOR), Set.of());
		log.info("First administrator {} created", this.userName);
	}

}
