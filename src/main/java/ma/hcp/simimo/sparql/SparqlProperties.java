package ma.hcp.simimo.sparql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the public SPARQL endpoint.
 *
 * @param timeout when set, replaces the time limit of the store assembler's fuseki:Server
 * block (arq:queryTimeout) in the application; unset, that block is the one place it is
 * declared
 * @param resultLimit the most solutions a SELECT, CONSTRUCT or DESCRIBE returns
 * @param maxRequestSize the largest request body (a POSTed query) the endpoint reads
 */
@ConfigurationProperties("simimo.sparql")
public record SparqlProperties(Duration timeout, @DefaultValue("10000") long resultLimit,
		@DefaultValue("256KB") DataSize maxRequestSize) {
}
