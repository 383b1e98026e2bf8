package ma.hcp.simimo.store;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Loads the content files again into the running embedded store and, when that changed
 * anything, tells the rest of the application once the write has committed.
 */
public class ContentReloader {

	private final ContentLoader loader;

	private final StoreProperties properties;

	private final ApplicationEventPublisher events;

	ContentReloader(ContentLoader loader, StoreProperties properties, ApplicationEventPublisher events) {
		this.loader = loader;
		this.properties = properties;
		this.events = events;
	}

	public LoadReport reload() {
		LoadReport report = this.loader.load(this.properties.contentSource(), this.properties.contentDirectories());
		if (report.changedAnything()) {
			this.events.publishEvent(new StoreContentChanged(report));
		}
		return report;
	}

}
