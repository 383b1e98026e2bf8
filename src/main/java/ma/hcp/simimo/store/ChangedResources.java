package ma.hcp.simimo.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;

/**
 * Gathers, from the quads of a change, the subjects of each graph's changed triples and
 * the IRI objects of each predicate's. A blank subject is replaced by the IRIs that reach
 * it through the change's own triples (a dataset and its temporal coverage are written
 * together); one that nothing in the change reaches leaves the gathering incomplete. Past
 * {@code limit} distinct names the gathering stops and is incomplete too.
 */
final class ChangedResources {

	private final int limit;

	private final Map<String, Set<String>> subjects = new TreeMap<>();

	private final Map<String, Set<String>> objects = new TreeMap<>();

	private final Map<String, Set<Node>> blanks = new HashMap<>();

	/** Per blank node, the subjects of the change's triples whose object it is. */
	private final Map<Node, Set<Node>> owners = new HashMap<>();

	private int count;

	private boolean overflow;

	ChangedResources(int limit) {
		this.limit = limit;
	}

	void quad(String graph, Node subject, Node predicate, Node object) {
		if (this.overflow) {
			return;
		}
		if (subject.isURI()) {
			count(this.subjects.computeIfAbsent(graph, (key) -> new TreeSet<>()).add(subject.getURI()));
		}
		else if (subject.isBlank()) {
			this.blanks.computeIfAbsent(graph, (key) -> new HashSet<>()).add(subject);
		}
		if (object.isURI() && predicate.isURI()) {
			count(this.objects.computeIfAbsent(predicate.getURI(), (key) -> new TreeSet<>()).add(object.getURI()));
		}
		else if (object.isBlank()) {
			this.owners.computeIfAbsent(object, (key) -> new HashSet<>()).add(subject);
		}
	}

	private void count(boolean added) {
		if (added && ++this.count > this.limit) {
			this.overflow = true;
		}
	}

	/** What was gathered, blank subjects resolved; incomplete where one was not. */
	StoreChange change(long from, long to, String contentVersion, boolean complete) {
		if (this.overflow) {
			return new StoreChange(from, to, contentVersion, Map.of(), Map.of(), false);
		}
		Map<String, Set<String>> resolved = new TreeMap<>();
		this.subjects.forEach((graph, named) -> resolved.put(graph, new TreeSet<>(named)));
		boolean whole = complete;
		for (Map.Entry<String, Set<Node>> entry : this.blanks.entrySet()) {
			for (Node blank : entry.getValue()) {
				Set<String> found = reaching(blank);
				whole &= !found.isEmpty();
				resolved.computeIfAbsent(entry.getKey(), (key) -> new TreeSet<>()).addAll(found);
			}
		}
		Map<String, Set<String>> linked = new TreeMap<>();
		this.objects.forEach((predicate, named) -> linked.put(predicate, new TreeSet<>(named)));
		return new StoreChange(from, to, contentVersion, resolved, linked, whole);
	}

	private Set<String> reaching(Node blank) {
		Set<String> found = new TreeSet<>();
		Set<Node> seen = new HashSet<>();
		Deque<Node> next = new ArrayDeque<>();
		next.add(blank);
		while (!next.isEmpty()) {
			for (Node owner : this.owners.getOrDefault(next.poll(), Set.of())) {
				if (owner.isURI()) {
					found.add(owner.getURI());
				}
				else if (seen.add(owner)) {
					next.add(owner);
				}
			}
		}
		return found;
	}

}
