package ma.hcp.simimo.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Renders the 403 page that {@link AccessDeniedPage} forwards to, for any method. */
@Controller
class AccessDeniedController {

	@RequestMapping(AccessDeniedPage.PATH)
	ModelAndView accessDenied(HttpServletRequest request) {
		boolean csrf = Boolean.TRUE.equals(request.getAttribute(AccessDeniedPage.CSRF));
		return new ModelAndView("error/403", HttpStatus.FORBIDDEN).addObject("messageKey",
				csrf ? "error.forbidden.csrf" : "error.forbidden.text");
	}

}
