package ma.hcp.simimo;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that talk to the whole application over real HTTP: a random port, and
 * a fresh store directory under target/ for each application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Every test of the shared application saves from 127.0.0.1, signed in: the hourly rates
// are
// raised so that they do not refuse each other's saves.
// GlossarySaveLimitsIntegrationTests sets
// its own, which take precedence over these.
@TestPropertySource(
		properties = { "simimo.glossary.save.per-client-per-hour=1000", "simimo.glossary.save.overall-per-hour=1000" })
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
