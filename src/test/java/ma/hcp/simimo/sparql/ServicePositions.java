package ma.hcp.simimo.sparql;

import java.util.List;

/**
 * Every position a SERVICE clause can take in a query, as templates: {@code $L} is the
 * service IRI, {@code $T} a group pattern. Shared by the refusal tests and the
 * hostile-input suite (bench/HostileSuite).
 */
public final class ServicePositions {

	/** A position's name and its query template. */
	public record Position(String name, String template) {

		public String query(String service, String pattern) {
			return this.template.replace("$L", service).replace("$T", pattern);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	public static final List<Position> ALL = List.of(new Position("top level", "SELECT * WHERE { SERVICE $L $T }"),
			new Position("SERVICE SILENT", "SELECT * WHERE { SERVICE SILENT $L $T }"),
			new Position("sub-query", "SELECT * WHERE { { SELECT ?s WHERE { SERVICE $L $T } } }"),
			new Position("FILTER EXISTS", "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE $L $T } }"),
			new Position("FILTER NOT EXISTS", "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE $L $T } }"),
			new Position("EXISTS inside a FILTER's &&",
					"SELECT * WHERE { ?s ?p ?o FILTER(BOUND(?s) && NOT EXISTS { SERVICE $L $T }) }"),
			new Position("OPTIONAL", "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE $L $T } }"),
			new Position("UNION", "SELECT * WHERE { { ?s ?p ?o } UNION { SERVICE $L $T } }"),
			new Position("MINUS", "SELECT * WHERE { ?s ?p ?o MINUS { SERVICE $L $T } }"),
			new Position("GRAPH", "SELECT * WHERE { GRAPH ?g { SERVICE $L $T } }"),
			new Position("nested SERVICE",
					"SELECT * WHERE { OPTIONAL { { ?s ?p ?o } UNION { GRAPH ?g { MINUS { SERVICE $L $T } } } } }"),
			new Position("NOT EXISTS in a sub-query in OPTIONAL",
					"SELECT * WHERE { ?s ?p ?o OPTIONAL { { SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE $L $T } } } } }"),
			new Position("EXISTS inside EXISTS",
					"ASK { ?s ?p ?o FILTER EXISTS { ?s ?p ?o FILTER EXISTS { SERVICE $L $T } } }"),
			new Position("BIND", "SELECT * WHERE { ?s ?p ?o BIND(EXISTS { SERVICE $L $T } AS ?x) }"),
			new Position("SELECT expression", "SELECT (EXISTS { SERVICE $L $T } AS ?x) WHERE { ?s ?p ?o }"),
			new Position("aggregate", "SELECT (COUNT(IF(EXISTS { SERVICE $L $T }, 1, 0)) AS ?n) WHERE { ?s ?p ?o }"),
			new Position("GROUP BY", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY (EXISTS { SERVICE $L $T })"),
			new Position("HAVING", "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE $L $T })"),
			new Position("ORDER BY", "SELECT * WHERE { ?s ?p ?o } ORDER BY (EXISTS { SERVICE $L $T })"),
			new Position("LATERAL", "SELECT * WHERE { ?s ?p ?o LATERAL { SERVICE $L $T } }"),
			new Position("service variable", "SELECT * WHERE { VALUES ?e { $L } SERVICE ?e $T }"),
			new Position("ASK", "ASK { SERVICE $L $T }"),
			new Position("CONSTRUCT", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER EXISTS { SERVICE $L $T } }"),
			new Position("DESCRIBE", "DESCRIBE ?s WHERE { SERVICE $L $T }"));

	private ServicePositions() {
	}

}
