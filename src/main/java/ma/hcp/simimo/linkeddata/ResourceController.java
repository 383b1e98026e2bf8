package ma.hcp.simimo.linkeddata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.RdfDocument;
import ma.hcp.simimo.kernel.RdfFormat;
import ma.hcp.simimo.kernel.RecordActions;
import ma.hcp.simimo.kernel.ResourceDescriptions;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves the description of any resource in the store: the generic HTML page, or RDF in
 * each {@link RdfFormat}. IRIs under the base IRI are served at their own path; every
 * other IRI at /resource?uri=. The representation is chosen before a mapping is picked
 * (web.ResourceNegotiation); a feature's own page on a more specific path takes the HTML
 * requests, and the RDF mappings here take the rest.
 */
@Controller
class ResourceController {

	private final ResourceRepository resources;

	private final List<ResourceDescriptions> ownDescriptions;

	private final LinkedDataPaths paths;

	private final List<RecordActions> recordActions;

	ResourceController(ResourceRepository resources, List<ResourceDescriptions> ownDescriptions, LinkedDataPaths paths,
			List<RecordActions> recordActions) {
		this.resources = resources;
		this.ownDescriptions = ownDescriptions;
		this.paths = paths;
		this.recordActions = recordActions;
	}

	@GetMapping(path = LinkedDataPaths.RESOURCE_PATH, produces = MediaType.TEXT_HTML_VALUE)
	String resourcePageByIri(@RequestParam("uri") String uri, Model model, Locale locale,
			HttpServletResponse response) {
		return page(checkedIri(uri), model, locale, response);
	}

	@RdfGetMapping(path = LinkedDataPaths.RESOURCE_PATH)
	RdfDocument resourceByIri(@RequestParam("uri") String uri) {
		return describe(checkedIri(uri));
	}

	@GetMapping(path = LinkedDataPaths.OWN_PATHS, produces = MediaType.TEXT_HTML_VALUE)
	String resourcePageAtOwnPath(Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return page(ownIri(request), model, locale, response);
	}

	@RdfGetMapping(path = LinkedDataPaths.OWN_PATHS)
	RdfDocument resourceAtOwnPath(HttpServletRequest request) {
		return describe(ownIri(request));
	}

	/**
	 * A feature that owns a view of the resource (the catalogue's DCAT-AP catalogue, its
	 * full dataset descriptions) answers first; everything else gets its generic
	 * description.
	 */
	private RdfDocument describe(String iri) {
		return this.ownDescriptions.stream()
			.map((descriptions) -> descriptions.describe(iri))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseGet(() -> this.resources.describe(iri));
	}

	private String page(String iri, Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("resource", this.resources.view(iri, locale));
		model.addAttribute("formats", RdfFormat.values());
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		if (Viewer.current().signedIn()) {
			// What a signed-in viewer sees here may depend on who they are (an edit
			// button,
			// a draft in progress): never cached for another. A reader's page asks
			// nothing
			// of the private store.
			response.setHeader("Cache-Control", "private, no-store");
			this.recordActions.stream()
				.map((actions) -> actions.forCurrentViewer(iri))
				.flatMap(Optional::stream)
				.findFirst()
				.ifPresent((actions) -> model.addAttribute("recordActions", actions));
		}
		return "linkeddata/resourcePage";
	}

	private String ownIri(HttpServletRequest request) {
		return this.paths.iriForPath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	private static String checkedIri(String uri) {
		try {
			IRIx iri = IRIx.create(uri.strip());
			if (!iri.isReference()) {
				throw new BadRequestException("error.iri.relative", uri);
			}
			return iri.str();
		}
		catch (IRIException ex) {
			throw new BadRequestException("error.iri.invalid", uri);
		}
	}

}
