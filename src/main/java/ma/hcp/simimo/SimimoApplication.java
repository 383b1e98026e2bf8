package ma.hcp.simimo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts SIMIMO; every {@code @ConfigurationProperties} record of the application is
 * bound by the scan.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SimimoApplication {

	public static void main(String[] args) {
		SpringApplication.run(SimimoApplication.class, args);
	}

}
