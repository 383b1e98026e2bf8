package ma.hcp.simimo.catalogue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Builds the DCAT-AP 3 view of the catalogue (queries/catalogue/dcatApCatalogue.rq and
 * dcatApDatasets.rq): the whole catalogue on a dcat:Catalog IRI, one dataset on a
 * dcat:Dataset IRI. The catalogue's foaf:homepage is the configured base IRI, which this
 * application serves as its home page.
 */
@Repository
public class DcatApRepository {

	private final SparqlExecutor executor;

	private final String homepage;

	DcatApRepository(SparqlExecutor executor, LinkedDataPaths paths) {
		this.executor = executor;
		this.homepage = paths.baseIri();
	}

	/** The DCAT-AP description of the resource, when it is a catalogue or a dataset. */
	Optional<Model> dcatAp(String iri) {
		QuerySolutionMap resource = new QuerySolutionMap();
		resource.add("resource", ResourceFactory.createResource(iri));
		List<String> types = this.executor.select("catalogue/typesOf", resource,
				(row) -> row.getResource("type").getURI());
		if (types.contains(DCAT.Catalog.getURI())) {
			QuerySolutionMap home = new QuerySolutionMap();
			home.add("homepage", ResourceFactory.createResource(this.homepage));
			Model catalogue = this.executor.construct("catalogue/dcatApCatalogue", home);
			catalogue.add(this.executor.construct("catalogue/dcatApDatasets", new QuerySolutionMap()));
			return Optional.of(catalogue);
		}
		if (types.contains(DCAT.Dataset.getURI())) {
			QuerySolutionMap dataset = new QuerySolutionMap();
			dataset.add("dataset", ResourceFactory.createResource(iri));
			return Optional.of(this.executor.construct("catalogue/dcatApDatasets", dataset));
		}
		return Optional.empty();
	}

}
