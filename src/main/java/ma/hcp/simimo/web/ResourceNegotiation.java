package ma.hcp.simimo.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.RdfFormat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Chooses, once per request, the one representation of a resource path that the client
 * gets: HTML or one of the {@link RdfFormat}s, from ?format= or else from the Accept
 * header with its q-values. Spring MVC then routes on {@code produces} (the HTML page
 * mappings against the linked-data RDF mappings) and picks the message converter by that
 * single type, so no controller reads the Accept header. Other paths are left to the
 * ordinary header strategy.
 * <p>
 * The choice follows RFC 9110, 12.5.1, which Spring's and Jena's matchers both skip: an
 * offer's quality is that of the most specific range that includes it, so
 * {@code text/html;q=0, *}{@code /*} excludes HTML, and q=0 means "not acceptable". Among
 * offers of equal quality the server's order decides: {@link #OFFERS}.
 */
final class ResourceNegotiation implements ContentNegotiationStrategy {

	/**
	 * What a resource path offers, best first: Turtle before HTML, so that
	 * {@code *}/{@code *} alone (curl, RDF libraries' fallbacks) gets RDF
	 * (docs/decisions/0009); browsers name text/html and get it.
	 */
	static final List<MediaType> OFFERS = offers();

	private static final String CHOSEN = ResourceNegotiation.class.getName() + ".CHOSEN";

	private static final String FORMAT_REPORTED = ResourceNegotiation.class.getName() + ".FORMAT_REPORTED";

	@Override
	public List<MediaType> resolveMediaTypes(NativeWebRequest webRequest) throws HttpMediaTypeNotAcceptableException {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (request == null || !LinkedDataPaths
			.isResourcePath(request.getRequestURI().substring(request.getContextPath().length()))) {
			return MEDIA_TYPE_ALL_LIST;
		}
		// Spring asks once per request mapping and again to pick the view or converter:
		// negotiate on the first call and answer the same afterwards.
		Object chosen = request.getAttribute(CHOSEN);
		if (chosen == null) {
			chosen = choose(request);
			request.setAttribute(CHOSEN, chosen);
		}
		if (chosen instanceof MediaType type) {
			return List.of(type);
		}
		if (chosen instanceof UnknownFormat unknown) {
			// Reported once, as a 400 from the request mapping; the error page that
			// follows
			// is chosen like any other page.
			if (request.getAttribute(FORMAT_REPORTED) == null) {
				request.setAttribute(FORMAT_REPORTED, Boolean.TRUE);
				throw new BadRequestException("error.format.unknown", unknown.value());
			}
			return MEDIA_TYPE_ALL_LIST;
		}
		throw new HttpMediaTypeNotAcceptableException(OFFERS);
	}

	private static Object choose(HttpServletRequest request) {
		String format = request.getParameter("format");
		if (format != null && !format.isBlank()) {
			return byFormat(format.strip()).<Object>map((type) -> type).orElse(new UnknownFormat(format));
		}
		List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
		try {
			return choose(MediaType.parseMediaTypes(accept), OFFERS).<Object>map((type) -> type)
				.orElse(NotAcceptable.INSTANCE);
		}
		catch (InvalidMediaTypeException ex) {
			return NotAcceptable.INSTANCE;
		}
	}

	/** The offer the client rates highest above q=0, the first offer for a tie. */
	static Optional<MediaType> choose(List<MediaType> accepted, List<MediaType> offers) {
		List<MediaType> ranges = accepted.isEmpty() ? List.of(MediaType.ALL) : accepted;
		MediaType best = null;
		double bestQuality = 0;
		for (MediaType offer : offers) {
			double quality = quality(offer, ranges);
			if (quality > bestQuality) {
				best = offer;
				bestQuality = quality;
			}
		}
		return Optional.ofNullable(best);
	}

	/** The quality of the most specific range that includes the offer, 0 for none. */
	private static double quality(MediaType offer, List<MediaType> ranges) {
		return ranges.stream()
			.filter((range) -> range.includes(offer))
			.max(Comparator.comparingInt(ResourceNegotiation::specificity))
			.map(MediaType::getQualityValue)
			.orElse(0.0);
	}

	private static int specificity(MediaType range) {
		if (range.isWildcardType()) {
			return 0;
		}
		if (range.isWildcardSubtype()) {
			return 1;
		}
		int parameters = range.getParameters().size() - (range.getParameter("q") != null ? 1 : 0);
		return 2 + parameters;
	}

	private static Optional<MediaType> byFormat(String format) {
		if ("html".equalsIgnoreCase(format)) {
			return Optional.of(MediaType.TEXT_HTML);
		}
		return RdfFormat.byShortName(format).map((rdf) -> MediaType.parseMediaType(rdf.mediaType()));
	}

	private static List<MediaType> offers() {
		List<MediaType> offers = new ArrayList<>();
		offers.add(MediaType.parseMediaType(RdfFormat.TURTLE.mediaType()));
		offers.add(MediaType.TEXT_HTML);
		Arrays.stream(RdfFormat.values())
			.filter((format) -> format != RdfFormat.TURTLE)
			.forEach((format) -> offers.add(MediaType.parseMediaType(format.mediaType())));
		return List.copyOf(offers);
	}

	private record UnknownFormat(String value) {
	}

	private enum NotAcceptable {

		INSTANCE

	}

}
