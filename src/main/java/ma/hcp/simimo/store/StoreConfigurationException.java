package ma.hcp.simimo.store;

/**
 * The store cannot be built from its configuration: a missing or malformed assembler
 * file.
 */
public class StoreConfigurationException extends RuntimeException {

	public StoreConfigurationException(String message) {
		super(message);
	}

}
