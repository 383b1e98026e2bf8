package ma.hcp.simimo.kernel;

/**
 * A request that cannot be answered as asked: an unknown format, a malformed IRI. The
 * message key and arguments name the problem in the reader's language on the 400 page.
 */
public class BadRequestException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public BadRequestException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
