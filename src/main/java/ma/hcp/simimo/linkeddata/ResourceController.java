package ma.hcp.simimo.linkeddata;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

import ma.hcp.simimo.kernel.RdfFormat;
import ma.hcp.simimo.kernel.ResourceDescriptions;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.BadRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves the description of any resource in the store: HTML for browsers, RDF for clients
 * that ask for it in their Accept header or with ?format=. IRIs under the base IRI are
 * served at their own path; every other IRI at /resource?uri=.
 */
@Controller
class ResourceController {

	private static final AcceptList OFFERS = AcceptList.create("text/html", "application/xhtml+xml",
			RdfFormat.TURTLE.mediaType(), RdfFormat.JSON_LD.mediaType(), RdfFormat.RDF_XML.mediaType(),
			RdfFormat.N_TRIPLES.mediaType());

	private final ResourceRepository resources;

	private final List<ResourceDescriptions> ownDescriptions;

	private final LinkedDataPaths paths;

	ResourceController(ResourceRepository resources, List<ResourceDescriptions> ownDescriptions,
			LinkedDataPaths paths) {
		this.resources = resources;
		this.ownDescriptions = ownDescriptions;
		this.paths = paths;
	}

	@GetMapping("/resource")
	String resourceByIri(@RequestParam("uri") String uri,
			@RequestParam(name = "format", required = false) String format,
			@RequestHeader(name = "Accept", required = false) String accept, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		return respond(checkedIri(uri), format, accept, model, locale, response);
	}

	@GetMapping(LinkedDataPaths.OWN_PATHS)
	String resourceAtOwnPath(@RequestParam(name = "format", required = false) String format,
			@RequestHeader(name = "Accept", required = false) String accept, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return respond(this.paths.iriForPath(path), format, accept, model, locale, response);
	}

	private String respond(String iri, String format, String accept, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		Optional<RdfFormat> rdf = chooseFormat(format, accept);
		response.addHeader("Vary", "Accept");
		if (rdf.isPresent()) {
			// A feature that owns a view of the resource (the catalogue's DCAT-AP 3 for
			// catalogues and datasets) answers first; everything else gets its plain
			// description.
			RdfFormat chosen = rdf.get();
			byte[] body = this.ownDescriptions.stream()
				.map((descriptions) -> descriptions.serialize(iri, chosen))
				.flatMap(Optional::stream)
				.findFirst()
				.orElseGet(() -> this.resources.serialize(iri, chosen));
			response.setContentType(rdf.get().mediaType() + ";charset=UTF-8");
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			return null;
		}
		ResourceView view = this.resources.view(iri, locale);
		model.addAttribute("resource", view);
		model.addAttribute("formats", RdfFormat.values());
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		return "linkeddata/resourcePage";
	}

	private static Optional<RdfFormat> chooseFormat(String format, String accept) {
		if (format != null && !format.isBlank()) {
			if ("html".equalsIgnoreCase(format)) {
				return Optional.empty();
			}
			return Optional.of(RdfFormat.byShortName(format)
				.orElseThrow(() -> new BadRequestException("error.format.unknown", format)));
		}
		if (accept == null || accept.isBlank()) {
			return Optional.empty();
		}
		MediaType chosen = AcceptList.match(AcceptList.create(accept), OFFERS);
		return (chosen == null) ? Optional.empty() : RdfFormat.byMediaType(chosen.getContentTypeStr());
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
