package ma.hcp.simimo.web;

import ma.hcp.simimo.kernel.Durations;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * What a @WebMvcTest needs of the shared web layer: security, languages, layout,
 * durations.
 */
@TestConfiguration
@EnableWebSecurity
@Import({ SecurityConfiguration.class, LanguageConfiguration.class, LayoutModel.class, Durations.class,
		ErrorPages.class })
public class WebTestConfiguration {

}
