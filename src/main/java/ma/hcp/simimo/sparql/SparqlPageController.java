package ma.hcp.simimo.sparql;

import java.util.Locale;

import ma.hcp.simimo.store.StoreProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The query page a browser gets at /sparql: an editor served from the application's own
 * jar, the example queries, and a plain HTML form that works without JavaScript.
 */
@Controller
class SparqlPageController {

	private final ExampleQueries examples;

	private final SparqlProperties limits;

	private final StoreProperties store;

	private final SparqlService service;

	private final MessageSource messages;

	SparqlPageController(ExampleQueries examples, SparqlProperties limits, StoreProperties store, SparqlService service,
			MessageSource messages) {
		this.examples = examples;
		this.messages = messages;
		this.limits = limits;
		this.store = store;
		this.service = service;
	}

	@GetMapping(path = "/sparql", produces = MediaType.TEXT_HTML_VALUE)
	String queryPage(Model model, Locale locale) {
		model.addAttribute("examples", this.examples.in(locale, this.messages));
		model.addAttribute("endpoint", this.store.isRemote() ? this.store.endpoint() : "/sparql");
		model.addAttribute("timeoutSeconds", this.service.timeout().toSeconds());
		model.addAttribute("resultLimit", this.limits.resultLimit());
		return "sparql/queryPage";
	}

	/**
	 * The same page for {@code /sparql/all}, which {@link CoordinatorEndpointFilter} has
	 * shown to coordinators only; its editor sends the CSRF token with its POSTs.
	 */
	@GetMapping(path = SparqlEndpointConfiguration.COORDINATOR_PATH, produces = MediaType.TEXT_HTML_VALUE)
	String coordinatorQueryPage(Model model, Locale locale) {
		String page = queryPage(model, locale);
		model.addAttribute("endpoint", SparqlEndpointConfiguration.COORDINATOR_PATH);
		model.addAttribute("coordinatorView", true);
		return page;
	}

}
