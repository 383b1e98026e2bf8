package ma.hcp.simimo.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC's content negotiation: resource paths by {@link ResourceNegotiation}, every
 * other path by the Accept header as Spring does by default; RDF documents written by
 * {@link RdfDocumentConverter}.
 */
@Configuration(proxyBeanMethods = false)
class ContentNegotiationConfiguration implements WebMvcConfigurer {

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new ResourceNegotiation(), new HeaderContentNegotiationStrategy()));
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.addCustomConverter(new RdfDocumentConverter());
	}

}
