package ma.hcp.simimo.web;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language: French by default, switched with ?lang=fr|en|ar on any page and
 * kept in a cookie. Any other value, in the parameter or the cookie, falls back to
 * French.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = LanguagePolicy.locales();

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("simimo-lang") {
			@Override
			public LocaleContext resolveLocaleContext(HttpServletRequest request) {
				LocaleContext context = super.resolveLocaleContext(request);
				// Read each time, as the context it wraps: ?lang= changes it during the
				// request.
				return new TimeZoneAwareLocaleContext() {
					@Override
					public Locale getLocale() {
						return supported(context.getLocale());
					}

					@Override
					public TimeZone getTimeZone() {
						return (context instanceof TimeZoneAwareLocaleContext aware) ? aware.getTimeZone() : null;
					}
				};
			}

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return supported(super.resolveLocale(request));
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, supported(locale));
			}
		};
		resolver.setDefaultLocale(Locale.forLanguageTag(LanguagePolicy.DEFAULT));
		// A cookie is whatever the client sends: one that is not a locale
		// (simimo-lang=%%%)
		// is ignored, as an unsupported language is, instead of failing every page for as
		// long as the cookie lives.
		resolver.setRejectInvalidCookies(false);
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
