package ma.hcp.simimo.web;

import java.time.Duration;

import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Bounds the time a request body may take ({@code simimo.request.body-deadline}): in
 * total with {@link BodyDeadlineValve}, and for each read, with Tomcat's own upload
 * timeout, so a client that stops sending altogether is cut as soon; and the bodies one
 * client address may have on their way at once
 * ({@code simimo.request.max-bodies-per-client}).
 */
@Configuration(proxyBeanMethods = false)
class BodyDeadlineConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> bodyDeadline(
			@Value("${simimo.request.body-deadline:15s}") Duration deadline,
			@Value("${simimo.request.max-bodies-per-client:10}") int maxBodiesPerClient, MessageSource messages,
			LocaleResolver localeResolver) {
		if (deadline.isNegative() || deadline.isZero()) {
			throw new IllegalArgumentException("simimo.request.body-deadline must be positive: " + deadline);
		}
		if (maxBodiesPerClient < 1) {
			throw new IllegalArgumentException(
					"simimo.request.max-bodies-per-client must be 1 or more: " + maxBodiesPerClient);
		}
		return (factory) -> {
			factory.addContextValves(new BodyDeadlineValve(deadline, maxBodiesPerClient, messages, localeResolver));
			factory.addConnectorCustomizers((connector) -> {
				if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
					http.setDisableUploadTimeout(false);
					http.setConnectionUploadTimeout(Math.toIntExact(deadline.toMillis()));
				}
			});
		};
	}

}
