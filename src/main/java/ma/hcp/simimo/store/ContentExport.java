package ma.hcp.simimo.store;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The curators' export of a content file (decision 0027): the file's graph with the
 * records edited in the application that came from it put back, each with its current
 * published description (its edited graph), as Turtle with the file's own prefixes. A
 * curator commits it to the file; the next load then finds the file describing each
 * record as its edited graph does, and the file is authoritative again. A file is named
 * by its file name without its extension ({@code catalogue-datasets} for
 * {@code vocabularies/catalogue-datasets.ttl}), looked up among the files the loader
 * recorded, never on the file system.
 */
public class ContentExport {

	/** What a file's name may be: no slash, no dot, so never a path. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

	private final SparqlExecutor executor;

	private final LoadedGraphRepository graphs;

	private final GraphNames graphNames;

	private final ContentRoot contentRoot;

	ContentExport(SparqlExecutor executor, LoadedGraphRepository graphs, GraphNames graphNames,
			ContentRoot contentRoot) {
		this.executor = executor;
		this.graphs = graphs;
		this.graphNames = graphNames;
		this.contentRoot = contentRoot;
	}

	/**
	 * A content file as loaded, with the records edited in the application that came from
	 * it.
	 *
	 * @param name its name in the export's path
	 * @param sourceFile its path relative to the content root
	 * @param graph its graph
	 * @param triples how many triples its graph holds (edited records left out)
	 * @param editedRecords the IRIs of the edited records that came from it, sorted
	 */
	public record ContentFileEntry(String name, String sourceFile, String graph, long triples,
			List<String> editedRecords) {

		/** Whether the export differs from the file's graph as loaded. */
		public boolean edited() {
			return !this.editedRecords.isEmpty();
		}

	}

	/** The content files as loaded, by path, each with its edited records. */
	public List<ContentFileEntry> files() {
		Map<String, List<String>> edited = new HashMap<>();
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		this.executor.forEach("store/editedRecords", bindings, (row) -> {
			if (row.contains("fileGraph")) {
				edited.computeIfAbsent(row.getResource("fileGraph").getURI(), (graph) -> new ArrayList<>())
					.add(row.getResource("record").getURI());
			}
		});
		List<ContentFileEntry> files = new ArrayList<>();
		for (LoadedGraph graph : this.graphs.loadedGraphs()) {
			List<String> records = new ArrayList<>(edited.getOrDefault(graph.graph(), List.of()));
			records.sort(null);
			files.add(new ContentFileEntry(name(graph.sourceFile()), graph.sourceFile(), graph.graph(), graph.triples(),
					List.copyOf(records)));
		}
		return files;
	}

	/**
	 * The Turtle of the file named {@code name}, with its edited records put back; empty
	 * when no loaded file has that name, or the name is not one a file can have.
	 */
	public Optional<String> turtle(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Optional<ContentFileEntry> file = files().stream().filter((entry) -> entry.name().equals(name)).findFirst();
		if (file.isEmpty()) {
			return Optional.empty();
		}
		QuerySolutionMap graph = new QuerySolutionMap();
		graph.add("graph", ResourceFactory.createResource(file.get().graph()));
		Model export = ModelFactory.createDefaultModel();
		export.add(this.executor.construct("store/contentFileGraph", graph));
		QuerySolutionMap edited = new QuerySolutionMap();
		edited.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		edited.add("fileGraph", ResourceFactory.createResource(file.get().graph()));
		export.add(this.executor.construct("store/editedFromFile", edited));
		export.setNsPrefixes(prefixes(file.get().sourceFile()));
		// "@prefix", as the content files write them, so a curator's diff is the change.
		return Optional.of(RDFWriter.source(export)
			.format(RDFFormat.TURTLE_PRETTY)
			.set(RIOT.symTurtleDirectiveStyle, "at")
			.asString());
	}

	/** The file's name in the export's path: its file name without its extension. */
	static String name(String sourceFile) {
		String file = sourceFile.substring(sourceFile.lastIndexOf('/') + 1);
		int dot = file.indexOf('.');
		return (dot > 0) ? file.substring(0, dot) : file;
	}

	/**
	 * The prefixes the file declares, read from the file itself; none when it is gone or
	 * no longer parses (the export is still the graph, with full IRIs).
	 */
	private Map<String, String> prefixes(String sourceFile) {
		int slash = sourceFile.lastIndexOf('/');
		if (slash < 0) {
			return Map.of();
		}
		Lang lang = RDFLanguages.filenameToLang(sourceFile);
		for (ContentRoot.Entry entry : this.contentRoot.list(sourceFile.substring(0, slash))) {
			if (entry.relativePath().equals(sourceFile) && lang != null) {
				Graph parsed = GraphFactory.createDefaultGraph();
				try {
					RDFParser.source(new ByteArrayInputStream(entry.bytes()))
						.base(entry.base())
						.lang(lang)
						.parse(parsed);
				}
				catch (RiotException | ContentLoadException ex) {
					return Map.of();
				}
				return parsed.getPrefixMapping().getNsPrefixMap();
			}
		}
		return Map.of();
	}

}
