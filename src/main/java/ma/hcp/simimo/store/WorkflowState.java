package ma.hcp.simimo.store;

import java.util.Arrays;

/**
 * The workflow states of a record (decision 0027), the concepts of SIMIMO's code list
 * {@value #SCHEME} (vocabularies/code-lists.ttl). A draft's entry holds DRAFT or
 * SUBMITTED ({@code simimo:workflowState}); PUBLISHED and WITHDRAWN are facts of the
 * public store, named only by the change log's {@code simimo:fromState} and
 * {@code simimo:toState}.
 */
public enum WorkflowState {

	DRAFT("draft"), SUBMITTED("submitted"), PUBLISHED("published"), WITHDRAWN("withdrawn"),

	/** Out of the public store, seen by its producer and coordinators only. */
	RESTRICTED("restricted");

	/** The code list's concept scheme. */
	public static final String SCHEME = "https://w3id.org/simimo/concepts/workflow-states/";

	private final String code;

	WorkflowState(String code) {
		this.code = code;
	}

	/** The state's concept IRI. */
	public String iri() {
		return SCHEME + this.code;
	}

	/** The state's code, its IRI's last segment: {@code submitted}. */
	public String code() {
		return this.code;
	}

	/** The state a concept IRI names. */
	public static WorkflowState of(String iri) {
		return Arrays.stream(values())
			.filter((state) -> state.iri().equals(iri))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a workflow state: " + iri));
	}

}
