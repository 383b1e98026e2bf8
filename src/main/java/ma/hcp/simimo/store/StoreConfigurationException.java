package ma.hcp.simimo.store;

/**
 * The store cannot be built from its configuration: a missing or malformed assembler
 * file, or an index another process holds open.
 */
public class StoreConfigurationException extends RuntimeException {

	public StoreConfigurationException(String message) {
		super(message);
	}

	public StoreConfigurationException(String message, Throwable cause) {
		super(message, cause);
	}

}
