package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The content read from a jar, as the packaged application reads it, is the content of
 * the checkout: same relative paths, same bytes, hence the same graph names, checksums
 * and content version. The jar here is built from the checkout's ontology/ and
 * vocabularies/ the way the build copies them (under simimo/).
 */
class ContentRootTests {

	private static final List<String> DIRECTORIES = List.of("ontology", "vocabularies");

	@TempDir
	Path temp;

	@Test
	void listsTheSameFilesWithTheSameBytesFromAJarAsFromTheCheckout() throws IOException {
		try (URLClassLoader jar = jarOfTheCheckoutContent()) {
			ContentRoot inJar = ContentRoot.of(ContentRoot.BUILT_IN, jar);
			ContentRoot checkout = ContentRoot.directory(Path.of("."));
			for (String directory : DIRECTORIES) {
				List<ContentRoot.Entry> fromJar = inJar.list(directory);
				List<ContentRoot.Entry> fromCheckout = checkout.list(directory);
				assertThat(fromJar).extracting(ContentRoot.Entry::relativePath)
					.isNotEmpty()
					.allMatch((path) -> path.startsWith(directory + "/"))
					.containsExactlyElementsOf(fromCheckout.stream().map(ContentRoot.Entry::relativePath).toList());
				for (int i = 0; i < fromJar.size(); i++) {
					assertThat(fromJar.get(i).resource().getURL().getProtocol()).isEqualTo("jar");
					assertThat(fromJar.get(i).bytes()).isEqualTo(fromCheckout.get(i).bytes());
				}
			}
		}
	}

	@Test
	void aStoreLoadedFromTheJarFindsTheCheckoutUnchanged() throws IOException {
		try (URLClassLoader jar = jarOfTheCheckoutContent();
				EmbeddedStore store = TestStores.open(this.temp.resolve("data"))) {
			ContentLoader loader = TestStores.loader(store.dataset());
			LoadReport fromJar = loader.load(ContentRoot.of(ContentRoot.BUILT_IN, jar), DIRECTORIES);
			assertThat(fromJar.loaded()).contains("ontology/shapes.ttl", "vocabularies/catalogue-datasets.ttl");
			assertThat(fromJar.shapes().performed()).isTrue();

			LoadReport fromCheckout = loader.load(Path.of("."), DIRECTORIES);

			assertThat(fromCheckout.loaded()).isEmpty();
			assertThat(fromCheckout.dropped()).isEmpty();
			assertThat(fromCheckout.unchanged()).containsExactlyElementsOf(fromJar.loaded());
		}
	}

	@Test
	void namesTheMissingDirectoryOfAClasspathRoot() {
		ContentRoot root = ContentRoot.of("classpath:no-such-root/");

		assertThatThrownBy(() -> root.list("ontology")).isInstanceOf(ContentLoadException.class)
			.hasMessage("Content directory not found: classpath:no-such-root/ontology");
	}

	private URLClassLoader jarOfTheCheckoutContent() throws IOException {
		Path jarFile = this.temp.resolve("content.jar");
		try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(jarFile))) {
			for (String directory : DIRECTORIES) {
				jar.putNextEntry(new JarEntry("simimo/" + directory + "/"));
				jar.closeEntry();
				try (Stream<Path> files = Files.walk(Path.of(directory))) {
					for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
						jar.putNextEntry(new JarEntry("simimo/" + file.toString().replace('\\', '/')));
						copy(file, jar);
						jar.closeEntry();
					}
				}
			}
		}
		// No parent: the test classpath holds the same paths under target/classes.
		return new URLClassLoader(new URL[] { jarFile.toUri().toURL() }, null);
	}

	private static void copy(Path file, OutputStream out) throws IOException {
		out.write(Files.readAllBytes(file));
	}

}
