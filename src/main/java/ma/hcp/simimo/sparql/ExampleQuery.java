package ma.hcp.simimo.sparql;

/**
 * An example query offered on the SPARQL page.
 *
 * @param name the file name without extension, also the key of its title in the message
 * bundles
 * @param text the query as written in its .rq file
 */
public record ExampleQuery(String name, String text) {

	public String titleKey() {
		return "sparql.example." + this.name;
	}

}
