package ma.hcp.simimo.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where sign-in and sign-out live, and where a sign-in goes next: to the page named by
 * the form's {@code next} field when it is a path of this site, else home; a failure back
 * to the form, saying only that it failed or that sign-in is throttled, never whether the
 * account exists. Nothing is kept in a session for it.
 */
final class SignInPaths {

	static final String SIGN_IN = "/sign-in";

	static final String SIGN_OUT = "/sign-out";

	static final String NEXT = "next";

	private SignInPaths() {
	}

	static void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		response.sendRedirect(next(request.getParameter(NEXT)));
	}

	static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		UriComponentsBuilder target = UriComponentsBuilder.fromPath(SIGN_IN)
			.queryParam((ex instanceof LockedException) ? "throttled" : "error");
		String next = request.getParameter(NEXT);
		if (next != null && isLocalPath(next)) {
			target.queryParam(NEXT, next);
		}
		response.sendRedirect(target.encode().build().toUriString());
	}

	/** {@code next} when it is a path of this site, else {@code /}. */
	static String next(String next) {
		return (next != null && isLocalPath(next)) ? next : "/";
	}

	private static boolean isLocalPath(String path) {
		return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && path.length() <= 2000
				&& path.chars().noneMatch((c) -> c < 0x20);
	}

}
