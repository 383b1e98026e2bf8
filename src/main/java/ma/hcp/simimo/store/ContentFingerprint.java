package ma.hcp.simimo.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

import org.springframework.stereotype.Component;

/**
 * A digest of the checksums of every loaded graph, read from the system graph: it changes
 * whenever the content loader writes or drops a graph, in the embedded store as in a
 * remote one. What is derived from the store (the search index, cached analyses) keys on
 * it.
 */
@Component
public class ContentFingerprint {

	private final SparqlExecutor executor;

	private final GraphNames graphNames;

	public ContentFingerprint(SparqlExecutor executor, GraphNames graphNames) {
		this.executor = executor;
		this.graphNames = graphNames;
	}

	public String current() {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		List<String> lines = this.executor.select("store/loadedGraphs", bindings,
				(row) -> row.getResource("graph").getURI() + " " + row.getLiteral("checksum").getLexicalForm());
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			lines.stream().sorted().forEach((line) -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
