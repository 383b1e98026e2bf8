package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the jena-text index a faithful copy of the store's indexed literals. The write
 * path records the content version in each index commit; at start-up the index is
 * verified (the version it recorded, and one document per indexed quad) and, when it is
 * behind, was found damaged, or holds the wrong number of documents, re-indexed from the
 * store in one pass, the way jena-text's textindexer does it: every quad of every
 * predicate of the entity map, through the index's own entity definition.
 */
public final class TextIndexRecovery {

	/** The commit user data key of the content version the index matches. */
	static final String CONTENT_VERSION = "simimo.contentVersion";

	private static final Logger log = LoggerFactory.getLogger(TextIndexRecovery.class);

	private TextIndexRecovery() {
	}

	/**
	 * What the verification found and did.
	 *
	 * @param rebuilt whether the index was rebuilt
	 * @param reason why it was rebuilt, or null
	 * @param documents the documents the index holds afterwards
	 * @param millis the time the verification and any rebuild took
	 */
	public record Outcome(boolean rebuilt, String reason, long documents, long millis) {
	}

	/**
	 * What the index holds against the store, without changing either.
	 *
	 * @param documents the documents of the index's last commit
	 * @param indexedValues the store's quads the entity map indexes, one document each
	 * @param recordedVersion the content version the last commit recorded, or ""
	 * @param storeVersion the store's content version
	 */
	public record Status(long documents, long indexedValues, String recordedVersion, String storeVersion) {

		/**
		 * Whether the index is a faithful copy: the same version, one document per value.
		 */
		public boolean agreesWithStore() {
			return this.documents == this.indexedValues && this.storeVersion.equals(this.recordedVersion);
		}

	}

	/** The status of the index of {@code store}, if it has one. */
	static java.util.Optional<Status> status(DatasetGraph store, QueryRegistry queries, GraphNames graphNames) {
		TextIndexLucene index = luceneIndex(store);
		if (index == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Txn.calculateRead(store,
				() -> new Status(documents(index), count(store, index.getDocDef()),
						committedData(index).getOrDefault(CONTENT_VERSION, ""),
						ContentVersion.of(store, queries, graphNames))));
	}

	/**
	 * Records {@code version} as the content the index matches, in the commit that ends
	 * the caller's write transaction; an aborted write rolls it back with the documents.
	 */
	static void recordVersion(DatasetGraph store, String version) {
		TextIndexLucene index = luceneIndex(store);
		if (index != null) {
			index.getIndexWriter().setLiveCommitData(Map.of(CONTENT_VERSION, version).entrySet());
		}
	}

	static boolean hasTextIndex(DatasetGraph store) {
		return luceneIndex(store) != null;
	}

	/**
	 * Verifies the index of {@code store} against its content and re-indexes it when it
	 * does not match; {@code damage} is what the check before opening found (the
	 * discarded index), or null. Logs one line either way.
	 */
	static Outcome verify(DatasetGraph store, QueryRegistry queries, GraphNames graphNames, String damage) {
		TextIndexLucene index = luceneIndex(store);
		if (index == null) {
			return new Outcome(false, "no text index", 0, 0);
		}
		long start = System.nanoTime();
		String reason = Txn.calculateRead(store, () -> {
			if (damage != null) {
				return damage;
			}
			String version = ContentVersion.of(store, queries, graphNames);
			Map<String, String> recorded = committedData(index);
			if (!version.equals(recorded.get(CONTENT_VERSION))) {
				return recorded.containsKey(CONTENT_VERSION) ? "is behind the store" : "records no content version";
			}
			long documents = documents(index);
			long values = count(store, index.getDocDef());
			return (documents == values) ? null
					: "holds " + documents + " document(s) for " + values + " indexed value(s)";
		});
		if (reason == null) {
			long documents = documents(index);
			log.info("Text index is up to date with the store ({} documents, checked in {} ms)", documents,
					millisSince(start));
			return new Outcome(false, null, documents, millisSince(start));
		}
		long documents = rebuild(store, index, queries, graphNames);
		long millis = millisSince(start);
		if (damage != null) {
			log.warn("Text index {}: rebuilt from the store, {} documents in {} ms", reason, documents, millis);
		}
		else {
			log.info("Text index {}: rebuilt from the store, {} documents in {} ms", reason, documents, millis);
		}
		return new Outcome(true, reason, documents, millis);
	}

	/**
	 * Replaces every document of the index with those of the store's quads, and commits
	 * them with the content version, in one Lucene commit: a crash part-way leaves the
	 * previous commit, which the next start finds wrong again.
	 */
	private static long rebuild(DatasetGraph store, TextIndexLucene index, QueryRegistry queries,
			GraphNames graphNames) {
		IndexWriter writer = index.getIndexWriter();
		try {
			return Txn.calculateRead(store, () -> {
				long[] added = { 0 };
				try {
					writer.deleteAll();
					forEachEntity(store, index.getDocDef(), (entity) -> {
						index.addEntity(entity);
						added[0]++;
					});
					writer.setLiveCommitData(
							Map.of(CONTENT_VERSION, ContentVersion.of(store, queries, graphNames)).entrySet());
					writer.commit();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Text index not rebuilt", ex);
				}
				return added[0];
			});
		}
		catch (RuntimeException ex) {
			// Drops what was added and reopens the writer on the last commit.
			index.rollback();
			throw ex;
		}
	}

	private static long count(DatasetGraph store, EntityDefinition definition) {
		long[] values = { 0 };
		forEachEntity(store, definition, (entity) -> values[0]++);
		return values[0];
	}

	private static void forEachEntity(DatasetGraph store, EntityDefinition definition, Consumer<Entity> action) {
		Set<Node> predicates = new LinkedHashSet<>();
		for (String field : definition.fields()) {
			predicates.addAll(definition.getPredicates(field));
		}
		DatasetGraph base = unwrap(store);
		for (Node predicate : predicates) {
			Iterator<Quad> quads = base.find(Node.ANY, Node.ANY, predicate, Node.ANY);
			while (quads.hasNext()) {
				Quad quad = quads.next();
				if (Quad.isDefaultGraph(quad.getGraph())) {
					// jena-text indexes default-graph quads under this node (JENA-1133).
					quad = Quad.create(Quad.defaultGraphNodeGenerated, quad.getSubject(), quad.getPredicate(),
							quad.getObject());
				}
				Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
				if (entity != null) {
					action.accept(entity);
				}
			}
		}
	}

	private static Map<String, String> committedData(TextIndexLucene index) {
		try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
			return reader.getIndexCommit().getUserData();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Text index commit not readable", ex);
		}
	}

	private static long documents(TextIndexLucene index) {
		try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
			return reader.numDocs();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Text index not readable", ex);
		}
	}

	private static TextIndexLucene luceneIndex(DatasetGraph store) {
		DatasetGraph current = store;
		while (current != null) {
			if (current instanceof DatasetGraphText text) {
				return (text.getTextIndex() instanceof TextIndexLucene lucene) ? lucene : null;
			}
			current = (current instanceof DatasetGraphWrapper wrapper) ? wrapper.getWrapped() : null;
		}
		return null;
	}

	/**
	 * The storage under the text wrapper, so reading the quads does not touch the index.
	 */
	private static DatasetGraph unwrap(DatasetGraph store) {
		DatasetGraph current = store;
		while (current instanceof DatasetGraphWrapper wrapper) {
			current = wrapper.getWrapped();
		}
		return current;
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
