package ma.hcp.simimo.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the stylesheet and scripts under a name that carries a hash of their content
 * ({@code /css/simimo-<md5>.css}), cached for a year, so a changed file is a new address
 * and an unchanged one is never fetched again; webjars name their version in their path
 * and are cached as long; the icon for a day (decision 0026). Pages ask {@code @assets}
 * for the address: Spring's resource chain stays off for every other link (decision
 * 0016), so only these few lookups pass through it.
 */
@Configuration(proxyBeanMethods = false)
// Before Boot's own registrations, which skip a pattern already registered.
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticAssets implements WebMvcConfigurer {

	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(VERSIONED)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(VERSIONED);
		registry.addResourceHandler("/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

	/**
	 * The versioned address of a stylesheet or script, for templates:
	 * {@code th:with="asset=${@assets.url('/css/simimo.css')}" th:href="${asset}"}: a
	 * bean in th:href itself is refused by Thymeleaf's restricted mode.
	 */
	@Component("assets")
	static class Urls {

		private final ResourceUrlProvider urls;

		Urls(ResourceUrlProvider mvcResourceUrlProvider) {
			this.urls = mvcResourceUrlProvider;
		}

		public String url(String path) {
			String versioned = this.urls.getForLookupPath(path);
			if (versioned == null) {
				throw new IllegalArgumentException("No static asset at " + path);
			}
			return versioned;
		}

	}

}
