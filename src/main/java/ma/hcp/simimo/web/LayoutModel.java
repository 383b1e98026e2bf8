package ma.hcp.simimo.web;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives the layout what every page needs, error pages included: the current page's
 * address in each language. Called from the layout as {@code @layoutModel}, since model
 * attributes are not added to the views of exception handlers.
 */
@Component("layoutModel")
public class LayoutModel {

	public Map<String, String> languageLinks() {
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale language : LanguageConfiguration.SUPPORTED) {
			links.put(language.getLanguage(),
					ServletUriComponentsBuilder.fromCurrentRequest()
						.replaceQueryParam("lang", language.getLanguage())
						.build()
						.toUriString());
		}
		return links;
	}

	public String textDirection(Locale locale) {
		return LanguagePolicy.direction(locale.getLanguage());
	}

}
