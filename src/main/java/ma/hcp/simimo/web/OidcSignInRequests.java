package ma.hcp.simimo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The authorization requests of OpenID Connect sign-in. A request is kept in the session,
 * which therefore starts when the reader clicks a provider's button and not before
 * (decision 0012); it carries the sign-in form's {@code next} page, which the callback
 * hands to the success handler as a request attribute. A button of a registration that
 * does not exist is a page that does not exist (404), not Spring's 500.
 */
final class OidcSignInRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	/** Where the authorization requests start: {@code /oauth2/authorization/<id>}. */
	static final String AUTHORIZATION = "/oauth2/authorization";

	/** The request attribute of the next page, set on the callback. */
	static final String NEXT_ATTRIBUTE = OidcSignInRequests.class.getName() + ".next";

	private final HttpSessionOAuth2AuthorizationRequestRepository sessions = new HttpSessionOAuth2AuthorizationRequestRepository();

	@Override
	public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
		return this.sessions.loadAuthorizationRequest(request);
	}

	@Override
	public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorization, HttpServletRequest request,
			HttpServletResponse response) {
		String next = request.getParameter(SignInPaths.NEXT);
		OAuth2AuthorizationRequest kept = (authorization == null || next == null) ? authorization
				: OAuth2AuthorizationRequest.from(authorization)
					.attributes((attributes) -> attributes.put(SignInPaths.NEXT, SignInPaths.next(next)))
					.build();
		this.sessions.saveAuthorizationRequest(kept, request, response);
	}

	@Override
	public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
			HttpServletResponse response) {
		OAuth2AuthorizationRequest removed = this.sessions.removeAuthorizationRequest(request, response);
		if (removed != null && removed.getAttribute(SignInPaths.NEXT) instanceof String next) {
			request.setAttribute(NEXT_ATTRIBUTE, next);
		}
		return removed;
	}

	/** Spring's resolver, answering nothing (so a 404) for an unknown registration. */
	static OAuth2AuthorizationRequestResolver resolver(ClientRegistrationRepository registrations) {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, AUTHORIZATION);
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				try {
					return resolver.resolve(request);
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
				try {
					return resolver.resolve(request, registrationId);
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}

		};
	}

}
