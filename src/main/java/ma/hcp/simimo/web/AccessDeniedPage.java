package ma.hcp.simimo.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A request Spring Security refused to a signed-in viewer, or a form without a valid CSRF
 * token: the 403 page in the reader's language, which says which of the two it was.
 */
final class AccessDeniedPage implements AccessDeniedHandler {

	static final String PATH = "/access-denied";

	static final String CSRF = AccessDeniedPage.class.getName() + ".csrf";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		if (response.isCommitted()) {
			return;
		}
		request.setAttribute(CSRF, ex instanceof CsrfException);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		request.getRequestDispatcher(PATH).forward(request, response);
	}

}
