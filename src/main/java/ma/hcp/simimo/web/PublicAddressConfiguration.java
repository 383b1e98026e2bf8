package ma.hcp.simimo.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

/**
 * No address the application writes comes from the request's {@code Host} header, which
 * the client writes: redirects give a path, and the OpenAPI description's server is the
 * configured public address ({@code simimo.public-url}), or "/" (the host the description
 * was read from) when none is set. Links in pages are relative already.
 */
@Configuration(proxyBeanMethods = false)
class PublicAddressConfiguration {

	@Bean
	OpenAPI apiDescription(@Value("${simimo.public-url:}") String publicUrl) {
		String url = publicUrl.isBlank() ? "/" : publicUrl.strip();
		return new OpenAPI().servers(List.of(new Server().url(url)));
	}

	/**
	 * Tomcat makes a redirect absolute, from {@code Host}, for an HTTP/1.0 request; this
	 * filter writes the Location header itself. 302 as before, not the filter's 303. It
	 * runs before Spring Security, whose sign-in, sign-out and refusals redirect too.
	 */
	@Bean
	FilterRegistrationBean<RelativeRedirectFilter> relativeRedirects() {
		RelativeRedirectFilter filter = new RelativeRedirectFilter();
		filter.setRedirectStatus(HttpStatus.FOUND);
		FilterRegistrationBean<RelativeRedirectFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
