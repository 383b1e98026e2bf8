package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;

/**
 * Builds the store Dataset from the Fuseki assembler, once. Only the two locations are
 * changed on the parsed model (tdb2:location, text:directory), so the entity map stays
 * declared in Turtle and the same file serves a standalone Fuseki over the same store.
 */
public final class StoreAssembler {

	private StoreAssembler() {
	}

	static Dataset assemble(Path assemblerFile, Path storeDirectory) {
		return assemble(configuration(assemblerFile, storeDirectory), assemblerFile.toString());
	}

	static Dataset assemble(StoreProperties properties) {
		return assemble(configuration(properties), properties.assembler());
	}

	private static Dataset assemble(Model config, String assembler) {
		return DatasetFactory.assemble(textDataset(config, assembler));
	}

	/**
	 * The assembler file as a model whose two locations point under
	 * {@code storeDirectory}. Fuseki itself can be built from it too: that is how the
	 * standalone path is tested.
	 */
	public static Model configuration(Path assemblerFile, Path storeDirectory) {
		return configuration(ContentRoot.file(assemblerFile.toString()), assemblerFile.toString(), storeDirectory);
	}

	/**
	 * The application's assembler ({@code simimo.store.assembler}: the copy in the jar
	 * unless a file is named) with its two locations under
	 * {@code simimo.store.directory}.
	 */
	public static Model configuration(StoreProperties properties) {
		return configuration(ContentRoot.file(properties.assembler()), properties.assembler(),
				properties.directoryPath());
	}

	private static Model configuration(org.springframework.core.io.Resource source, String assemblerFile,
			Path storeDirectory) {
		JenaSystem.init();
		if (!source.isReadable()) {
			throw new StoreConfigurationException("Store assembler not found: " + source.getDescription());
		}
		Model config;
		try (InputStream in = source.getInputStream()) {
			config = RDFParser.source(in)
				.lang(RDFLanguages.filenameToLang(assemblerFile, Lang.TURTLE))
				.base(ContentRoot.base(source))
				.toModel();
		}
		catch (IOException ex) {
			throw new StoreConfigurationException(
					"Cannot read the store assembler " + source.getDescription() + ": " + ex.getMessage());
		}
		Resource textDataset = textDataset(config, assemblerFile);
		// Follow text:dataset and text:index: VocabTDB2's type constant is
		// tdb2:DatasetTDB, not the tdb2:DatasetTDB2 the file uses, so a lookup by type
		// would find nothing.
		Resource tdb = requiredObject(textDataset, TextVocab.pDataset, assemblerFile);
		Resource index = requiredObject(textDataset, TextVocab.pIndex, assemblerFile);
		Path absolute = storeDirectory.toAbsolutePath().normalize();
		replace(tdb, VocabTDB2.pLocation, absolute.resolve("tdb2").toString());
		replace(index, TextVocab.pDirectory, absolute.resolve("lucene").toString());
		return config;
	}

	private static Resource textDataset(Model config, String file) {
		var subjects = config.listSubjectsWithProperty(RDF.type, TextVocab.textDataset).toList();
		if (subjects.size() != 1) {
			throw new StoreConfigurationException(
					file + ": expected exactly one text:TextDataset, found " + subjects.size());
		}
		return subjects.get(0);
	}

	private static Resource requiredObject(Resource subject, org.apache.jena.rdf.model.Property property, String file) {
		Statement statement = subject.getProperty(property);
		if (statement == null || !statement.getObject().isResource()) {
			throw new StoreConfigurationException(file + ": " + subject + " has no " + property);
		}
		return statement.getResource();
	}

	private static void replace(Resource subject, org.apache.jena.rdf.model.Property property, String value) {
		subject.removeAll(property);
		subject.addProperty(property, value);
	}

}
