package ma.hcp.simimo.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The version of the store's content, read from the system graph: a digest of the
 * identifier the write path records with every write ({@code simimo:contentVersion}) and
 * of the checksums of every loaded file. Any write through {@link StoreWriter} changes
 * it, in the embedded store as in a remote one written by another instance; a store
 * written before the identifier existed still gets a version that follows its loaded
 * files. Caches key on it through {@link #keyFor(ReaderView)}.
 * <p>
 * On the embedded store the version is read once and kept until {@link StoreWriter}
 * finishes its next write ({@link WriteGeneration}), instead of one query for every
 * lookup of every request; a remote store, which another instance may write at any time,
 * is asked every time.
 */
@Component
public class ContentVersion {

	private final SparqlExecutor executor;

	private final GraphNames graphNames;

	/** The writes counted on the embedded store; null for a remote store. */
	private final WriteGeneration generation;

	private volatile Known known;

	/** A version read from the store at every call. */
	public ContentVersion(SparqlExecutor executor, GraphNames graphNames) {
		this(executor, graphNames, (WriteGeneration) null);
	}

	@Autowired
	ContentVersion(SparqlExecutor executor, GraphNames graphNames, ObjectProvider<WriteGeneration> generation) {
		this(executor, graphNames, generation.getIfAvailable());
	}

	ContentVersion(SparqlExecutor executor, GraphNames graphNames, WriteGeneration generation) {
		this.executor = executor;
		this.graphNames = graphNames;
		this.generation = generation;
	}

	/**
	 * The current version: one small query, or none while the embedded store has not been
	 * written since the last one.
	 */
	public String current() {
		if (this.generation == null) {
			return read();
		}
		// The count is read before the query and advanced after the write's commit, so a
		// version read during a write is kept at most until that write ends.
		long seen = this.generation.current();
		Known last = this.known;
		if (last != null && last.generation() == seen) {
			return last.version();
		}
		String version = read();
		this.known = new Known(seen, version);
		return version;
	}

	private String read() {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		return digest(this.executor.select("store/contentVersion", bindings, ContentVersion::line));
	}

	/**
	 * The version of the embedded store as {@code store} sees it, inside the caller's
	 * transaction: what the write path records in the text index's commit.
	 */
	static String of(DatasetGraph store, QueryRegistry queries, GraphNames graphNames) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(graphNames.systemGraph()));
		List<String> lines = new ArrayList<>();
		try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(store))
			.query(queries.query("store/contentVersion"))
			.substitution(bindings)
			.build()) {
			execution.execSelect().forEachRemaining((row) -> lines.add(line(row)));
		}
		return digest(lines);
	}

	/**
	 * The store's write sequence: the number of the last committed write (see
	 * {@link PatchLog}), 0 for a store no write has numbered.
	 */
	public long sequence() {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		List<Long> sequences = this.executor.select("store/writeSequence", bindings,
				(row) -> row.getLiteral("sequence").getLong());
		return sequences.isEmpty() ? 0 : sequences.get(0);
	}

	/** The write sequence as {@code store} sees it, inside the caller's transaction. */
	static long sequenceOf(DatasetGraph store, QueryRegistry queries, GraphNames graphNames) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(graphNames.systemGraph()));
		try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(store))
			.query(queries.query("store/writeSequence"))
			.substitution(bindings)
			.build()) {
			ResultSet results = execution.execSelect();
			return results.hasNext() ? results.next().getLiteral("sequence").getLong() : 0;
		}
	}

	private static String line(QuerySolution row) {
		return row.contains("version") ? "version " + row.get("version")
				: row.getResource("graph").getURI() + " " + row.getLiteral("checksum").getLexicalForm();
	}

	private static String digest(List<String> lines) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			lines.stream().sorted().forEach((line) -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** The key of what is derived from the content as it is now, for {@code view}. */
	public ContentKey keyFor(ReaderView view) {
		return new ContentKey(current(), view);
	}

	private record Known(long generation, String version) {
	}

}
