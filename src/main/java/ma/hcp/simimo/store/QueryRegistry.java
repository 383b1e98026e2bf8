package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every SPARQL file under {@code queries/}, parsed once at start-up so that a broken
 * query stops the boot. Files are named {@code <feature>/<name>.rq} (queries) or
 * {@code .ru} (updates).
 */
@Component
public class QueryRegistry {

	private static final List<String> LOCATIONS = List.of("classpath*:queries/**/*.rq", "classpath*:queries/**/*.ru");

	private final Map<String, Query> queries;

	private final Map<String, UpdateRequest> updates;

	private final Map<String, String> texts;

	public QueryRegistry() {
		Map<String, Query> parsedQueries = new TreeMap<>();
		Map<String, UpdateRequest> parsedUpdates = new TreeMap<>();
		Map<String, String> sources = new TreeMap<>();
		for (Resource resource : resources()) {
			String name = nameOf(resource);
			String text = read(resource);
			sources.put(name, text);
			try {
				if (name.endsWith(".ru")) {
					parsedUpdates.put(name, UpdateFactory.create(text));
				}
				else {
					parsedQueries.put(name, QueryFactory.create(text, Syntax.syntaxSPARQL_11));
				}
			}
			catch (QueryParseException ex) {
				throw new StoreConfigurationException("queries/" + name + " line " + ex.getLine() + ", column "
						+ ex.getColumn() + ": " + ex.getMessage());
			}
		}
		this.queries = Collections.unmodifiableMap(parsedQueries);
		this.updates = Collections.unmodifiableMap(parsedUpdates);
		this.texts = Collections.unmodifiableMap(sources);
	}

	/** A fresh copy of the named query, safe to modify (limit, substitution). */
	public Query query(String name) {
		Query query = this.queries.get(name + ".rq");
		if (query == null) {
			throw new IllegalArgumentException("No query file queries/" + name + ".rq");
		}
		return query.cloneQuery();
	}

	public UpdateRequest update(String name) {
		UpdateRequest update = this.updates.get(name + ".ru");
		if (update == null) {
			throw new IllegalArgumentException("No update file queries/" + name + ".ru");
		}
		// UpdateRequest has no clone; re-parse the text so callers never share one.
		return UpdateFactory.create(this.texts.get(name + ".ru"));
	}

	/** The file text as written, for showing a query to a reader. */
	public String text(String fileName) {
		return this.texts.get(fileName);
	}

	/** File names (feature/name.rq) in one feature directory, in name order. */
	public List<String> namesIn(String feature) {
		return this.texts.keySet().stream().filter((name) -> name.startsWith(feature + "/")).toList();
	}

	private static List<Resource> resources() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<Resource> found = new ArrayList<>();
		for (String location : LOCATIONS) {
			try {
				found.addAll(List.of(resolver.getResources(location)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list " + location, ex);
			}
		}
		return found;
	}

	private static String nameOf(Resource resource) {
		try {
			String url = resource.getURL().toString();
			return url.substring(url.lastIndexOf("/queries/") + "/queries/".length());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
