package ma.hcp.simimo.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
 * Run in a child JVM by {@code KilledDuringPublicationTests} and
 * {@code KilledDuringWithdrawalOrRestrictionTests}: the application, whose
 * {@link RecordPublication} and {@link RecordRestrictions} halt the JVM (as
 * {@code kill -9} would: no shutdown hook, no outcome written) right after the step named
 * by {@code --halt-after=PENDING|PUBLIC}. Waits for a line on its standard input:
 * "publish <dataset IRI> <new French title>" saves and submits a draft of that dataset
 * with that title and publishes it; "withdraw <IRI>" withdraws the record; "restrict
 * <IRI>" restricts it.
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
			else if (words.length == 2 && words[0].equals("withdraw")) {
				Halting.armed = true;
				app.getBean(RecordPublication.class).withdraw(words[1], account, "Zqkill retiré en plein vol");
				System.out.println("withdrew without halting");
				System.out.flush();
			}
			else if (words.length == 2 && words[0].equals("restrict")) {
				Halting.armed = true;
				app.getBean(RecordRestrictions.class).restrict(words[1], account, Optional.of("Zqkill restreint"));
				System.out.println("restricted without halting");
				System.out.flush();
			}
		}
		app.close();
	}

	/**
	 * Replaces the application's publication and restrictions by ones that halt after the
	 * chosen step, once armed (the start itself settles and may write).
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
			if (bean instanceof RecordRestrictions) {
				return new RecordRestrictions(this.context.getBean(RecordDrafts.class),
						this.context.getBean(PrivateStore.class), Optional.of(this.context.getBean(Dataset.class)),
						Optional.of(new HaltingWriter(this.context, this::haltAfter)),
						this.context.getBean(GraphNames.class));
			}
			if (!(bean instanceof RecordPublication)) {
				return bean;
			}
			return new RecordPublication(this.context.getBean(RecordDrafts.class),
					this.context.getBean(PrivateStore.class), Optional.of(this.context.getBean(Dataset.class)),
					Optional.of(this.context.getBean(StoreWriter.class)), this.context.getBean(QueryRegistry.class),
					this.context.getBean(GraphNames.class), this::haltAfter);
		}

		private void haltAfter(RecordPublication.Step step) {
			if (armed && step == RecordPublication.Step
				.valueOf(this.context.getEnvironment().getRequiredProperty("halt-after"))) {
				System.out.println(HALTING + step);
				System.out.flush();
				Runtime.getRuntime().halt(EXIT);
			}
		}

	}

	/**
	 * The application's writer, with the restriction's two stops around its public write:
	 * before it is after step 1 (the pending change and the private graph), after it is
	 * after step 2. {@link RecordRestrictions} has no step hook of its own, and its only
	 * public write is this one.
	 */
	static final class HaltingWriter extends StoreWriter {

		private final StoreWriter writer;

		private final Consumer<RecordPublication.Step> halt;

		HaltingWriter(ApplicationContext context, Consumer<RecordPublication.Step> halt) {
			super(context.getBean(Dataset.class), context.getBean(QueryRegistry.class),
					context.getBean(GraphNames.class), context.getBean(StoreProperties.class).shapes(),
					new WriteGeneration());
			this.writer = context.getBean(StoreWriter.class);
			this.halt = halt;
		}

		@Override
		public WriteReport write(String purpose, Consumer<StoreWrite> steps) {
			this.halt.accept(RecordPublication.Step.PENDING);
			WriteReport report = this.writer.write(purpose, steps);
			this.halt.accept(RecordPublication.Step.PUBLIC);
			return report;
		}

	}

}
