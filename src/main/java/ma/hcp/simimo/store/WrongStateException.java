package ma.hcp.simimo.store;

/**
 * A workflow transition asked of a draft that is not in the state it starts from
 * (decision 0027): submitting a draft already submitted, taking back or sending back one
 * that is not. Nothing was written; the pages answer 409 with the draft's state.
 */
public class WrongStateException extends RuntimeException {

	private final WorkflowState current;

	public WrongStateException(String record, WorkflowState current) {
		super("The draft of " + record + " is " + current.code());
		this.current = current;
	}

	/** The state the draft is in. */
	public WorkflowState current() {
		return this.current;
	}

}
