package ma.hcp.simimo.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.kernel.RefusedForm;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request Spring Security refused to a signed-in viewer, or a form without a valid CSRF
 * token: the 403 page in the reader's language, which says which of the two it was. An
 * edit form ({@link SecurityConfiguration#KEPT_FORMS}) without a valid token is instead
 * forwarded to its own controller, which shows it again with what was typed
 * ({@link RefusedForm#CSRF}) and writes nothing.
 */
final class AccessDeniedPage implements AccessDeniedHandler {

	private final RequestMatcher keptForms;

	AccessDeniedPage(RequestMatcher keptForms) {
		this.keptForms = keptForms;
	}

	static final String PATH = "/access-denied";

	static final String CSRF = AccessDeniedPage.class.getName() + ".csrf";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		if (response.isCommitted()) {
			return;
		}
		boolean csrf = ex instanceof CsrfException;
		if (csrf && "POST".equals(request.getMethod())
				&& SignInPaths.SIGN_IN.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			// The sign-in form comes back with its user name, never its password
			// (decision 0025). A form from a session the server no longer has (timed
			// out after the page was shown) is told so, rather than of a bad form.
			boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
			request.setAttribute(RefusedForm.ATTRIBUTE, expired ? RefusedForm.EXPIRED : RefusedForm.CSRF);
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			request.getRequestDispatcher(SignInPaths.SIGN_IN_REFUSED).forward(request, response);
			return;
		}
		if (csrf && this.keptForms.matches(request)) {
			request.setAttribute(RefusedForm.ATTRIBUTE, RefusedForm.CSRF);
			// Refused whatever the form's controller then renders.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			request.getRequestDispatcher(request.getRequestURI().substring(request.getContextPath().length()))
				.forward(request, response);
			return;
		}
		request.setAttribute(CSRF, csrf);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		request.getRequestDispatcher(PATH).forward(request, response);
	}

}
