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
 * @param sequence the write's number ({@code simimo:writeSequence}), 0 when it changed
 * nothing and got none
 */
public record WriteReport(Set<String> changedGraphs, long triplesAdded, long triplesRemoved, ShapesCheck shapes,
		long sequence) {

	public boolean changedAnything() {
		return !this.changedGraphs.isEmpty();
	}

}
