package ma.hcp.simimo.account;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page ({@code GET /sign-in}); Spring Security handles the form's POST. It
 * starts no session: the form's CSRF token is in a cookie.
 */
@Controller
class SignInController {

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
			@RequestParam(required = false) String needed, @RequestParam(required = false) String next, Model model,
			CsrfToken csrf) {
		if (csrf != null) {
			csrf.getToken();
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("throttled", throttled != null);
		model.addAttribute("throttleMinutes", SignInThrottle.REFUSAL.toMinutes());
		model.addAttribute("needed", needed != null);
		model.addAttribute("next", (next != null && next.startsWith("/") && !next.startsWith("//")) ? next : null);
		return "account/signIn";
	}

}
