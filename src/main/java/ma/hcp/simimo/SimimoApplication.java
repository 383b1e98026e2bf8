package ma.hcp.simimo;

import ma.hcp.simimo.account.CreateAdministratorCommand;
import ma.hcp.simimo.store.StoreCompactionCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts SIMIMO; every {@code @ConfigurationProperties} record of the application is
 * bound by the scan. With {@code --simimo.store.compact} it compacts the store instead,
 * and exits; with {@code --simimo.accounts.create-administrator=<name>} it creates an
 * administrator, reading the password from the console, and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SimimoApplication {

	public static void main(String[] args) {
		if (CreateAdministratorCommand.requested(args).isPresent()) {
			System.exit(CreateAdministratorCommand.run(args, System.in, System.out));
		}
		if (StoreCompactionCommand.requested(args)) {
			System.exit(StoreCompactionCommand.run(args));
		}
		SpringApplication.run(SimimoApplication.class, args);
	}

}
