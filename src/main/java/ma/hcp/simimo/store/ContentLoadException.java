package ma.hcp.simimo.store;

/**
 * A content file cannot be loaded: it does not parse, or cannot be read. The message
 * names the file and, for a syntax error, the line and column. Nothing has been written
 * when this is thrown.
 */
public class ContentLoadException extends RuntimeException {

	public ContentLoadException(String message, Throwable cause) {
		super(message, cause);
	}

}
