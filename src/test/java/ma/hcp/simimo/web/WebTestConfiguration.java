package ma.hcp.simimo.web;

import ma.hcp.simimo.kernel.Dates;
import ma.hcp.simimo.kernel.Durations;
import ma.hcp.simimo.store.RuntimeSettings;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * What a @WebMvcTest needs of the shared web layer: security, languages, layout,
 * durations, plural forms, asset addresses, and run-time settings that were never saved
 * (the layout's notice reads them).
 */
@TestConfiguration
@EnableWebSecurity
@Import({ SecurityConfiguration.class, LanguageConfiguration.class, LayoutModel.class, Durations.class, Dates.class,
		MessageSlots.class, ErrorPages.class, Plurals.class, StaticAssets.class })
public class WebTestConfiguration {

	@Bean
	RuntimeSettings runtimeSettings() {
		// Every setting unsaved: no notice, the features' defaults.
		return ma.hcp.simimo.store.TestPrivateStores.unsavedSettings();
	}

}
