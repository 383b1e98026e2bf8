package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/**
 * Builds real TDB2 + jena-text stores from the project's own assembler, in a test
 * directory.
 */
public final class TestStores {

	public static final Path ASSEMBLER = Path.of("fuseki-config/simimo.ttl");

	private TestStores() {
	}

	public static EmbeddedStore open(Path directory) {
		return EmbeddedStore.open(ASSEMBLER, directory);
	}

	/**
	 * Opens the store under {@code directory}, loads the seed content (ontology and
	 * vocabularies) and verifies the text index, as the application's start does.
	 */
	public static EmbeddedStore openSeeded(Path directory) {
		EmbeddedStore store = open(directory);
		loader(store.dataset()).load(Path.of("."), java.util.List.of("ontology", "vocabularies"));
		store.verifyTextIndex(new QueryRegistry(), new GraphNames("https://w3id.org/simimo/"));
		return store;
	}

	/** Copies a directory tree (a store), leaving out TDB2's lock file. */
	public static void copyTree(Path from, Path to) {
		try (java.util.stream.Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!file.getFileName().toString().equals("tdb.lock")) {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The largest file of a Lucene index other than its commit point and lock. */
	public static Path largestSegmentFile(Path index) {
		try (java.util.stream.Stream<Path> files = Files.list(index)) {
			return files.filter((file) -> !file.getFileName().toString().startsWith("segments"))
				.filter((file) -> !file.getFileName().toString().equals("write.lock"))
				.max(java.util.Comparator.comparingLong((file) -> file.toFile().length()))
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The production write path over {@code dataset}, checking content with
	 * ontology/shapes.ttl.
	 */
	public static StoreWriter writer(Dataset dataset) {
		return writer(dataset, new WriteGeneration());
	}

	/** The production write path over {@code dataset}, advancing {@code generation}. */
	static StoreWriter writer(Dataset dataset, WriteGeneration generation) {
		return new StoreWriter(dataset, new QueryRegistry(), new GraphNames("https://w3id.org/simimo/"),
				"ontology/shapes.ttl", generation);
	}

	/**
	 * The patch log of {@code store}, under its directory, opened as the application
	 * opens it.
	 */
	public static PatchLog patchLog(EmbeddedStore store) {
		long sequence = Txn.calculateRead(store.dataset(),
				() -> ContentVersion.sequenceOf(store.dataset().asDatasetGraph(), new QueryRegistry(),
						new GraphNames("https://w3id.org/simimo/")));
		return PatchLog.open(store.directory(), sequence);
	}

	/**
	 * The production write path over {@code dataset}, logging to {@code patches} and
	 * publishing each {@link StoreChange} to {@code events}.
	 */
	public static StoreWriter writer(Dataset dataset, PatchLog patches,
			org.springframework.context.ApplicationEventPublisher events) {
		return new StoreWriter(dataset, new QueryRegistry(), new GraphNames("https://w3id.org/simimo/"),
				"ontology/shapes.ttl", new WriteGeneration(), patches, events);
	}

	/**
	 * The production content loader over {@code dataset}, writing through
	 * {@link #writer}.
	 */
	public static ContentLoader loader(Dataset dataset) {
		return new ContentLoader(writer(dataset), dataset, new QueryRegistry(),
				new GraphNames("https://w3id.org/simimo/"));
	}

	public static long countTriples(Dataset dataset) {
		return Txn.calculateRead(dataset, () -> {
			try (QueryExecution execution = QueryExecution.dataset(dataset)
				.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
				.build()) {
				return execution.execSelect().next().getLiteral("n").getLong();
			}
		});
	}

	public static long countQuads(Dataset dataset) {
		return StoreCompaction.countQuads(dataset.asDatasetGraph());
	}

	public static long countLabelMatches(Dataset dataset, String luceneQuery) {
		return Txn.calculateRead(dataset, () -> {
			try (QueryExecution execution = QueryExecution.dataset(dataset)
				.query("PREFIX text: <http://jena.apache.org/text#> PREFIX simimo: <https://w3id.org/simimo/def#> "
						+ "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (simimo:anyLabel ?q) }")
				.substitution("q", org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(luceneQuery))
				.build()) {
				return execution.execSelect().next().getLiteral("n").getLong();
			}
		});
	}

	/**
	 * Copies a fixture from src/test/resources/fixtures into a content directory under a
	 * new name.
	 */
	public static void putFixture(String fixture, Path targetFile) {
		try {
			Files.createDirectories(targetFile.getParent());
			Files.copy(Path.of("src/test/resources/fixtures", fixture), targetFile,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
