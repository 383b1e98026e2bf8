package ma.hcp.simimo.access;

/**
 * How far a role's permission for an action reaches (decision 0019), after RMéS's ALL and
 * STAMP scopes.
 */
public enum Scope {

	/** Every target. */
	ANY,

	/** Targets owned by one of the viewer's producers. */
	OWN_PRODUCER,

	/** What the viewer authored. */
	OWN_WORK

}
