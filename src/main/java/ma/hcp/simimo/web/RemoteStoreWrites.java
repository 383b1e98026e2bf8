package ma.hcp.simimo.web;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.store.RemoteStoreException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The rule of decision 0027's "Remote store": with {@code simimo.store.endpoint} set, no
 * request writes the public content or a draft of it. Every request that may write
 * (anything but GET, HEAD and OPTIONS) is refused before its controller runs, with the
 * page that says why ({@link RemoteStoreException}, 409), unless its path is one of
 * {@link #PRIVATE_WRITES}, which write the private store only; and the forms of the
 * refused writes (edit, new, discard) are the notice instead of a form that would fail.
 * Refusing by default means a write route added later (publish, revert, restrict) is
 * refused without being listed here.
 */
@Configuration(proxyBeanMethods = false)
class RemoteStoreWrites implements WebMvcConfigurer, HandlerInterceptor {

	/**
	 * The writes of the private store alone, allowed with a remote public store: sign-in,
	 * accounts, settings, the operations page (which refuses the public store's
	 * operations itself), the SPARQL front door (read only, it redirects queries), the
	 * glossary builder and export (they write nothing), and glossaries, whose
	 * store/visibility decides: a listed one is refused by the glossary feature, a
	 * private one is saved.
	 */
	static final List<String> PRIVATE_WRITES = List.of("/sign-in", "/sign-in/**", "/sign-out", "/admin/accounts",
			"/admin/accounts/**", "/admin/settings", "/admin/operations/**", "/sparql", "/sparql/**", "/glossary",
			"/glossary/**", "/error");

	/** The forms whose POST is refused: shown as the notice. */
	static final List<String> WRITE_FORMS = List.of("/datasets/new", "/datasets/*/edit", "/datasets/*/discard",
			"/concepts/*/new", "/concepts/*/*/edit", "/concepts/*/*/discard", "/periods/new", "/periods/*/edit",
			"/periods/*/discard", "/classifications/*/edit", "/classifications/*/discard");

	private static final List<String> READS = List.of("GET", "HEAD", "OPTIONS");

	private final boolean remote;

	private final List<PathPattern> privateWrites = patterns(PRIVATE_WRITES);

	private final List<PathPattern> writeForms = patterns(WRITE_FORMS);

	RemoteStoreWrites(@Value("${simimo.store.endpoint:}") String endpoint) {
		this.remote = !endpoint.isBlank();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (this.remote) {
			// After the language switch: the refusal is in the language asked for.
			registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
		}
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return true;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		boolean read = READS.contains(request.getMethod());
		if (read ? matches(this.writeForms, path) : !matches(this.privateWrites, path)) {
			throw new RemoteStoreException(request.getMethod() + " " + path.value());
		}
		return true;
	}

	private static boolean matches(List<PathPattern> patterns, PathContainer path) {
		return patterns.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	private static List<PathPattern> patterns(List<String> paths) {
		return paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

}
