package ma.hcp.simimo.store;

import java.util.Calendar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The one place that writes to the embedded store. Each write is one transaction: its
 * steps run through a dataset that records what they change; when they change a content
 * graph (a graph the system graph records as loaded from a file, before or after the
 * write) the union of the content graphs is validated against the shapes; when they
 * change anything, a new content version ({@code simimo:contentVersion}) and write
 * sequence ({@code simimo:writeSequence}) are recorded, in the store and in the text
 * index's commit, and the write's RDF Patch goes to the {@link PatchLog} before the
 * commit. An exception in any step, or a violation of the shapes, aborts the transaction
 * and nothing of the write lands. After a commit that changed anything, a
 * {@link StoreChange} is published, so what derives from the store follows at once.
 */
public class StoreWriter {

	private static final Logger log = LoggerFactory.getLogger(StoreWriter.class);

	private final Dataset dataset;

	private final QueryRegistry queries;

	private final GraphNames graphNames;

	private final ContentShapes shapes;

	private final WriteGeneration generation;

	/**
	 * Held by every write and by the operations that must see no write land while they
	 * run (a text index rebuild, a compaction). TDB2 has one writer at a time anyway, so
	 * writes lose nothing by queueing here rather than in TDB2.
	 */
	private final ReentrantLock writing = new ReentrantLock();

	/** Null where nothing keeps a log (some tests). */
	private final PatchLog patches;

	/** Null where nothing listens (some tests). */
	private final ApplicationEventPublisher events;

	StoreWriter(Dataset dataset, QueryRegistry queries, GraphNames graphNames, String shapesFile,
			WriteGeneration generation) {
		this(dataset, queries, graphNames, shapesFile, generation, null, null);
	}

	StoreWriter(Dataset dataset, QueryRegistry queries, GraphNames graphNames, String shapesFile,
			WriteGeneration generation, PatchLog patches, ApplicationEventPublisher events) {
		this.dataset = dataset;
		this.queries = queries;
		this.graphNames = graphNames;
		this.shapes = new ContentShapes(graphNames.forFile(shapesFile));
		this.generation = generation;
		this.patches = patches;
		this.events = events;
	}

	/**
	 * Runs {@code steps} as one transaction and returns what they changed.
	 * @param purpose what the write is, for the log
	 * @throws ContentValidationException when the content would break the shapes
	 */
	public WriteReport write(String purpose, Consumer<StoreWrite> steps) {
		RecordedChanges changes = new RecordedChanges(this.graphNames.systemGraph());
		DatasetGraph recording = changes.recording(this.dataset.asDatasetGraph());
		WriteReport report;
		Numbered numbered = new Numbered();
		this.writing.lock();
		try {
			report = write(recording, changes, steps, purpose, numbered);
		}
		catch (RuntimeException ex) {
			// Aborted, or the commit failed: the entry must not claim a write the store
			// does not have.
			if (numbered.logged && this.patches != null) {
				this.patches.discard(numbered.sequence);
			}
			throw ex;
		}
		finally {
			// After the commit (or the abort): a reader that read the version before it
			// reads it again.
			this.generation.advance();
			this.writing.unlock();
		}
		if (report.changedAnything()) {
			log.info("Store write ({}): {} graph(s) changed, {} triple(s) added, {} removed{}", purpose,
					report.changedGraphs().size(), report.triplesAdded(), report.triplesRemoved(),
					report.shapes().performed() ? ", shapes checked in " + report.shapes().time().toMillis() + " ms"
							: "");
			if (this.events != null) {
				this.events.publishEvent(changes.change(numbered.sequence, numbered.contentVersion));
			}
		}
		return report;
	}

	/**
	 * Runs {@code work} while no write of this writer runs: the writes asked meanwhile
	 * wait until it returns. For operations on the whole store, such as re-indexing it,
	 * that a write landing half-way would spoil.
	 */
	public <T> T exclusively(Supplier<T> work) {
		this.writing.lock();
		try {
			return work.get();
		}
		finally {
			this.writing.unlock();
		}
	}

	private WriteReport write(DatasetGraph recording, RecordedChanges changes, Consumer<StoreWrite> steps,
			String purpose, Numbered numbered) {
		return Txn.calculateWrite(recording, () -> {
			Map<String, String> before = contentFiles(recording);
			StoreWrite write = new StoreWrite(recording, this.queries);
			steps.accept(write);
			ShapesCheck check = ShapesCheck.NOT_NEEDED;
			if (changes.graphs().isEmpty()) {
				return new WriteReport(changes.graphs(), 0, 0, check, 0);
			}
			Map<String, String> after = contentFiles(recording);
			Set<String> content = new HashSet<>(before.keySet());
			content.addAll(after.keySet());
			if (changes.graphs().stream().anyMatch(content::contains)) {
				check = this.shapes.validate(recording, after, changes.graphs());
			}
			numbered.sequence = ContentVersion.sequenceOf(recording, this.queries, this.graphNames) + 1;
			WriteReport done = new WriteReport(changes.graphs(), changes.added(), changes.removed(), check,
					numbered.sequence);
			String id = "urn:uuid:" + UUID.randomUUID();
			advanceVersion(write, id, numbered.sequence);
			numbered.contentVersion = ContentVersion.of(recording, this.queries, this.graphNames);
			if (TextIndexRecovery.hasTextIndex(this.dataset.asDatasetGraph())) {
				TextIndexRecovery.recordVersion(this.dataset.asDatasetGraph(), numbered.contentVersion);
			}
			if (this.patches != null) {
				// Last before the commit, and on disk before it: see PatchLog.
				numbered.logged = true;
				this.patches.append(numbered.sequence, id, numbered.contentVersion, purpose, changes);
			}
			return done;
		});
	}

	/** The number, content version and log entry of the write under way. */
	private static final class Numbered {

		long sequence;

		String contentVersion;

		boolean logged;

	}

	private void advanceVersion(StoreWrite write, String id, long sequence) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		bindings.add("version", ResourceFactory.createResource(id));
		bindings.add("sequence", ResourceFactory.createTypedLiteral(Long.toString(sequence), XSDDatatype.XSDlong));
		bindings.add("modified",
				ResourceFactory.createTypedLiteral(new XSDDateTime(Calendar.getInstance(TimeZone.getTimeZone("UTC")))));
		write.update("store/advanceContentVersion", bindings);
	}

	/**
	 * The content graphs and their files, as the system graph records them in this
	 * transaction: the graphs loaded from files and the graphs of edited records
	 * (decision 0027), whose "file" names the record.
	 */
	private Map<String, String> contentFiles(DatasetGraph store) {
		return contentGraphs(store, this.queries, this.graphNames);
	}

	/**
	 * The content graphs (queries/store/contentGraphs.rq) and where each came from, in
	 * the caller's transaction.
	 */
	static Map<String, String> contentGraphs(DatasetGraph store, QueryRegistry queries, GraphNames graphNames) {
		Map<String, String> files = new LinkedHashMap<>();
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(graphNames.systemGraph()));
		try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(store))
			.query(queries.query("store/contentGraphs"))
			.substitution(bindings)
			.build()) {
			execution.execSelect()
				.forEachRemaining((row) -> files.put(row.getResource("graph").getURI(),
						row.getLiteral("sourceFile").getLexicalForm()));
		}
		return files;
	}

	/**
	 * Hands each record of queries/store/loadedGraphs.rq to {@code rows}; the caller
	 * holds the transaction.
	 */
	static void readLoadedGraphs(DatasetGraph store, QueryRegistry queries, GraphNames graphNames,
			Consumer<QuerySolution> rows) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(graphNames.systemGraph()));
		try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(store))
			.query(queries.query("store/loadedGraphs"))
			.substitution(bindings)
			.build()) {
			ResultSet results = execution.execSelect();
			while (results.hasNext()) {
				rows.accept(results.next());
			}
		}
	}

}
