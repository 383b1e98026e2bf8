package ma.hcp.simimo.web;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.LoadedGraphRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the catalogue holds, the ways in by task, and the content files as
 * loaded.
 */
@Controller
class HomeController {

	private final LoadedGraphRepository graphs;

	private final CatalogueSummaryRepository summary;

	private final LinkedDataPaths paths;

	HomeController(LoadedGraphRepository graphs, CatalogueSummaryRepository summary, LinkedDataPaths paths) {
		this.graphs = graphs;
		this.summary = summary;
		this.paths = paths;
	}

	@GetMapping("/")
	String home(Model model, java.util.Locale locale) {
		model.addAttribute("graphs", this.graphs.loadedGraphs());
		model.addAttribute("summary", this.summary.summary(locale));
		model.addAttribute("paths", this.paths);
		return "home";
	}

}
