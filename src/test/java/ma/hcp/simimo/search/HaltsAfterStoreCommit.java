package ma.hcp.simimo.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.store.ContentReloader;
import ma.hcp.simimo.store.StoreChange;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Run in a child JVM by {@link KilledBeforeIndexUpdateTests}: the application, plus a
 * listener that runs before every other one on {@link StoreChange} and halts the JVM
 * there, as {@code kill -9} would: the content load has committed to the store, to
 * jena-text and to the patch log, and the search index has not been told. Waits for a
 * line "reload" on its standard input, then reloads the content files.
 */
public final class HaltsAfterStoreCommit {

	/** Printed just before the halt. */
	public static final String HALTING = "halting after the store commit";

	/** The exit value of the halt, that of a process killed by SIGKILL. */
	public static final int EXIT = 137;

	private HaltsAfterStoreCommit() {
	}

	public static void main(String[] args) throws IOException {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class, Halt.class)
			.run(args);
		BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String command;
		while ((command = commands.readLine()) != null) {
			if (command.equals("reload")) {
				Halt.armed = true;
				try {
					app.getBean(ContentReloader.class).reload();
					System.out.println("reloaded without halting");
				}
				catch (RuntimeException ex) {
					System.out.println("reload failed: " + ex.getMessage());
				}
				System.out.flush();
			}
		}
		app.close();
	}

	/**
	 * Halts on the first write after the "reload" command (the start writes too: the
	 * harmonization measurements).
	 */
	static class Halt {

		static volatile boolean armed;

		@EventListener
		@Order(Ordered.HIGHEST_PRECEDENCE)
		void halt(StoreChange change) {
			if (!armed) {
				return;
			}
			System.out.println(HALTING + ": write " + change.to() + " " + change.allSubjects());
			System.out.flush();
			Runtime.getRuntime().halt(EXIT);
		}

	}

}
