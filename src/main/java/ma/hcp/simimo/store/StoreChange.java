package ma.hcp.simimo.store;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one or more committed writes changed, published by {@link StoreWriter} after each
 * commit that changed anything and read back from the {@link PatchLog}: the store's write
 * sequence before and after, the content version after, and the resources the changed
 * triples name.
 *
 * @param from the write sequence the store was at before (0 for a store no write had
 * numbered)
 * @param to the write sequence of the last write included
 * @param contentVersion the content version (see {@link ContentVersion}) after it
 * @param subjects per graph IRI, the subjects of the triples added or removed there; a
 * blank node stands for the IRIs that link to it in the same change (the dataset of a
 * temporal coverage, say)
 * @param objects per predicate IRI, the IRIs that are objects of the triples added or
 * removed with it
 * @param complete false when the change was too large to be recorded in full, or named a
 * blank node nothing in it links to: the other fields then do not say everything that
 * changed, and what is derived from the store must be rebuilt
 */
public record StoreChange(long from, long to, String contentVersion, Map<String, Set<String>> subjects,
		Map<String, Set<String>> objects, boolean complete) {

	/** The subjects of every graph, together. */
	public Set<String> allSubjects() {
		Set<String> all = new TreeSet<>();
		this.subjects.values().forEach(all::addAll);
		return all;
	}

	/** The objects of {@code predicates}, together. */
	public Set<String> objectsOf(Collection<String> predicates) {
		Set<String> all = new TreeSet<>();
		predicates.forEach((predicate) -> all.addAll(this.objects.getOrDefault(predicate, Set.of())));
		return all;
	}

}
