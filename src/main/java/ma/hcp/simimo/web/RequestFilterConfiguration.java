package ma.hcp.simimo.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers {@link MalformedRequestFilter} right after the character encoding filter, so
 * parameters are decoded as UTF-8, and before Spring Security, whose CSRF check reads
 * one.
 */
@Configuration(proxyBeanMethods = false)
class RequestFilterConfiguration {

	@Bean
	FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(MessageSource messages,
			LocaleResolver localeResolver) {
		FilterRegistrationBean<MalformedRequestFilter> registration = new FilterRegistrationBean<>(
				new MalformedRequestFilter(messages, localeResolver));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
