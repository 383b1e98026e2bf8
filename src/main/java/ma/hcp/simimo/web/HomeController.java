package ma.hcp.simimo.web;

import ma.hcp.simimo.linkeddata.LinkedDataPaths;
import ma.hcp.simimo.store.LoadedGraphRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the store holds, file by file, and the ways in. */
@Controller
class HomeController {

	private final LoadedGraphRepository graphs;

	private final LinkedDataPaths paths;

	HomeController(LoadedGraphRepository graphs, LinkedDataPaths paths) {
		this.graphs = graphs;
		this.paths = paths;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("graphs", this.graphs.loadedGraphs());
		model.addAttribute("paths", this.paths);
		return "home";
	}

}
