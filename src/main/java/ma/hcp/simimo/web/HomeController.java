package ma.hcp.simimo.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the search box, what the catalogue holds and the ways in by task. The
 * content files as loaded are on the administrators' operations page.
 */
@Controller
class HomeController {

	private final CatalogueSummaryRepository summary;

	HomeController(CatalogueSummaryRepository summary) {
		this.summary = summary;
	}

	@GetMapping("/")
	String home(Model model, java.util.Locale locale) {
		model.addAttribute("summary", this.summary.summary(locale));
		return "home";
	}

}
