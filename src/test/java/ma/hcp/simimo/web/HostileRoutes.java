package ma.hcp.simimo.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route of a running application, read from its handler mappings (controllers,
 * actuator, springdoc, static resources) and its filter registrations (/sparql), with the
 * request parameters its handler methods name; and, for each route, the concrete paths
 * the hostile-input tests send. A route added without an example here fails
 * {@link HostileInputIntegrationTests#everyRouteOfTheApplicationHasExamplesHere}.
 */
public final class HostileRoutes {

	private static final String CONCEPT = "https://w3id.org/simimo/concepts/test/hostile";

	private static final String CONCEPT_PARAMETER = "https%3A%2F%2Fw3id.org%2Fsimimo%2Fconcepts%2Ftest%2Fhostile";

	/**
	 * Parameters read from a map rather than named in a signature ({@code @RequestParam
	 * Map}), and those a client may add: every route gets them all.
	 */
	public static final List<String> KNOWN_PARAMETERS = List.of("q", "type", "producer", "lang", "format", "graph",
			"default", "query", "update", "page", "sort", "concepts", "langs", "order", "orderLang", "layout",
			"content", "add", "remove", "addScheme", "addFamily", "family", "groupBy", "severity", "side", "standard",
			"uri", "title", "description", "id", "scheme", "output", "timeout", "limit", "capacity", "logistics",
			"simplicity", "time", "comment", "_csrf");

	/** Concrete paths for each route pattern, on the fixture content. */
	public static final Map<String, List<String>> EXAMPLES = examples();

	private HostileRoutes() {
	}

	private static Map<String, List<String>> examples() {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		examples.put("/", List.of("/", "/?lang=ar"));
		examples.put("/**", List.of("/css/simimo.css", "/js/sparql-page.js", "/favicon.ico", "/nothing/here"));
		examples.put("/webjars/**", List.of("/webjars/htmx.org/nothing.js", "/webjars/"));
		// web.StaticAssets: the versioned stylesheet and scripts, and the icon.
		examples.put("/css/**", List.of("/css/simimo.css", "/css/simimo-00000000000000000000000000000000.css"));
		examples.put("/js/**", List.of("/js/sparql-page.js", "/js/search-suggest.js"));
		examples.put("/favicon.ico", List.of("/favicon.ico"));
		for (String swagger : List.of("/webjars/*swagger-ui/**", "/webjars/*swagger-ui/*index.html",
				"/webjars/*swagger-ui/*swagger-initializer.js", "/webjars/*swagger-ui/{version}/*index.html",
				"/webjars/*swagger-ui/{version}/*swagger-initializer.js", "/api-docs/swagger-ui/**",
				"/api-docs/swagger-ui/*index.html", "/api-docs/swagger-ui/*swagger-initializer.js")) {
			examples.put(swagger, List.of("/api-docs/swagger-ui/index.html"));
		}
		examples.put("/actuator", List.of("/actuator"));
		examples.put("/actuator/health", List.of("/actuator/health"));
		examples.put("/actuator/health/**", List.of("/actuator/health/store"));
		examples.put("/api-docs", List.of("/api-docs"));
		examples.put("/api-docs.yaml", List.of("/api-docs.yaml"));
		examples.put("/api-docs/swagger-config", List.of("/api-docs/swagger-config"));
		examples.put("/api-docs/ui", List.of("/api-docs/ui"));
		examples.put("/api/classifications/{id}", List.of("/api/classifications/test-hostile"));
		examples.put("/api/concepts/{scheme}/{concept}", List.of("/api/concepts/test/hostile"));
		examples.put("/api/datasets", List.of("/api/datasets"));
		examples.put("/api/datasets/{id}", List.of("/api/datasets/none"));
		examples.put("/api/gaps/actions", List.of("/api/gaps/actions"));
		examples.put("/api/gaps/classifications", List.of("/api/gaps/classifications"));
		examples.put("/api/gaps/consistency", List.of("/api/gaps/consistency"));
		examples.put("/api/gaps/divergences", List.of("/api/gaps/divergences"));
		examples.put("/api/gaps/indicators", List.of("/api/gaps/indicators"));
		examples.put("/api/gaps/indicators/{id}", List.of("/api/gaps/indicators/none"));
		examples.put("/api/gaps/inventory", List.of("/api/gaps/inventory"));
		examples.put("/api/gaps/periods", List.of("/api/gaps/periods"));
		examples.put("/api/gaps/scores", List.of("/api/gaps/scores"));
		examples.put("/api/indicators", List.of("/api/indicators"));
		examples.put("/api/indicators/{id}", List.of("/api/indicators/none"));
		examples.put("/api/producers", List.of("/api/producers"));
		examples.put("/api/producers/{id}", List.of("/api/producers/none"));
		examples.put("/api/schemes", List.of("/api/schemes"));
		examples.put("/api/schemes/{id}", List.of("/api/schemes/test-hostile"));
		examples.put("/api/search", List.of("/api/search?q=migrant"));
		examples.put("/api/suggest", List.of("/api/suggest?q=mig"));
		examples.put("/classifications/{id}", List.of("/classifications/none"));
		examples.put("/classifications/{id}/edit",
				List.of("/classifications/none/edit", "/classifications/nma-2010/edit"));
		examples.put("/classifications/{id}/draft",
				List.of("/classifications/none/draft", "/classifications/nma-2010/draft"));
		examples.put("/concepts/{scheme}/{concept}", List.of("/concepts/test/hostile"));
		examples.put("/concepts/{scheme}/{concept}/edit",
				List.of("/concepts/test/hostile/edit", "/concepts/none/none/edit"));
		examples.put("/concepts/{scheme}/{concept}/draft", List.of("/concepts/test/hostile/draft"));
		examples.put("/periods/{id}/edit", List.of("/periods/none/edit", "/periods/rgph-residence-threshold/edit"));
		examples.put("/periods/{id}/draft", List.of("/periods/none/draft", "/periods/rgph-residence-threshold/draft"));
		examples.put("/periods/new", List.of("/periods/new", "/periods/new?producer=hcp"));
		examples.put("/classifications/{id}/discard",
				List.of("/classifications/none/discard", "/classifications/nma-2010/discard"));
		examples.put("/periods/{id}/discard",
				List.of("/periods/none/discard", "/periods/rgph-residence-threshold/discard"));
		examples.put("/concepts/{scheme}/new", List.of("/concepts/none/new", "/concepts/test-hostile/new"));
		examples.put("/concepts/{scheme}/{concept}/discard",
				List.of("/concepts/test/hostile/discard", "/concepts/none/none/discard"));
		examples.put("/datasets", List.of("/datasets"));
		examples.put("/datasets/{id}", List.of("/datasets/none"));
		examples.put("/datasets/{id}/edit", List.of("/datasets/none/edit", "/datasets/test-survey/edit"));
		examples.put("/datasets/{id}/draft", List.of("/datasets/none/draft"));
		examples.put("/drafts", List.of("/drafts", "/drafts?discarded"));
		examples.put("/datasets/new", List.of("/datasets/new", "/datasets/new?producer=anapec"));
		examples.put("/datasets/{id}/discard", List.of("/datasets/none/discard", "/datasets/test-survey/discard"));
		examples.put("/datasets/{id}/submit", List.of("/datasets/none/submit", "/datasets/test-survey/submit"));
		examples.put("/datasets/{id}/takeback", List.of("/datasets/none/takeback", "/datasets/test-survey/takeback"));
		examples.put("/datasets/{id}/sendback", List.of("/datasets/none/sendback", "/datasets/test-survey/sendback"));
		examples.put("/datasets/{id}/publish", List.of("/datasets/none/publish", "/datasets/test-survey/publish"));
		examples.put("/datasets/{id}/history", List.of("/datasets/none/history", "/datasets/test-survey/history"));
		examples.put("/datasets/{id}/revert", List.of("/datasets/none/revert", "/datasets/test-survey/revert"));
		examples.put("/datasets/{id}/withdraw", List.of("/datasets/none/withdraw", "/datasets/test-survey/withdraw"));
		examples.put("/concepts/{scheme}/{concept}/withdraw",
				List.of("/concepts/test/hostile/withdraw", "/concepts/none/none/withdraw"));
		examples.put("/periods/{id}/withdraw",
				List.of("/periods/none/withdraw", "/periods/rgph-residence-threshold/withdraw"));
		examples.put("/classifications/{id}/withdraw",
				List.of("/classifications/none/withdraw", "/classifications/nma-2010/withdraw"));
		examples.put("/concepts/{scheme}/{concept}/submit",
				List.of("/concepts/test/hostile/submit", "/concepts/none/none/submit"));
		examples.put("/concepts/{scheme}/{concept}/takeback",
				List.of("/concepts/test/hostile/takeback", "/concepts/none/none/takeback"));
		examples.put("/concepts/{scheme}/{concept}/sendback",
				List.of("/concepts/test/hostile/sendback", "/concepts/none/none/sendback"));
		examples.put("/concepts/{scheme}/{concept}/publish",
				List.of("/concepts/test/hostile/publish", "/concepts/none/none/publish"));
		examples.put("/concepts/{scheme}/{concept}/history",
				List.of("/concepts/test/hostile/history", "/concepts/none/none/history"));
		examples.put("/concepts/{scheme}/{concept}/revert",
				List.of("/concepts/test/hostile/revert", "/concepts/none/none/revert"));
		examples.put("/periods/{id}/submit",
				List.of("/periods/none/submit", "/periods/rgph-residence-threshold/submit"));
		examples.put("/periods/{id}/takeback",
				List.of("/periods/none/takeback", "/periods/rgph-residence-threshold/takeback"));
		examples.put("/periods/{id}/sendback",
				List.of("/periods/none/sendback", "/periods/rgph-residence-threshold/sendback"));
		examples.put("/periods/{id}/publish",
				List.of("/periods/none/publish", "/periods/rgph-residence-threshold/publish"));
		examples.put("/periods/{id}/history",
				List.of("/periods/none/history", "/periods/rgph-residence-threshold/history"));
		examples.put("/periods/{id}/revert",
				List.of("/periods/none/revert", "/periods/rgph-residence-threshold/revert"));
		examples.put("/classifications/{id}/submit",
				List.of("/classifications/none/submit", "/classifications/nma-2010/submit"));
		examples.put("/classifications/{id}/takeback",
				List.of("/classifications/none/takeback", "/classifications/nma-2010/takeback"));
		examples.put("/classifications/{id}/sendback",
				List.of("/classifications/none/sendback", "/classifications/nma-2010/sendback"));
		examples.put("/classifications/{id}/publish",
				List.of("/classifications/none/publish", "/classifications/nma-2010/publish"));
		examples.put("/classifications/{id}/history",
				List.of("/classifications/none/history", "/classifications/nma-2010/history"));
		examples.put("/classifications/{id}/revert",
				List.of("/classifications/none/revert", "/classifications/nma-2010/revert"));
		examples.put("/review", List.of("/review", "/review?lang=ar"));
		examples.put("/error", List.of("/error"));
		for (String gap : List.of("actions", "classifications", "consistency", "divergences", "indicators", "periods",
				"scores")) {
			examples.put("/gaps/" + gap, List.of("/gaps/" + gap, "/gaps/" + gap + "?format=csv"));
		}
		examples.put("/gaps/indicators/{id}", List.of("/gaps/indicators/none"));
		examples.put("/gaps/inventory", List.of("/gaps/inventory", "/gaps/inventory?lang=ar"));
		examples.put("/glossary", List.of("/glossary", "/glossary?concepts=" + CONCEPT_PARAMETER));
		examples.put("/glossary/builder", List.of("/glossary/builder"));
		examples.put("/glossary/export", List.of("/glossary/export?format=csv&concepts=" + CONCEPT_PARAMETER));
		examples.put("/glossary/{id}", List.of("/glossary/abcdef123456"));
		examples.put("/glossary/mine", List.of("/glossary/mine"));
		examples.put("/glossary/{id}/edit", List.of("/glossary/abcdef123456/edit"));
		examples.put("/glossary/{id}/delete", List.of("/glossary/abcdef123456/delete"));
		examples.put("/sign-in", List.of("/sign-in", "/sign-in?error&next=%2Fglossary"));
		examples.put("/sign-in/refused", List.of("/sign-in/refused"));
		examples.put("/access-denied", List.of("/access-denied"));
		examples.put("/admin/accounts", List.of("/admin/accounts"));
		examples.put("/admin/accounts/{id}/enabled",
				List.of("/admin/accounts/00000000-0000-4000-8000-000000000000/enabled"));
		examples.put("/admin/accounts/{id}/password",
				List.of("/admin/accounts/00000000-0000-4000-8000-000000000000/password"));
		examples.put("/admin/accounts/{id}/roles",
				List.of("/admin/accounts/00000000-0000-4000-8000-000000000000/roles"));
		examples.put("/admin/operations", List.of("/admin/operations"));
		examples.put("/admin/content", List.of("/admin/content"));
		examples.put("/admin/content/{file}.ttl",
				List.of("/admin/content/catalogue-datasets.ttl", "/admin/content/none.ttl"));
		examples.put("/admin/settings", List.of("/admin/settings", "/admin/settings?saved=1"));
		examples.put("/admin/operations/{id}",
				List.of("/admin/operations/search-index", "/admin/operations/compaction", "/admin/operations/none"));
		examples.put("/glossary/{id}/export", List.of("/glossary/abcdef123456/export?format=csv"));
		examples.put("/indicators", List.of("/indicators"));
		examples.put("/indicators/{id}", List.of("/indicators/none"));
		examples.put("/producers", List.of("/producers"));
		examples.put("/producers/{id}", List.of("/producers/none"));
		examples.put("/resource", List.of("/resource?uri=" + CONCEPT_PARAMETER));
		examples.put("/schemes", List.of("/schemes"));
		examples.put("/schemes/{id}", List.of("/schemes/test-hostile"));
		examples.put("/search", List.of("/search?q=migrant"));
		examples.put("/sparql", List.of("/sparql", "/sparql?default", "/sparql?graph=" + CONCEPT_PARAMETER));
		examples.put("/sparql/*", List.of("/sparql/query", "/sparql/update", "/sparql/data", "/sparql/upload"));
		// The coordinators' endpoint (decision 0027): its page, and its filter's
		// patterns.
		examples.put("/sparql/all", List.of("/sparql/all", "/sparql/all?query=ASK%7B%7D", "/sparql/all?default"));
		examples.put("/datasets/{id}/restrict", List.of("/datasets/none/restrict"));
		examples.put("/datasets/{id}/unrestrict", List.of("/datasets/none/unrestrict"));
		examples.put("/sparql/all/*", List.of("/sparql/all/sparql", "/sparql/all/get"));
		examples.put(
				"/{family:actions|catalogue|classifications|concepts|correspondences|datasets|def|divergences|glossaries|graphs|indicators|levels|measurements|metrics|operations|organisations|periods|producers|schemes|sources}/**",
				List.of("/concepts/test/hostile?format=ttl", "/graphs/system", "/glossaries/abcdef123456",
						"/catalogue"));
		return examples;
	}

	/** The concept of the fixture content, whose labels carry markup. */
	public static String concept() {
		return CONCEPT;
	}

	/**
	 * Every route pattern of the application, with what serves it: handler methods,
	 * resource handlers and the filters mounted on paths of their own.
	 */
	public static Map<String, Set<String>> inventory(ApplicationContext context) {
		Map<String, Set<String>> routes = new TreeMap<>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods()
				.forEach((info, method) -> info.getPatternValues()
					.forEach((pattern) -> add(routes, pattern, describe(method)))));
		context.getBeansOfType(SimpleUrlHandlerMapping.class)
			.forEach((name, mapping) -> mapping.getUrlMap().keySet().forEach((pattern) -> add(routes, pattern, name)));
		for (FilterRegistrationBean<?> registration : context.getBeansOfType(FilterRegistrationBean.class).values()) {
			Collection<String> patterns = registration.getUrlPatterns();
			patterns.stream()
				.filter((pattern) -> !pattern.equals("/*"))
				.forEach((pattern) -> add(routes, pattern, "filter " + registration.getFilterName()));
		}
		return routes;
	}

	/** The request parameters the application's handler methods name. */
	public static Set<String> namedParameters(ApplicationContext context) {
		Set<String> names = new TreeSet<>();
		DefaultParameterNameDiscoverer discoverer = new DefaultParameterNameDiscoverer();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods().values().forEach((method) -> {
				if (!method.getBeanType().getPackageName().startsWith("ma.hcp.simimo")) {
					return;
				}
				for (MethodParameter parameter : method.getMethodParameters()) {
					parameter.initParameterNameDiscovery(discoverer);
					RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
					if (param != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
						names.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
					}
				}
			}));
		return names;
	}

	private static void add(Map<String, Set<String>> routes, String pattern, String handler) {
		// The swagger-ui webjar's resource handlers name its version.
		pattern = pattern.replaceAll("/\\d+\\.\\d+\\.\\d+/", "/{version}/");
		routes.computeIfAbsent(pattern, (key) -> new TreeSet<>()).add(handler);
	}

	private static String describe(HandlerMethod method) {
		return method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
	}

}
