package ma.hcp.simimo.store;

import java.time.Duration;

/**
 * Whether a write was checked against the SHACL shapes, over how many triples and in how
 * long. Only writes that change a content graph are checked; the others cannot break the
 * shapes.
 *
 * @param performed true when the shapes ran
 * @param triples the size of the union of content graphs that was validated
 * @param time how long the validation took, the copy of the union included
 */
public record ShapesCheck(boolean performed, long triples, Duration time) {

	static final ShapesCheck NOT_NEEDED = new ShapesCheck(false, 0, Duration.ZERO);

}
