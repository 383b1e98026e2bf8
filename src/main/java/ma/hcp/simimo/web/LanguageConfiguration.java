package ma.hcp.simimo.web;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language: French by default, switched with ?lang=fr|en|ar on any page and
 * kept in a cookie. Any other value falls back to French.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = LanguagePolicy.locales();

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("simimo-lang") {
			@Override
			public void setLocale(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, supported(locale));
			}
		};
		resolver.setDefaultLocale(Locale.forLanguageTag(LanguagePolicy.DEFAULT));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	static Locale supported(Locale locale) {
		return LanguagePolicy.supportedOrDefault(locale);
	}

}
