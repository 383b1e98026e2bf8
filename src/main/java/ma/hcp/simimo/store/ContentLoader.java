package ma.hcp.simimo.store;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one named graph per content file in step with the files on disk. A file is
 * reloaded only when its SHA-256 changed, a graph whose file is gone is dropped, and
 * every change of one pass is one write of {@link StoreWriter} after all changed files
 * have parsed, so a broken file changes nothing, and content that breaks the shapes is
 * refused with the store left as it was. The checksums are kept as spdx:checksum records
 * in the system graph. A record edited in the application keeps its edit (decision 0027):
 * a file's changed version of it is offered as a submitted draft through
 * {@link FileVersions}, in one private write before the public one, and a file that
 * describes it as its edited graph does is its source again.
 */
public class ContentLoader {

	private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

	private final StoreWriter writer;

	private final Dataset dataset;

	private final QueryRegistry queries;

	private final GraphNames graphNames;

	private final Supplier<Set<String>> restricted;

	/** Null where the file's versions are only logged (some tests). */
	private final FileVersions fileVersions;

	private volatile LastLoad last;

	/**
	 * The report of the last pass that finished, and when: what the administrators' page
	 * shows.
	 *
	 * @param report what the pass did
	 * @param finished when it finished
	 */
	public record LastLoad(LoadReport report, Instant finished) {
	}

	public ContentLoader(StoreWriter writer, Dataset dataset, QueryRegistry queries, GraphNames graphNames) {
		this(writer, dataset, queries, graphNames, null, Set::of);
	}

	/**
	 * As {@link #ContentLoader(StoreWriter, Dataset, QueryRegistry, GraphNames)},
	 * offering through {@code fileVersions} a file's changed version of an edited record
	 * as a submitted draft (decision 0027); without it, such a change is only logged.
	 */
	public ContentLoader(StoreWriter writer, Dataset dataset, QueryRegistry queries, GraphNames graphNames,
			FileVersions fileVersions) {
		this(writer, dataset, queries, graphNames, fileVersions, Set::of);
	}

	/**
	 * As {@link #ContentLoader(StoreWriter, Dataset, QueryRegistry, GraphNames)}, leaving
	 * the restricted records out.
	 * @param restricted the restricted records (decision 0027), read from the private
	 * store at each load: whatever a reloaded file says of them is left out, so that the
	 * public store keeps no trace of them
	 */
	public ContentLoader(StoreWriter writer, Dataset dataset, QueryRegistry queries, GraphNames graphNames,
			Supplier<Set<String>> restricted) {
		this(writer, dataset, queries, graphNames, null, restricted);
	}

	/**
	 * The production loader: a file's changed version of an edited record offered through
	 * {@code fileVersions}, the {@code restricted} records left out.
	 */
	public ContentLoader(StoreWriter writer, Dataset dataset, QueryRegistry queries, GraphNames graphNames,
			FileVersions fileVersions, Supplier<Set<String>> restricted) {
		this.writer = writer;
		this.dataset = dataset;
		this.queries = queries;
		this.graphNames = graphNames;
		this.restricted = restricted;
		this.fileVersions = fileVersions;
	}

	public LoadReport load(Path contentRoot, List<String> directories) {
		return load(ContentRoot.directory(contentRoot), directories);
	}

	/**
	 * Loads the files of {@code directories} under {@code contentRoot}, a directory or
	 * the copies in the jar.
	 */
	public LoadReport load(ContentRoot contentRoot, List<String> directories) {
		long start = System.nanoTime();
		List<ContentFile> files = scan(contentRoot, directories);
		Map<String, String> recorded = recordedChecksums();
		List<ContentFile> changed = files.stream()
			.filter((file) -> !file.checksum().equals(recorded.get(file.graph())))
			.toList();
		List<String> present = files.stream().map(ContentFile::graph).toList();
		List<String> dropped = recorded.keySet().stream().filter((graph) -> !present.contains(graph)).sorted().toList();
		List<String> unchanged = files.stream()
			.filter((file) -> !changed.contains(file))
			.map(ContentFile::relativePath)
			.toList();
		Map<ContentFile, Graph> parsed = parseAll(changed);
		ShapesCheck shapes = ShapesCheck.NOT_NEEDED;
		if (!changed.isEmpty() || !dropped.isEmpty()) {
			// The private write comes first: a stop before the public one loads the file
			// again at the next start, and its offers are found there, not made twice.
			List<FileVersions.Offer> offers = offerChangedVersions(parsed);
			try {
				shapes = this.writer.write("content load", (write) -> {
					Map<String, Map<String, String>> edited = editedRecords(write.dataset());
					Set<String> restrictedRecords = this.restricted.get();
					dropped.forEach((graph) -> drop(write, graph));
					parsed.forEach((file, content) -> replace(write, file, leaveOutRestricted(file,
							reconcile(write, file, content, edited, offers), restrictedRecords)));
				}).shapes();
			}
			catch (RuntimeException ex) {
				if (this.fileVersions != null) {
					this.fileVersions.withdraw(offers);
				}
				throw ex;
			}
		}
		LoadReport report = new LoadReport(changed.stream().map(ContentFile::relativePath).toList(), unchanged, dropped,
				shapes);
		log.info("Content loaded in {} ms: {} graph(s) written, {} unchanged, {} dropped; {}",
				(System.nanoTime() - start) / 1_000_000, report.loaded().size(), report.unchanged().size(),
				report.dropped().size(), shapes.performed() ? "shapes validated in " + shapes.time().toMillis()
						+ " ms over " + shapes.triples() + " triples" : "shapes not run");
		this.last = new LastLoad(report, Instant.now());
		return report;
	}

	/** The last pass that finished, if one has since the start. */
	public Optional<LastLoad> lastLoad() {
		return Optional.ofNullable(this.last);
	}

	private List<ContentFile> scan(ContentRoot contentRoot, List<String> directories) {
		List<ContentFile> files = new ArrayList<>();
		for (String directory : directories) {
			if (directory.replaceAll("^/+", "").split("/")[0].equals(GraphNames.EDITED_DIRECTORY)) {
				// Its files' graphs would be the graphs of the records edited in the
				// application (decision 0027).
				throw new ContentLoadException(
						"The content directory \"" + directory + "\" is not accepted: the graphs " + "under graphs/"
								+ GraphNames.EDITED_DIRECTORY + "/ hold the records edited in the application",
						null);
			}
			for (ContentRoot.Entry entry : contentRoot.list(directory)) {
				String name = entry.relativePath().substring(entry.relativePath().lastIndexOf('/') + 1);
				Lang lang = RDFLanguages.filenameToLang(name);
				if (lang != null) {
					files.add(contentFile(entry, lang));
				}
			}
		}
		return files;
	}

	private ContentFile contentFile(ContentRoot.Entry entry, Lang lang) {
		String relative = entry.relativePath();
		if (RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang)) {
			throw new ContentLoadException(relative + ": quads syntax " + lang.getLabel()
					+ " is not accepted; each file is one graph, write it in a triples syntax", null);
		}
		return new ContentFile(entry, relative, this.graphNames.forFile(relative), lang, sha256(entry.bytes()));
	}

	private Map<ContentFile, Graph> parseAll(List<ContentFile> files) {
		Map<ContentFile, Graph> parsed = new java.util.LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		for (ContentFile file : files) {
			Graph graph = GraphFactory.createDefaultGraph();
			try {
				RDFParser.source(new ByteArrayInputStream(file.source().bytes()))
					.base(file.source().base())
					.lang(file.lang())
					.errorHandler(new FileErrorHandler(file))
					.parse(graph);
				parsed.put(file, graph);
			}
			catch (RiotParseException ex) {
				errors.add(file.relativePath() + " line " + ex.getLine() + ", column " + ex.getCol() + ": "
						+ ex.getOriginalMessage());
			}
			catch (RiotException ex) {
				errors.add(file.relativePath() + ": " + ex.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw new ContentLoadException("Content not loaded, the store is unchanged. " + String.join("; ", errors),
					null);
		}
		return parsed;
	}

	private Map<String, String> recordedChecksums() {
		Map<String, String> recorded = new HashMap<>();
		Txn.executeRead(this.dataset, () -> StoreWriter.readLoadedGraphs(this.dataset.asDatasetGraph(), this.queries,
				this.graphNames,
				(row) -> recorded.put(row.getResource("graph").getURI(), row.getLiteral("checksum").getLexicalForm())));
		return recorded;
	}

	/**
	 * The records edited in the application (decision 0027), each with the digest of its
	 * description in each file's graph when it was last handled (at its first
	 * publication, or when the file's version was offered); the caller holds a
	 * transaction.
	 */
	private Map<String, Map<String, String>> editedRecords(DatasetGraph store) {
		Map<String, Map<String, String>> edited = new HashMap<>();
		forEachInSystemGraph(store, "store/editedRecords", (row) -> {
			Map<String, String> digests = edited.computeIfAbsent(row.getResource("record").getURI(),
					(record) -> new HashMap<>());
			if (row.contains("fileGraph")) {
				digests.put(row.getResource("fileGraph").getURI(), row.getLiteral("digest").getLexicalForm());
			}
		});
		return edited;
	}

	/** The records withdrawn from publication; the caller holds a transaction. */
	private Set<String> withdrawnRecords(DatasetGraph store) {
		Set<String> withdrawn = new HashSet<>();
		forEachInSystemGraph(store, "store/withdrawnRecords",
				(row) -> withdrawn.add(row.getResource("record").getURI()));
		return withdrawn;
	}

	/** Each row of system-graph query {@code name}; the caller holds a transaction. */
	private void forEachInSystemGraph(DatasetGraph store, String name,
			java.util.function.Consumer<org.apache.jena.query.QuerySolution> action) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(store))
			.query(this.queries.query(name))
			.substitution(bindings)
			.build()) {
			execution.execSelect().forEachRemaining(action);
		}
	}

	/**
	 * The first half of the rule between the files and the edits (decision 0027): each
	 * changed file's description of an edited record that is neither the record's edited
	 * description (a committed export) nor what the file said of it when last handled is
	 * a change the file made, offered as a submitted draft in one private write.
	 */
	private List<FileVersions.Offer> offerChangedVersions(Map<ContentFile, Graph> parsed) {
		if (this.fileVersions == null) {
			return List.of();
		}
		List<FileVersions.Candidate> candidates = new ArrayList<>();
		Txn.executeRead(this.dataset, () -> {
			DatasetGraph store = this.dataset.asDatasetGraph();
			Map<String, Map<String, String>> edited = editedRecords(store);
			Set<String> withdrawn = withdrawnRecords(store);
			parsed.forEach((file, content) -> {
				for (Map.Entry<String, Map<String, String>> record : edited.entrySet()) {
					Graph description = description(content, record.getKey());
					if (description.isEmpty() || isEditedDescription(store, record.getKey(), description)
							|| digest(description).equals(record.getValue().get(file.graph()))) {
						continue;
					}
					String base = RecordDrafts.digest(RecordPublication.union(
							RecordPublication.publishedByGraph(store, record.getKey(), this.queries, this.graphNames)));
					candidates.add(new FileVersions.Candidate(record.getKey(), file.graph(), file.relativePath(),
							file.checksum(), ModelFactory.createModelForGraph(description), base,
							withdrawn.contains(record.getKey())));
				}
			});
		});
		return this.fileVersions.offer(candidates);
	}

	/**
	 * The second half of the rule (decision 0027), inside the load's write: a record
	 * edited in the application keeps its published edit, so its description in the file
	 * is left out of the file's graph and the edit is never overwritten; once the file
	 * describes it exactly as its edited graph does (blank nodes included, a committed
	 * export), the file is authoritative again, the edited graph and what the system
	 * graph says of it go, and the file's description stays. A file's version offered as
	 * a draft moves the recorded digest to it, so the same description is not a change
	 * the next time.
	 */
	private Graph reconcile(StoreWrite write, ContentFile file, Graph content, Map<String, Map<String, String>> edited,
			List<FileVersions.Offer> offers) {
		for (Map.Entry<String, Map<String, String>> record : edited.entrySet()) {
			Graph description = description(content, record.getKey());
			if (description.isEmpty()) {
				continue;
			}
			if (isEditedDescription(write.dataset(), record.getKey(), description)) {
				forgetEdited(write, record.getKey());
				log.info("{} describes {} as its edited version does: the file is authoritative for it again and "
						+ "its edited graph is dropped", file.relativePath(), record.getKey());
				continue;
			}
			description.find().toList().forEach(content::delete);
			String digest = digest(description);
			Optional<FileVersions.Offer> offer = offers.stream()
				.filter((candidate) -> candidate.candidate().record().equals(record.getKey())
						&& candidate.candidate().fileGraph().equals(file.graph()))
				.findFirst();
			if (digest.equals(record.getValue().get(file.graph()))) {
				log.info("{}: {} is edited in the application; the file's unchanged description of it is left out",
						file.relativePath(), record.getKey());
			}
			else if (offer.isPresent()) {
				if (offer.get().outcome().handled()) {
					moveDigest(write, record.getKey(), file.graph(), digest);
				}
			}
			else {
				log.warn("{} changes {}, which was edited in the application since: the published edit is kept and "
						+ "the file's version of it is not loaded (decision 0027); publish the file's version through "
						+ "an edit, or export the edited record to the file", file.relativePath(), record.getKey());
			}
		}
		return content;
	}

	/**
	 * Every triple of {@code content} that names a restricted record, as subject (with
	 * the blank nodes it leads to) or object, left out.
	 */
	private static Graph leaveOutRestricted(ContentFile file, Graph content, Set<String> restrictedRecords) {
		for (String record : restrictedRecords) {
			Node node = NodeFactory.createURI(record);
			List<Triple> mentions = new ArrayList<>(RecordDrafts.describe(content, node));
			content.find(Node.ANY, Node.ANY, node).forEachRemaining(mentions::add);
			if (!mentions.isEmpty()) {
				mentions.forEach(content::delete);
				log.info("{}: {} is restricted; the file's {} triple(s) naming it are left out", file.relativePath(),
						record, mentions.size());
			}
		}
		return content;
	}

	/**
	 * The record's description in a file's graph. A record made of parts (a
	 * classification) was published whole, so its parts as the file names them belong to
	 * it too, those the edit removed included.
	 */
	private Graph description(Graph content, String record) {
		Graph one = GraphFactory.createDefaultGraph();
		RecordDrafts.describe(content, NodeFactory.createURI(record)).forEach(one::add);
		for (String part : RecordDrafts.parts(this.queries, content, record)) {
			RecordDrafts.describe(content, NodeFactory.createURI(part)).forEach(one::add);
		}
		return one;
	}

	private static String digest(Graph description) {
		return RecordDrafts.digest(ModelFactory.createModelForGraph(description));
	}

	/** Whether {@code description} is isomorphic to the record's edited graph. */
	private boolean isEditedDescription(DatasetGraph store, String record, Graph description) {
		Graph edited = GraphFactory.createDefaultGraph();
		store.getGraph(NodeFactory.createURI(this.graphNames.editedGraph(record))).find().forEachRemaining(edited::add);
		return !edited.isEmpty() && edited.isIsomorphicWith(description);
	}

	private void forgetEdited(StoreWrite write, String record) {
		String edited = this.graphNames.editedGraph(record);
		write.removeGraph(edited);
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		bindings.add("edited", ResourceFactory.createResource(edited));
		write.update("store/forgetEditedGraph", bindings);
	}

	private void moveDigest(StoreWrite write, String record, String fileGraph, String digest) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		bindings.add("edited", ResourceFactory.createResource(this.graphNames.editedGraph(record)));
		bindings.add("fileGraph", ResourceFactory.createResource(fileGraph));
		bindings.add("digest", ResourceFactory.createPlainLiteral(digest));
		write.update("store/moveFileDigest", bindings);
	}

	private void drop(StoreWrite write, String graph) {
		write.removeGraph(graph);
		write.update("store/forgetLoadedGraph", systemBindings(graph));
		log.info("Dropped graph {}: its file is gone", graph);
	}

	private void replace(StoreWrite write, ContentFile file, Graph content) {
		write.replaceGraph(file.graph(), content);
		write.update("store/forgetLoadedGraph", systemBindings(file.graph()));
		QuerySolutionMap bindings = systemBindings(file.graph());
		bindings.add("sourceFile", ResourceFactory.createTypedLiteral(file.relativePath()));
		bindings.add("checksum", ResourceFactory.createTypedLiteral(file.checksum()));
		bindings.add("triples", ResourceFactory.createTypedLiteral(content.size()));
		bindings.add("modified", ResourceFactory.createTypedLiteral(
				new XSDDateTime(java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")))));
		write.update("store/recordLoadedGraph", bindings);
		log.info("Loaded {} ({} triples) into {}", file.relativePath(), content.size(), file.graph());
	}

	private QuerySolutionMap systemBindings(String graph) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		bindings.add("graph", ResourceFactory.createResource(graph));
		return bindings;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * Turns parser errors into exceptions that keep line and column; warnings are logged
	 * with the file.
	 */
	private record FileErrorHandler(ContentFile file) implements ErrorHandler {

		@Override
		public void warning(String message, long line, long col) {
			log.warn("{} line {}, column {}: {}", this.file.relativePath(), line, col, message);
		}

		@Override
		public void error(String message, long line, long col) {
			throw new RiotParseException(message, line, col);
		}

		@Override
		public void fatal(String message, long line, long col) {
			throw new RiotParseException(message, line, col);
		}

	}

}
