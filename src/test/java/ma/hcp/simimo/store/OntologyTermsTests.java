package ma.hcp.simimo.store;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every term of SIMIMO's namespace that the application reads or writes, in a query file
 * or in {@link Vocab}, is declared (typed) in ontology/simimo.ttl.
 */
class OntologyTermsTests {

	private static final Pattern SIMIMO_IRI = Pattern.compile("<" + Pattern.quote(Vocab.SIMIMO) + "([^>]+)>");

	@Test
	void everySimimoTermOfTheQueryFilesIsDeclaredInTheOntology() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path file : QueryFilesTests.queryFiles().toList()) {
			used.addAll(simimoTerms(withFullIris(Files.readString(file), file.toString().endsWith(".ru"))));
		}

		assertThat(used).as("simimo: terms of the query files").hasSizeGreaterThan(30);
		assertThat(declared()).containsAll(used);
	}

	@Test
	void everySimimoTermOfVocabIsDeclaredInTheOntology() throws IllegalAccessException {
		Set<String> used = new TreeSet<>();
		for (Field field : Vocab.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Resource term
					&& term.getURI().startsWith(Vocab.SIMIMO)) {
				used.add(term.getLocalName());
			}
		}

		assertThat(used).contains("producedBy", "couldFeed", "through", "loadedFrom", "loadedOn");
		assertThat(declared()).containsAll(used);
	}

	/**
	 * The parsed query written back without its prefixes, so every IRI appears in full
	 * and comments and string literals are left aside.
	 */
	private static String withFullIris(String text, boolean update) {
		if (update) {
			UpdateRequest request = UpdateFactory.create(text, Syntax.syntaxSPARQL_11);
			request.getPrefixMapping().clearNsPrefixMap();
			return request.toString();
		}
		Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
		query.getPrefixMapping().clearNsPrefixMap();
		return query.serialize();
	}

	private static Set<String> simimoTerms(String sparql) {
		Set<String> terms = new TreeSet<>();
		Matcher matcher = SIMIMO_IRI.matcher(sparql);
		while (matcher.find()) {
			terms.add(matcher.group(1));
		}
		return terms;
	}

	private static Set<String> declared() {
		Model ontology = RDFDataMgr.loadModel("ontology/simimo.ttl");
		Set<String> declared = new TreeSet<>();
		ontology.listSubjectsWithProperty(RDF.type)
			.filterKeep((subject) -> subject.isURIResource() && subject.getURI().startsWith(Vocab.SIMIMO))
			.forEach((subject) -> declared.add(subject.getLocalName()));
		return declared;
	}

}
