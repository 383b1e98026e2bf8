package ma.hcp.simimo.store;

/**
 * A write refused because the public store is a remote endpoint
 * ({@code simimo.store.endpoint}) that this application only reads (decision 0027,
 * "Remote store"): nothing of the public content nor of its drafts is written here, since
 * publication needs the public store's transaction, patch log and text index in this
 * process, and a draft is checked against the public content's shapes. The error pages
 * answer it with the page that says so (409 for a write, the notice for a form).
 */
public class RemoteStoreException extends RuntimeException {

	/**
	 * @param what the refused write, for the log only: the reader is told the rule
	 */
	public RemoteStoreException(String what) {
		super(what + " refused: the public store is the remote endpoint of simimo.store.endpoint, read only here");
	}

}
