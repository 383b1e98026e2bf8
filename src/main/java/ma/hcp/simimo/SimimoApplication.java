package ma.hcp.simimo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SimimoApplication {

	public static void main(String[] args) {
		SpringApplication.run(SimimoApplication.class, args);
	}

}
