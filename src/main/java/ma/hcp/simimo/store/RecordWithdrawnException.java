package ma.hcp.simimo.store;

/**
 * The IRI asked for is a record withdrawn from publication (decision 0027): answered 410
 * Gone with its label and the date, never 404, since the IRI was published and may be
 * cited.
 */
public class RecordWithdrawnException extends RuntimeException {

	private final transient WithdrawnRecords.Withdrawal withdrawal;

	public RecordWithdrawnException(WithdrawnRecords.Withdrawal withdrawal) {
		super(withdrawal.record() + " was withdrawn on " + withdrawal.date(), null, false, false);
		this.withdrawal = withdrawal;
	}

	public WithdrawnRecords.Withdrawal withdrawal() {
		return this.withdrawal;
	}

}
