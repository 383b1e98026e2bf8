package ma.hcp.simimo.store;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The administrator's compaction command, {@code java -jar simimo.jar
 * --simimo.store.compact}: reads the store settings as the application does
 * (application.properties, environment, arguments), compacts the store with
 * {@link StoreCompaction} and exits, without starting the web application or loading
 * content. Run it while the application is stopped (docs/deployment.md).
 */
public final class StoreCompactionCommand {

	public static final String OPTION = "--simimo.store.compact";

	private static final Logger log = LoggerFactory.getLogger(StoreCompactionCommand.class);

	private StoreCompactionCommand() {
	}

	public static boolean requested(String... args) {
		return Arrays.stream(args).anyMatch((arg) -> arg.equals(OPTION) || arg.equals(OPTION + "=true"));
	}

	/** Compacts the configured store; returns the process exit status (0 when done). */
	public static int run(String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			StoreProperties properties = context.getBean(StoreProperties.class);
			if (properties.isRemote()) {
				log.error("simimo.store.endpoint is set: a remote store is compacted by its own server");
				return 2;
			}
			GraphNames graphNames = new GraphNames(context.getEnvironment().getRequiredProperty("simimo.base-iri"));
			StoreCompaction.Report report = StoreCompaction.compact(properties, graphNames);
			if (report.quadsAfter() != report.quadsBefore()) {
				log.error("The compacted store holds {} quads, {} before", report.quadsAfter(), report.quadsBefore());
				return 1;
			}
			return 0;
		}
		catch (RuntimeException ex) {
			log.error("Store not compacted: {}", ex.getMessage());
			return 1;
		}
	}

	/** Only the store settings: no component scan, no auto-configuration. */
	@EnableConfigurationProperties(StoreProperties.class)
	static class Settings {

	}

}
