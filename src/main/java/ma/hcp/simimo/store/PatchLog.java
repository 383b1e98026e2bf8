package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's patch log: one RDF Patch file per committed write of the embedded store,
 * {@code patch-log/<write sequence, 12 digits>.rdfp} under the store directory, with what
 * the write added and removed outside the system graph (decision 0023 gives the format).
 * {@link StoreWriter} writes the file, and forces it to disk, inside the write's
 * transaction, before the commit: a crash after the commit cannot lose the entry, and an
 * entry a crash left above the store's sequence (written, never committed) is deleted
 * when the log opens, and would be overwritten by the next write of that number anyway.
 * What derives from the store catches up through {@link #between}.
 */
public class PatchLog {

	/** Entries the index has already applied that are still kept, for history. */
	static final int RETAINED = 50;

	/** The most bytes the log keeps; the oldest entries go first. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(PatchLog.class);

	private static final String SUFFIX = ".rdfp";

	private final Path directory;

	private final int retained;

	private final long maxBytes;

	PatchLog(Path directory, int retained, long maxBytes) {
		this.directory = directory;
		this.retained = retained;
		this.maxBytes = maxBytes;
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the patch log at " + directory, ex);
		}
	}

	/**
	 * The log under {@code storeDirectory}, without the entries above {@code sequence},
	 * the store's write sequence: those were written by a write that never committed.
	 */
	static PatchLog open(Path storeDirectory, long sequence) {
		PatchLog patches = new PatchLog(storeDirectory.resolve("patch-log"), RETAINED, MAX_BYTES);
		for (long version : patches.versions()) {
			if (version > sequence) {
				log.info("Patch log: entry {} is above the store's write sequence {} (its write did not commit), "
						+ "deleted", version, sequence);
				patches.discard(version);
			}
		}
		return patches;
	}

	public Path directory() {
		return this.directory;
	}

	/**
	 * Writes the entry of write {@code version} and forces it to disk; a complete change
	 * carries every added and removed quad, an incomplete one only its headers.
	 */
	void append(long version, String id, String contentVersion, String purpose, RecordedChanges changes) {
		Path file = file(version);
		Path partial = this.directory.resolve(file.getFileName() + ".partial");
		try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			OutputStream out = Channels.newOutputStream(channel);
			RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
			writer.start();
			writer.header("id", NodeFactory.createURI(id));
			writer.header("version", NodeFactory.createLiteralDT(Long.toString(version), XSDDatatype.XSDlong));
			writer.header("contentVersion", NodeFactory.createLiteralString(contentVersion));
			writer.header("purpose", NodeFactory.createLiteralString(purpose));
			writer.header("complete",
					NodeFactory.createLiteralDT(Boolean.toString(changes.patchComplete()), XSDDatatype.XSDboolean));
			writer.txnBegin();
			if (changes.patchComplete()) {
				changes.replay(writer);
			}
			writer.txnCommit();
			writer.finish();
			out.flush();
			channel.force(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the patch log entry " + file, ex);
		}
		try {
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			try (FileChannel folder = FileChannel.open(this.directory, StandardOpenOption.READ)) {
				folder.force(true);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the patch log entry " + file, ex);
		}
	}

	/** Deletes the entry of {@code version}, if there is one. */
	void discard(long version) {
		try {
			Files.deleteIfExists(file(version));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the patch log entry " + file(version), ex);
		}
	}

	/**
	 * What the writes after {@code from} up to {@code to} changed, read from their
	 * entries, or empty when the log cannot say: an entry missing, unreadable, or written
	 * without its body.
	 */
	public Optional<StoreChange> between(long from, long to) {
		ChangedResources resources = new ChangedResources(RecordedChanges.PATCH_LIMIT);
		String contentVersion = null;
		for (long version = from + 1; version <= to; version++) {
			RDFPatch patch;
			try (InputStream in = Files.newInputStream(file(version))) {
				patch = RDFPatchOps.read(in);
			}
			catch (NoSuchFileException ex) {
				log.info("Patch log cannot bridge write {} to {}: entry {} is missing", from, to, version);
				return Optional.empty();
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Patch log cannot bridge write {} to {}: entry {} is unreadable ({})", from, to, version,
						ex.getMessage());
				return Optional.empty();
			}
			Node recorded = patch.header().get("version");
			Node complete = patch.header().get("complete");
			if (recorded == null || !Long.toString(version).equals(recorded.getLiteralLexicalForm()) || complete == null
					|| !"true".equals(complete.getLiteralLexicalForm())) {
				log.info("Patch log cannot bridge write {} to {}: entry {} does not hold its whole change", from, to,
						version);
				return Optional.empty();
			}
			patch.apply(new RDFChangesBase() {

				@Override
				public void add(Node g, Node s, Node p, Node o) {
					resources.quad(graphName(g), s, p, o);
				}

				@Override
				public void delete(Node g, Node s, Node p, Node o) {
					resources.quad(graphName(g), s, p, o);
				}

			});
			Node content = patch.header().get("contentVersion");
			contentVersion = (content != null) ? content.getLiteralLexicalForm() : null;
		}
		return Optional.of(resources.change(from, to, contentVersion, true));
	}

	/**
	 * Deletes the entries up to {@code applied} (what derives from the store has them)
	 * but the last {@value #RETAINED}, then the oldest entries while the log is larger
	 * than {@value #MAX_BYTES} bytes.
	 */
	public void prune(long applied) {
		List<Long> versions = versions();
		List<Long> done = versions.stream().filter((version) -> version <= applied).toList();
		for (int i = 0; i < done.size() - this.retained; i++) {
			discard(done.get(i));
		}
		List<Long> kept = new ArrayList<>(versions.stream()
			.filter((version) -> version > applied || done.indexOf(version) >= done.size() - this.retained)
			.toList());
		long bytes = 0;
		Map<Long, Long> sizes = new TreeMap<>();
		for (long version : kept) {
			sizes.put(version, size(version));
			bytes += sizes.get(version);
		}
		for (long version : kept) {
			if (bytes <= this.maxBytes) {
				break;
			}
			if (version > applied) {
				log.warn("Patch log over {} bytes: entry {}, not applied yet, deleted (the next start rebuilds)",
						this.maxBytes, version);
			}
			discard(version);
			bytes -= sizes.get(version);
		}
	}

	/** The versions of the entries, in order. */
	List<Long> versions() {
		Set<Long> versions = new TreeSet<>();
		try (Stream<Path> files = Files.list(this.directory)) {
			files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(SUFFIX) && name.length() == 12 + SUFFIX.length()
						&& name.substring(0, 12).chars().allMatch(Character::isDigit))
				.forEach((name) -> versions.add(Long.parseLong(name.substring(0, 12))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the patch log at " + this.directory, ex);
		}
		return new ArrayList<>(versions);
	}

	private long size(long version) {
		try {
			return Files.size(file(version));
		}
		catch (IOException ex) {
			return 0;
		}
	}

	Path file(long version) {
		return this.directory.resolve(String.format(Locale.ROOT, "%012d", version) + SUFFIX);
	}

	private static String graphName(Node graph) {
		return (graph == null || !graph.isURI()) ? "" : graph.getURI();
	}

}
