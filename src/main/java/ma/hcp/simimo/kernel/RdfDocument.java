package ma.hcp.simimo.kernel;

import java.io.InputStream;
import java.io.OutputStream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/**
 * An RDF description that a controller hands to the response as it is: it keeps its Jena
 * model to itself, so controllers return it without touching RDF types, and the message
 * converter writes it in the negotiated {@link RdfFormat}.
 */
public final class RdfDocument {

	private final Model model;

	private RdfDocument(Model model) {
		this.model = model;
	}

	/** The model as a document; the caller gives the model up. */
	public static RdfDocument of(Model model) {
		return new RdfDocument(model);
	}

	/** Reads a document in the format, as a client would send one. */
	public static RdfDocument read(InputStream in, RdfFormat format) {
		return new RdfDocument(RDFParser.source(in).lang(format.jenaFormat().getLang()).toModel());
	}

	/**
	 * Writes the document with the {@link RdfFormat#COMMON_PREFIXES}; quad formats get it
	 * as their default graph.
	 */
	public void write(OutputStream out, RdfFormat format) {
		this.model.setNsPrefixes(RdfFormat.COMMON_PREFIXES);
		if (format.isQuads()) {
			RDFDataMgr.write(out, DatasetFactory.wrap(this.model), format.jenaFormat());
		}
		else {
			RDFDataMgr.write(out, this.model, format.jenaFormat());
		}
	}

}
