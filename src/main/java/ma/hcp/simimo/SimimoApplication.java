package ma.hcp.simimo;

import ma.hcp.simimo.store.StoreCompactionCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts SIMIMO; every {@code @ConfigurationProperties} record of the application is
 * bound by the scan. With {@code --simimo.store.compact} it compacts the store instead,
 * and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SimimoApplication {

	public static void main(String[] args) {
		if (StoreCompactionCommand.requested(args)) {
			System.exit(StoreCompactionCommand.run(args));
		}
		SpringApplication.run(SimimoApplication.class, args);
	}

}
