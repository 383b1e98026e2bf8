package ma.hcp.simimo.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.store.RecordDrafts.Draft;

/**
 * Offers a content file's changed version of a record edited in the application as a
 * submitted draft of that record (decision 0027, curated files and edited content), so
 * that a file change is never silently ignored: the draft is authored by {@link #AUTHOR},
 * "the content files", and comes with a change published → submitted whose comment names
 * the file and its checksum. A record that already has a draft keeps it: the file's
 * version is noted in its change log instead (a change from the draft's state to itself).
 * A withdrawn record stays withdrawn: the file's version is noted too (withdrawn to
 * withdrawn), never offered, since publishing it would publish the record again. Each
 * change carries {@code simimo:sourceGraph} and {@code simimo:fileChecksum}, so one
 * version of one file is handled once, however often it is loaded. All the offers of one
 * load are one private write.
 */
public class FileVersions {

	/**
	 * The author of the offered drafts: an account IRI of no account (it has no
	 * {@code rdf:type simimo:Account}, so it cannot sign in), named in the accounts graph
	 * so that the pages say who wrote the draft.
	 */
	public static final String AUTHOR = "urn:simimo:account:content-files";

	static final String AUTHOR_USER_NAME = "content-files";

	static final String AUTHOR_NAME = "Fichiers de contenu (vocabularies/)";

	private static final Logger log = LoggerFactory.getLogger(FileVersions.class);

	private final PrivateStore privateStore;

	private final RecordHistory history;

	FileVersions(PrivateStore privateStore) {
		this.privateStore = privateStore;
		this.history = new RecordHistory(privateStore);
	}

	/**
	 * A file's version of an edited record that differs from what the file said of it
	 * when it was last handled.
	 *
	 * @param record the record's IRI
	 * @param fileGraph the file's graph
	 * @param file the file, relative to the content root
	 * @param checksum the file's SHA-256
	 * @param description the file's description of the record
	 * @param base the digest of the record's published description, the draft's base
	 * @param withdrawn whether the record is withdrawn from publication
	 */
	record Candidate(String record, String fileGraph, String file, String checksum, Model description, String base,
			boolean withdrawn) {
	}

	/** What became of a candidate. */
	enum Outcome {

		/** Offered now as a submitted draft. */
		OFFERED,
		/** Offered by an earlier load of the same file version (one that stopped). */
		ALREADY_OFFERED,
		/** Noted in the log of a record that has a draft, which is kept. */
		NOTED,
		/** Noted by an earlier load of the same file version. */
		ALREADY_NOTED,
		/**
		 * Noted in the log of a withdrawn record, which stays withdrawn: publishing the
		 * file's version would publish it again, which only a coordinator's revert does.
		 */
		NOTED_WITHDRAWN,
		/** Noted, withdrawn, by an earlier load of the same file version. */
		ALREADY_NOTED_WITHDRAWN;

		/** Whether the file's description now stands as handled: its digest moves. */
		boolean handled() {
			return this == OFFERED || this == ALREADY_OFFERED || this == NOTED_WITHDRAWN
					|| this == ALREADY_NOTED_WITHDRAWN;
		}

	}

	/**
	 * The outcome of one candidate.
	 *
	 * @param candidate the file's version
	 * @param outcome what became of it
	 * @param draft the draft written now, for {@link Outcome#OFFERED}
	 * @param change the change written now, for {@link Outcome#OFFERED} and
	 * {@link Outcome#NOTED}
	 */
	record Offer(Candidate candidate, Outcome outcome, Optional<String> draft, Optional<String> change) {
	}

	/**
	 * Handles {@code candidates} in one private write: each is offered as a submitted
	 * draft, or noted when its record has a draft, unless the same file version was
	 * handled before.
	 */
	List<Offer> offer(List<Candidate> candidates) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		RecordDrafts.settleStates(this.privateStore);
		List<Offer> offers = new ArrayList<>();
		this.privateStore.write("content files' versions of edited records", (write) -> {
			offers.clear();
			QuerySolutionMap author = new QuerySolutionMap();
			author.add("author", ResourceFactory.createResource(AUTHOR));
			author.add("userName", ResourceFactory.createTypedLiteral(AUTHOR_USER_NAME));
			author.add("name", ResourceFactory.createTypedLiteral(AUTHOR_NAME));
			write.update("store/nameContentFilesAuthor", author);
			for (Candidate candidate : candidates) {
				offers.add(offer(write, candidate));
			}
		});
		offers.forEach(FileVersions::warn);
		return offers;
	}

	/**
	 * Undoes the offers written now, after the content load they came with was refused:
	 * their drafts and changes go, in one private write. Notes stay: they say what the
	 * file held.
	 */
	void withdraw(List<Offer> offers) {
		List<Offer> written = offers.stream().filter((offer) -> offer.outcome() == Outcome.OFFERED).toList();
		if (written.isEmpty()) {
			return;
		}
		this.privateStore.write("content files' versions withdrawn: the load was refused", (write) -> {
			for (Offer offer : written) {
				QuerySolutionMap draft = new QuerySolutionMap();
				draft.add("draft", ResourceFactory.createResource(offer.draft().orElseThrow()));
				write.update("store/discardDraft", draft);
				QuerySolutionMap change = new QuerySolutionMap();
				change.add("change", ResourceFactory.createResource(offer.change().orElseThrow()));
				write.update("store/forgetChange", change);
			}
		});
	}

	private Offer offer(StoreWrite write, Candidate candidate) {
		QuerySolutionMap version = new QuerySolutionMap();
		version.add("record", ResourceFactory.createResource(candidate.record()));
		version.add("fileGraph", ResourceFactory.createResource(candidate.fileGraph()));
		version.add("checksum", ResourceFactory.createPlainLiteral(candidate.checksum()));
		List<String> earlier = new ArrayList<>();
		write.select("store/fileVersionChanges", version, (row) -> earlier.add(row.getResource("fromState").getURI()));
		if (!earlier.isEmpty()) {
			Outcome handled = earlier.contains(WorkflowState.PUBLISHED.iri()) ? Outcome.ALREADY_OFFERED
					: earlier.contains(WorkflowState.WITHDRAWN.iri()) ? Outcome.ALREADY_NOTED_WITHDRAWN
							: Outcome.ALREADY_NOTED;
			return new Offer(candidate, handled, Optional.empty(), Optional.empty());
		}
		if (candidate.withdrawn()) {
			String change = this.history.append(write, candidate.record(), AUTHOR,
					Optional.of(notedWithdrawn(candidate)), WorkflowState.WITHDRAWN, WorkflowState.WITHDRAWN);
			write.update("store/markFileVersion", marks(change, candidate));
			return new Offer(candidate, Outcome.NOTED_WITHDRAWN, Optional.empty(), Optional.of(change));
		}
		QuerySolutionMap record = new QuerySolutionMap();
		record.add("record", ResourceFactory.createResource(candidate.record()));
		if (write.ask("store/recordHasDraft", record)) {
			QuerySolutionMap submitted = new QuerySolutionMap();
			submitted.add("record", ResourceFactory.createResource(candidate.record()));
			submitted.add("state", ResourceFactory.createResource(WorkflowState.SUBMITTED.iri()));
			WorkflowState state = write.ask("store/recordDraftInState", submitted) ? WorkflowState.SUBMITTED
					: WorkflowState.DRAFT;
			String change = this.history.append(write, candidate.record(), AUTHOR, Optional.of(noted(candidate)), state,
					state);
			write.update("store/markFileVersion", marks(change, candidate));
			return new Offer(candidate, Outcome.NOTED, Optional.empty(), Optional.of(change));
		}
		Instant now = Instant.now();
		Draft draft = new Draft(RecordDrafts.DRAFT_PREFIX + UUID.randomUUID(), candidate.record(), AUTHOR, now, now,
				candidate.base(), 1, Optional.empty(), WorkflowState.SUBMITTED);
		write.update("store/saveDraft", RecordDrafts.entry(draft));
		ValueRows triples = RecordDrafts.triples(candidate.description());
		if (!triples.isEmpty()) {
			QuerySolutionMap graph = new QuerySolutionMap();
			graph.add("draft", ResourceFactory.createResource(draft.iri()));
			write.update("store/draftTriples", graph, triples);
		}
		String change = this.history.append(write, candidate.record(), AUTHOR, Optional.of(offered(candidate)),
				WorkflowState.PUBLISHED, WorkflowState.SUBMITTED);
		write.update("store/markFileVersion", marks(change, candidate));
		return new Offer(candidate, Outcome.OFFERED, Optional.of(draft.iri()), Optional.of(change));
	}

	private static QuerySolutionMap marks(String change, Candidate candidate) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("change", ResourceFactory.createResource(change));
		bindings.add("fileGraph", ResourceFactory.createResource(candidate.fileGraph()));
		bindings.add("checksum", ResourceFactory.createPlainLiteral(candidate.checksum()));
		return bindings;
	}

	// In French, the catalogue's first language: a change's comment is data, written
	// once, not a message of the pages.
	private static String offered(Candidate candidate) {
		return "Version du fichier " + candidate.file() + " (SHA-256 " + candidate.checksum()
				+ ") : le fichier a changé cette fiche depuis sa publication dans l’application. "
				+ "Publier cette version la remplace par celle du fichier ; l’écarter garde la version publiée.";
	}

	private static String noted(Candidate candidate) {
		return "Le fichier " + candidate.file() + " (SHA-256 " + candidate.checksum()
				+ ") a changé cette fiche, mais sa version n’est pas proposée : la fiche a déjà ce brouillon, "
				+ "qui est gardé. Sa version sera proposée quand le fichier changera à nouveau, une fois ce "
				+ "brouillon publié ou écarté.";
	}

	private static String notedWithdrawn(Candidate candidate) {
		return "Le fichier " + candidate.file() + " (SHA-256 " + candidate.checksum()
				+ ") a changé cette fiche, mais sa version n’est pas proposée : la fiche est retirée de la "
				+ "publication et le reste. Pour la publier à nouveau, revenir à une version de son historique.";
	}

	private static void warn(Offer offer) {
		Candidate candidate = offer.candidate();
		switch (offer.outcome()) {
			case OFFERED -> log.warn("{} changes {}, which was edited in the application since: the published edit "
					+ "is kept and the file's version is offered as a submitted draft in the review queue "
					+ "(decision 0027)", candidate.file(), candidate.record());
			case NOTED -> log.warn("{} changes {}, which was edited in the application since and has a draft: the "
					+ "draft is kept and the file's version is only noted in the record's change log (decision 0027)",
					candidate.file(), candidate.record());
			case NOTED_WITHDRAWN -> log.warn(
					"{} changes {}, which is withdrawn from publication: it stays withdrawn "
							+ "and the file's version is only noted in the record's change log (decision 0027)",
					candidate.file(), candidate.record());
			default -> log.info("{} (SHA-256 {}): its version of {} was handled by an earlier load", candidate.file(),
					candidate.checksum(), candidate.record());
		}
	}

}
