package ma.hcp.simimo.access;

/**
 * A viewer asked for an action the permission matrix does not give them. A reader who is
 * not signed in is sent to sign in; a signed-in one gets a 403 page naming the action.
 */
public class AccessRefusedException extends RuntimeException {

	private final transient Viewer viewer;

	private final Action action;

	public AccessRefusedException(Viewer viewer, Action action) {
		super("Not allowed: " + action);
		this.viewer = viewer;
		this.action = action;
	}

	public Viewer viewer() {
		return this.viewer;
	}

	public Action action() {
		return this.action;
	}

}
