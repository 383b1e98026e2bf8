package ma.hcp.simimo.account;

import java.util.List;

import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Component;

/**
 * The producers of the catalogue (queries/account/producers.rq, on the public store): the
 * only ones a contributor may work for, whoever names them.
 */
@Component
class CatalogueProducers {

	private final SparqlExecutor catalogue;

	CatalogueProducers(SparqlExecutor catalogue) {
		this.catalogue = catalogue;
	}

	List<String> iris() {
		return this.catalogue.select("account/producers", new QuerySolutionMap(),
				(row) -> row.getResource("producer").getURI());
	}

}
