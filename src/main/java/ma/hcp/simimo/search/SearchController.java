package ma.hcp.simimo.search;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The label lookup behind the search boxes of the home and not-found pages, and its JSON
 * form.
 */
@Controller
class SearchController {

	static final int LIMIT = 50;

	private final LabelSearchRepository search;

	SearchController(LabelSearchRepository search) {
		this.search = search;
	}

	@GetMapping(path = "/search", produces = MediaType.TEXT_HTML_VALUE)
	String searchPage(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
		model.addAttribute("query", LabelSearchRepository.clean(query));
		model.addAttribute("hits", this.search.search(query, LIMIT));
		return "search/searchPage";
	}

	@GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<SearchHit> searchJson(@RequestParam(name = "q", defaultValue = "") String query) {
		return this.search.search(query, LIMIT);
	}

}
