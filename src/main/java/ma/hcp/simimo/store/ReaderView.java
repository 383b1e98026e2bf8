package ma.hcp.simimo.store;

/**
 * Which state of the content a reader sees. Today every reader sees the published
 * content; once drafts exist a reviewer's view differs, and whatever is cached for one
 * view is never served to another.
 *
 * @param name a stable name for the view, part of every cache key
 */
public record ReaderView(String name) {

	/** The content as published: what every reader sees today. */
	public static final ReaderView PUBLISHED = new ReaderView("published");

}
