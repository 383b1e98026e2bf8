package ma.hcp.simimo.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.access.Viewer;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where sign-in and sign-out live, and where a sign-in goes next: to the page named by
 * the form's {@code next} field when it is a path of this site, else home; a failure back
 * to the form, saying only that it failed or that sign-in is throttled, never whether the
 * account exists. Nothing is kept in a session for it. An OpenID Connect sign-in ends the
 * same way, except that a failure names its kind (the provider's refusal, a request that
 * expired or was not started here, a disabled account), and a sign-in whose claims
 * granted less than they asked goes to the sign-in page, which says so.
 */
final class SignInPaths {

	static final String SIGN_IN = "/sign-in";

	/**
	 * Where a sign-in refused for its CSRF token is forwarded, to come back with its user
	 * name (account.SignInController).
	 */
	static final String SIGN_IN_REFUSED = "/sign-in/refused";

	static final String SIGN_OUT = "/sign-out";

	static final String NEXT = "next";

	/** The parameter of the sign-in page that names an OpenID Connect failure. */
	static final String OIDC_FAILED = "oidcFailed";

	/** The OAuth2 error of a disabled account (the account feature's). */
	private static final String ACCOUNT_DISABLED = "account_disabled";

	private static final Logger log = LoggerFactory.getLogger(SignInPaths.class);

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

	static void oidcSignedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		String next = next((String) request.getAttribute(OidcSignInRequests.NEXT_ATTRIBUTE));
		boolean notice = Viewer.principal(authentication).flatMap((principal) -> principal.signInNotice()).isPresent();
		if (notice) {
			response.sendRedirect(UriComponentsBuilder.fromPath(SIGN_IN)
				.queryParam("signedIn")
				.queryParam(NEXT, next)
				.encode()
				.build()
				.toUriString());
		}
		else {
			response.sendRedirect(next);
		}
	}

	static void oidcFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String code = (ex instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode() : "";
		String kind = switch (code) {
			case ACCOUNT_DISABLED -> "disabled";
			// No authorization request of this session has the callback's state: a
			// callback from another browser, a session that expired, or a forgery.
			case "authorization_request_not_found", "invalid_state_parameter" -> "expired";
			default -> "provider";
		};
		// The provider's code, not its description: both come from the callback's
		// query, and only the code is from a short list.
		log.info("OpenID Connect sign-in failed ({}): {}", kind,
				code.matches("[a-z_]{1,64}") ? code : OAuth2ErrorCodes.SERVER_ERROR);
		UriComponentsBuilder target = UriComponentsBuilder.fromPath(SIGN_IN).queryParam(OIDC_FAILED, kind);
		Object next = request.getAttribute(OidcSignInRequests.NEXT_ATTRIBUTE);
		if (next instanceof String path && isLocalPath(path) && !path.equals("/")) {
			target.queryParam(NEXT, path);
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
