package ma.hcp.simimo.store;

import java.util.Set;

/**
 * What one committed write changed.
 *
 * @param changedGraphs the IRIs of the graphs it added triples to or removed triples from
 * (the system graph's bookkeeping left out)
 * @param triplesAdded how many triples it added
 * @param triplesRemoved how many triples it removed
 * @param shapes whether, and how long, the shapes validated the content after the write
 */
public record WriteReport(Set<String> changedGraphs, long triplesAdded, long triplesRemoved, ShapesCheck shapes) {

	public boolean changedAnything() {
		return !this.changedGraphs.isEmpty();
	}

}
