package ma.hcp.simimo.kernel;

/**
 * Why Spring Security refused a form that keeps its input (an edit form, whose typed text
 * must not be lost): the security layer forwards the refused POST to the form's own path
 * with this request attribute set, and the form's controller renders the form again with
 * the input and the reason, writing nothing.
 */
public final class RefusedForm {

	/** The request attribute, holding {@link #CSRF} or {@link #EXPIRED}. */
	public static final String ATTRIBUTE = RefusedForm.class.getName();

	/** The form's CSRF token was missing or wrong. */
	public static final String CSRF = "csrf";

	/** The form came from a session that has expired or was signed out. */
	public static final String EXPIRED = "expired";

	private RefusedForm() {
	}

}
