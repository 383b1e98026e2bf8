package ma.hcp.simimo.store;

/**
 * A write would leave the content in breach of the SHACL shapes. The message names, for
 * each violation, the file, the focus node, the path and the shape's message. The write's
 * transaction was aborted, so the store is as it was.
 */
public class ContentValidationException extends ContentLoadException {

	public ContentValidationException(String message) {
		super(message, null);
	}

}
