package ma.hcp.simimo.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.kernel.RefusedForm;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where a request that needs a signed-in viewer goes when it has none: to the sign-in
 * form, except an edit form ({@link SecurityConfiguration#KEPT_FORMS}) sent from a
 * session that has expired (its cookie names a session the server no longer has), which
 * is forwarded to its own controller to be shown again with what was typed
 * ({@link RefusedForm#EXPIRED}), writing nothing.
 */
final class ExpiredSessionEntryPoint implements AuthenticationEntryPoint {

	private final RequestMatcher keptForms;

	private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(SignInPaths.SIGN_IN);

	ExpiredSessionEntryPoint(RequestMatcher keptForms) {
		this.keptForms = keptForms;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		if (!response.isCommitted() && this.keptForms.matches(request) && request.getRequestedSessionId() != null
				&& !request.isRequestedSessionIdValid()) {
			request.setAttribute(RefusedForm.ATTRIBUTE, RefusedForm.EXPIRED);
			request.getRequestDispatcher(request.getRequestURI().substring(request.getContextPath().length()))
				.forward(request, response);
			return;
		}
		this.signIn.commence(request, response, ex);
	}

}
