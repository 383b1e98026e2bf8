package ma.hcp.simimo.store;

/**
 * A save of a draft from a revision that is no longer the current one (decision 0027,
 * concurrent edits): someone saved the draft, or discarded it, after the editor loaded
 * the form. Nothing was written; the edit forms answer 409 with what was typed and the
 * diff against the current draft.
 */
public class StaleRevisionException extends RuntimeException {

	private final String record;

	private final int loaded;

	public StaleRevisionException(String record, int loaded) {
		super("The draft of " + record + " is no longer at revision " + loaded);
		this.record = record;
		this.loaded = loaded;
	}

	/** The record whose draft changed. */
	public String record() {
		return this.record;
	}

	/** The revision the editor loaded (0: no draft). */
	public int loaded() {
		return this.loaded;
	}

}
