package ma.hcp.simimo.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.RefusedForm;
import ma.hcp.simimo.kernel.ResourceNotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page ({@code GET /sign-in}); Spring Security handles the form's POST and
 * the OpenID Connect flow. It starts no session: the form's CSRF token is in a cookie,
 * and a provider's button is a link whose click starts one. It names the failure of an
 * OpenID Connect sign-in, and, once signed in, what the claims did not grant.
 */
@Controller
class SignInController {

	/** The kinds of OpenID Connect failure the page explains (web.SignInPaths). */
	private static final Set<String> OIDC_FAILURES = Set.of("provider", "expired", "disabled");

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	SignInController(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
			@RequestParam(required = false) String needed, @RequestParam(required = false) String next,
			@RequestParam(required = false) String oidcFailed, @RequestParam(required = false) String signedIn,
			Model model, CsrfToken csrf) {
		if (csrf != null) {
			csrf.getToken();
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("throttled", throttled != null);
		model.addAttribute("throttleMinutes", SignInThrottle.REFUSAL.toMinutes());
		model.addAttribute("needed", needed != null);
		model.addAttribute("next", (next != null && next.startsWith("/") && !next.startsWith("//")) ? next : null);
		model.addAttribute("providers", providers());
		model.addAttribute("oidcFailed",
				(oidcFailed != null && OIDC_FAILURES.contains(oidcFailed)) ? oidcFailed : null);
		model.addAttribute("notice",
				(signedIn == null) ? null
						: Viewer.principal(SecurityContextHolder.getContext().getAuthentication())
							.flatMap((principal) -> principal.signInNotice())
							.orElse(null));
		return "account/signIn";
	}

	/**
	 * The sign-in form again after Spring Security refused it for its CSRF token (an
	 * expired session, a page left open): forwarded here by web.AccessDeniedPage, with
	 * the user name typed and never the password (decision 0025), saying that the session
	 * expired when the form came from one the server no longer has. Asked directly, it is
	 * not found.
	 */
	@PostMapping("/sign-in/refused")
	String refused(@RequestParam(name = "username", required = false) String userName,
			@RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
			Model model, CsrfToken csrf) {
		if (request.getAttribute(RefusedForm.ATTRIBUTE) == null) {
			throw new ResourceNotFoundException("/sign-in/refused");
		}
		String view = signIn(null, null, null, next, null, null, model, csrf);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("refused", RefusedForm.EXPIRED.equals(request.getAttribute(RefusedForm.ATTRIBUTE))
				? "signIn.refused.expired" : "signIn.refused");
		model.addAttribute("keptUserName",
				(userName == null) ? "" : userName.substring(0, Math.min(userName.length(), 64)));
		return view;
	}

	/** The registrations that sign in through OpenID Connect, by registration id. */
	private List<Provider> providers() {
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		List<Provider> providers = new ArrayList<>();
		if (repository instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration
						&& registration.getScopes().contains(OidcScopes.OPENID)) {
					providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
				}
			}
		}
		return providers;
	}

	/**
	 * A button of the sign-in page.
	 *
	 * @param id the registration id, in {@code /oauth2/authorization/<id>}
	 * @param name the provider's name on the button ({@code client-name})
	 */
	record Provider(String id, String name) {
	}

}
