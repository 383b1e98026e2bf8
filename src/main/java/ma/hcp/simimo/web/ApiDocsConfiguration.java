package ma.hcp.simimo.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server of the OpenAPI description: the configured public address
 * ({@code simimo.public-url}), or "/" (the host the description was read from) when none
 * is set. Never the request's {@code Host} header, which springdoc copies by default.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI apiDescription(@Value("${simimo.public-url:}") String publicUrl) {
		String url = publicUrl.isBlank() ? "/" : publicUrl.strip();
		return new OpenAPI().servers(List.of(new Server().url(url)));
	}

}
