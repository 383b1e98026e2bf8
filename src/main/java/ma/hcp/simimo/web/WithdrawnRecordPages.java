package ma.hcp.simimo.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.RecordWithdrawnException;
import ma.hcp.simimo.store.WithdrawnRecords;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The IRI of a withdrawn record answers 410 Gone (decision 0027), whatever asks for it: a
 * feature's page at the record's own path, the linked-data representations there or at
 * {@code /resource?uri=}, in every format, and the page's JSON form under {@code /api}
 * (an RFC 9457 problem). One rule before every controller, so a record type added to the
 * workflow later is covered without a change to its pages. Only the record's own IRI is
 * gone: its other paths ({@code …/history}) still answer.
 */
@Configuration(proxyBeanMethods = false)
class WithdrawnRecordPages implements WebMvcConfigurer, HandlerInterceptor {

	private static final String API = "/api/";

	/**
	 * Both absent from some web slices of the tests, which have no store or no linked
	 * data: the rule then lets every request through.
	 */
	private final ObjectProvider<WithdrawnRecords> withdrawn;

	private final ObjectProvider<LinkedDataPaths> paths;

	WithdrawnRecordPages(ObjectProvider<WithdrawnRecords> withdrawn, ObjectProvider<LinkedDataPaths> paths) {
		this.withdrawn = withdrawn;
		this.paths = paths;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// After the language switch: the page is in the language asked for.
		registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() == DispatcherType.ERROR
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// A page's JSON form, /api/datasets/{id}, is the same record.
		if (path.startsWith(API)) {
			path = path.substring(API.length() - 1);
		}
		WithdrawnRecords records = this.withdrawn.getIfAvailable();
		LinkedDataPaths iris = this.paths.getIfAvailable();
		if (records == null || iris == null || !LinkedDataPaths.isResourcePath(path)) {
			return true;
		}
		String iri = path.equals(LinkedDataPaths.RESOURCE_PATH) ? request.getParameter("uri") : iris.iriForPath(path);
		if (iri != null) {
			records.of(iri.strip()).ifPresent((withdrawal) -> {
				throw new RecordWithdrawnException(withdrawal);
			});
		}
		return true;
	}

}
