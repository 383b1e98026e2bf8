package ma.hcp.simimo.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the store lives and what is loaded into it.
 *
 * @param directory the directory holding tdb2/ and lucene/ for the embedded store
 * @param assembler the Fuseki assembler file that describes the store: a file system
 * path, or by default the copy of fuseki-config/simimo.ttl inside the jar
 * @param contentRoot the directory under which {@code contentDirectories} are found: a
 * file system path, or by default the copies of ontology/ and vocabularies/ inside the
 * jar
 * @param contentDirectories the directories whose RDF files are loaded, one named graph
 * each
 * @param endpoint a remote SPARQL 1.1 query endpoint to use instead of the embedded store
 * @param remoteTimeout the time limit of one query sent to the remote endpoint
 * @param shapes the content file, relative to {@code contentRoot}, whose SHACL shapes
 * every write of content must satisfy
 */
@ConfigurationProperties("simimo.store")
public record StoreProperties(@DefaultValue("./data") String directory,
		@DefaultValue(ContentRoot.BUILT_IN + "fuseki-config/simimo.ttl") String assembler,
		@DefaultValue(ContentRoot.BUILT_IN) String contentRoot, @DefaultValue( {
				"ontology", "vocabularies" }) List<String> contentDirectories,
		String endpoint, @DefaultValue("30s") Duration remoteTimeout,
		@DefaultValue("ontology/shapes.ttl") String shapes){

	// Plain strings, not Path: Spring would resolve a Path property as a resource of the
	// servlet context (Tomcat's temporary docbase), not of the working directory.

	public Path directoryPath() {
		return Path.of(this.directory);
	}

	public ContentRoot contentSource() {
		return ContentRoot.of(this.contentRoot);
	}

	public boolean isRemote() {
		return this.endpoint != null && !this.endpoint.isBlank();
	}

}
