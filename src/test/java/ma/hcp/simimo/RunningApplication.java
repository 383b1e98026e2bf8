package ma.hcp.simimo;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that talk to the whole application over real HTTP: a random port, and
 * a fresh store directory under target/ for each application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningApplication {

	protected static final String PUBLIC_URL = "https://simimo.test";

	/** The first administrator every running application is started with. */
	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "first administrator's password";

	@LocalServerPort
	protected int port;

	protected HttpTestClient http;

	@DynamicPropertySource
	static void freshStore(DynamicPropertyRegistry registry) {
		String directory = TestStoreDirectories.fresh("app").toString();
		registry.add("simimo.store.directory", () -> directory);
		// A public address other than the test's own, so that a test can tell an address
		// built from it from one built from the request.
		registry.add("simimo.public-url", () -> PUBLIC_URL);
		registry.add("simimo.accounts.first-administrator.username", () -> ADMIN);
		registry.add("simimo.accounts.first-administrator.password", () -> ADMIN_PASSWORD);
	}

	@BeforeEach
	void client() {
		this.http = new HttpTestClient(this.port);
	}

}
