package ma.hcp.simimo.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;

import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a child JVM by {@link KilledDuringPublicationTests}: the application, whose
 * {@link RecordPublication} halts the JVM (as {@code kill -9} would: no shutdown hook, no
 * outcome written) right after the step named by {@code --halt-after=PENDING|PUBLIC}.
 * Waits for a line "publish <dataset IRI> <new French title>" on its standard input, then
 * saves and submits a draft of that dataset with that title and publishes it.
 */
public final class HaltsDuringPublication {

	/** Printed just before the halt. */
	public static final String HALTING = "halting during the publication after step ";

	/** The exit value of the halt, that of a process killed by SIGKILL. */
	public static final int EXIT = 137;

	private HaltsDuringPublication() {
	}

	public static void main(String[] args) throws IOException {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class, Halting.class)
			.run(args);
		AccountRepository accounts = app.getBean(AccountRepository.class);
		accounts.create("halting-coordinator", "", "a halting coordinator's password", Set.of(Role.COORDINATOR),
				Set.of());
		String account = accounts.byUserName("halting-coordinator").orElseThrow().iri();
		RecordDrafts drafts = app.getBean(RecordDrafts.class);
		BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String command;
		while ((command = commands.readLine()) != null) {
			String[] words = command.split(" ", 3);
			if (words.length == 3 && words[0].equals("publish")) {
				Model description = ModelFactory.createDefaultModel().add(drafts.published(words[1]));
				Resource subject = description.createResource(words[1]);
				description.removeAll(subject, DCTerms.title, null);
				description.add(subject, DCTerms.title, description.createLiteral(words[2], "fr"));
				RecordDrafts.Draft saved = drafts.save(words[1], account, description);
				drafts.move(saved, account, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
				Halting.armed = true;
				app.getBean(RecordPublication.class)
					.publish(drafts.draftOf(words[1]).orElseThrow(), account, Optional.empty());
				System.out.println("published without halting");
				System.out.flush();
			}
		}
		app.close();
	}

	/**
	 * Replaces the application's publication by one that halts after the chosen step,
	 * once armed (the start itself settles and may write).
	 */
	static class Halting implements BeanPostProcessor, ApplicationContextAware {

		static volatile boolean armed;

		private ApplicationContext context;

		@Override
		public void setApplicationContext(ApplicationContext context) {
			this.context = context;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (!(bean instanceof RecordPublication)) {
				return bean;
			}
			RecordPublication.Step haltAfter = RecordPublication.Step
				.valueOf(this.context.getEnvironment().getRequiredProperty("halt-after"));
			return new RecordPublication(this.context.getBean(RecordDrafts.class),
					this.context.getBean(PrivateStore.class), Optional.of(this.context.getBean(Dataset.class)),
					Optional.of(this.context.getBean(StoreWriter.class)), this.context.getBean(QueryRegistry.class),
					this.context.getBean(GraphNames.class), (step) -> {
						if (armed && step == haltAfter) {
							System.out.println(HALTING + step);
							System.out.flush();
							Runtime.getRuntime().halt(EXIT);
						}
					});
		}

	}

}
