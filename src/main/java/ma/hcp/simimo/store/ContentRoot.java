package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where content files and the assembler are read from: a directory of the file system, or
 * the copies of ontology/, vocabularies/ and fuseki-config/ that the build puts on the
 * classpath, inside the jar ({@value #BUILT_IN}). Either way a file is named by its path
 * relative to the root, so the graph names, checksums and content version are the same
 * whether the files come from a checkout or from the jar.
 */
public final class ContentRoot {

	/** The root of the copies the build puts in the jar (see pom.xml, resources). */
	public static final String BUILT_IN = "classpath:simimo/";

	private static final String CLASSPATH = "classpath:";

	private final String location;

	private final String pattern;

	private final PathMatchingResourcePatternResolver resolver;

	private ContentRoot(String location, String pattern, ClassLoader classLoader) {
		this.location = location;
		this.pattern = pattern;
		this.resolver = new PathMatchingResourcePatternResolver(classLoader);
	}

	/**
	 * {@code location} is a {@code classpath:} location, or else a file system path,
	 * relative to the working directory unless absolute.
	 */
	public static ContentRoot of(String location) {
		return of(location, ContentRoot.class.getClassLoader());
	}

	static ContentRoot of(String location, ClassLoader classLoader) {
		if (location.startsWith(CLASSPATH)) {
			String withSlash = location.endsWith("/") ? location : location + "/";
			return new ContentRoot(withSlash, withSlash, classLoader);
		}
		return directory(Path.of(location));
	}

	public static ContentRoot directory(Path directory) {
		Path absolute = directory.toAbsolutePath().normalize();
		return new ContentRoot(absolute.toString(), absolute.toUri().toString(), ContentRoot.class.getClassLoader());
	}

	/**
	 * A single file named by {@code location}: a {@code classpath:} location or a file
	 * system path. Spring would read a plain path as a classpath resource, hence the
	 * explicit split.
	 */
	static Resource file(String location) {
		if (location.startsWith(CLASSPATH)) {
			return new PathMatchingResourcePatternResolver(ContentRoot.class.getClassLoader()).getResource(location);
		}
		return new FileSystemResource(Path.of(location).toAbsolutePath().normalize());
	}

	/** The files under {@code directory}, sorted by relative path. */
	List<Entry> list(String directory) {
		Resource root = this.resolver.getResource(this.pattern + directory + "/");
		if (!root.exists()) {
			throw new ContentLoadException("Content directory not found: " + describe(directory), null);
		}
		List<Entry> entries = new ArrayList<>();
		try {
			for (Resource resource : this.resolver.getResources(this.pattern + directory + "/**")) {
				String name = resource.getFilename();
				if (name == null || name.isEmpty() || url(resource).endsWith("/") || !resource.isReadable()) {
					continue;
				}
				entries.add(new Entry(directory + "/" + relativePath(root, resource), resource));
			}
		}
		catch (IOException ex) {
			throw new ContentLoadException("Cannot list " + describe(directory) + ": " + ex.getMessage(), ex);
		}
		entries.sort(Comparator.comparing(Entry::relativePath));
		return entries;
	}

	/**
	 * The path of {@code resource} under the directory {@code root}: on a file system,
	 * relativized as before; in a jar, the entry's URL after the directory's, which the
	 * resolver built both from.
	 */
	private static String relativePath(Resource root, Resource resource) throws IOException {
		if (root.isFile() && resource.isFile()) {
			Path base = root.getFile().toPath().toAbsolutePath().normalize();
			Path file = resource.getFile().toPath().toAbsolutePath().normalize();
			if (file.startsWith(base)) {
				return base.relativize(file).toString().replace('\\', '/');
			}
		}
		String rootUrl = url(root);
		String url = url(resource);
		if (!url.startsWith(rootUrl)) {
			throw new ContentLoadException(url + " is not under the content root " + rootUrl, null);
		}
		return java.net.URI.create(url.substring(rootUrl.length())).getPath();
	}

	/** A directory under the root, as an operator would look for it. */
	String describe(String directory) {
		return this.location.endsWith("/") ? this.location + directory : this.location + "/" + directory;
	}

	@Override
	public String toString() {
		return this.location;
	}

	/**
	 * The base IRI of a file's relative references: on disk the {@code file:///} IRI Jena
	 * gives a path, so nothing changes for a checkout; in the jar, its URL.
	 */
	static String base(Resource resource) {
		try {
			return resource.isFile() ? resource.getFile().toPath().toAbsolutePath().toUri().toString() : url(resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No file for " + resource, ex);
		}
	}

	private static String url(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No URL for " + resource, ex);
		}
	}

	/**
	 * One file under the root.
	 *
	 * @param relativePath its path relative to the root, with forward slashes
	 * @param resource where its bytes are read from
	 */
	record Entry(String relativePath, Resource resource) {

		byte[] bytes() {
			try (InputStream in = this.resource.getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new ContentLoadException("Cannot read " + this.relativePath + ": " + ex.getMessage(), ex);
			}
		}

		/** The base IRI relative references of the file resolve against. */
		String base() {
			return ContentRoot.base(this.resource);
		}

	}

}
