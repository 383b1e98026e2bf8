package ma.hcp.simimo.catalogue;

import java.util.Optional;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

import ma.hcp.simimo.kernel.RdfDocument;
import ma.hcp.simimo.kernel.ResourceDescriptions;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * What the catalogue's IRIs serve as RDF: the catalogue IRI its DCAT-AP view, a dataset
 * IRI its full description, that is everything the dataset page shows
 * (queries/catalogue/datasetPage.rq: collection method, notes, sources, citations, the
 * nodes it links to, the divergences of what it measures) together with its DCAT-AP
 * terms, so a harvester that follows the IRI finds those too.
 */
@Repository
public class CatalogueDescriptions implements ResourceDescriptions {

	private final DcatApRepository dcatAp;

	private final SparqlExecutor executor;

	CatalogueDescriptions(DcatApRepository dcatAp, SparqlExecutor executor) {
		this.dcatAp = dcatAp;
		this.executor = executor;
	}

	@Override
	public Optional<RdfDocument> describe(String iri) {
		return this.dcatAp.dcatAp(iri).map((model) -> {
			if (!model.contains(ResourceFactory.createResource(iri), RDF.type, DCAT.Catalog)) {
				QuerySolutionMap dataset = new QuerySolutionMap();
				dataset.add("dataset", ResourceFactory.createResource(iri));
				model.add(this.executor.construct("catalogue/datasetPage", dataset));
			}
			return RdfDocument.of(model);
		});
	}

}
