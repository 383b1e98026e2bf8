package ma.hcp.simimo.kernel;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message bundles, read as the application reads them, for tests that
 * build a component by hand.
 */
public final class TestMessages {

	private TestMessages() {
	}

	public static MessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
