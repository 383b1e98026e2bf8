package ma.hcp.simimo.store;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Every write is one recorded transaction that advances the content version. */
class StoreWriterTests {

	private static final String GRAPH = "https://w3id.org/simimo/graphs/computed/test";

	@TempDir
	Path root;

	private EmbeddedStore store;

	private StoreWriter writer;

	private ContentVersion version;

	@BeforeEach
	void openStore() {
		this.store = TestStores.open(this.root.resolve("data"));
		this.writer = TestStores.writer(this.store.dataset());
		this.version = new ContentVersion(TestExecutors.over(this.store.dataset()),
				new GraphNames("https://w3id.org/simimo/"));
	}

	@AfterEach
	void closeStore() {
		this.store.close();
	}

	@Test
	void aWriteThatFailsHalfwayLeavesTheStoreAsItWas() {
		this.writer.write("first", (write) -> write.replaceGraph(GRAPH, fixture("store/scheme.ttl")));
		long before = TestStores.countTriples(this.store.dataset());
		String versionBefore = this.version.current();

		assertThatIllegalStateException().isThrownBy(() -> this.writer.write("half", (write) -> {
			write.removeGraph(GRAPH);
			write.replaceGraph(GRAPH + "-2", fixture("store/ontology-v2.ttl"));
			throw new IllegalStateException("fails halfway");
		})).withMessage("fails halfway");

		assertThat(TestStores.countTriples(this.store.dataset())).isEqualTo(before);
		assertThat(TestStores.countLabelMatches(this.store.dataset(), "Immigré")).isEqualTo(1);
		assertThat(TestStores.countLabelMatches(this.store.dataset(), "Expatrié")).isZero();
		assertThat(this.version.current()).isEqualTo(versionBefore);
	}

	@Test
	void everyWriteThatChangesSomethingAdvancesTheContentVersionAndSaysWhatChanged() {
		String initial = this.version.current();

		WriteReport report = this.writer.write("graph",
				(write) -> write.replaceGraph(GRAPH, fixture("store/scheme.ttl")));
		String afterGraph = this.version.current();
		this.writer.write("measurements",
				(write) -> write.update("gap/harmonization/recordMeasurements", bindings(),
						ValueRows.of("measurement", "subject", "metric", "value")
							.row(ResourceFactory.createResource("https://w3id.org/simimo/measurements/test"),
									ResourceFactory.createResource("https://w3id.org/simimo/producers/test"),
									ResourceFactory.createResource("https://w3id.org/simimo/metrics/test"),
									ResourceFactory.createTypedLiteral(1))));

		assertThat(report.changedGraphs()).containsExactly(GRAPH);
		assertThat(report.triplesAdded()).isEqualTo(6);
		assertThat(report.shapes().performed()).as("not a content graph").isFalse();
		assertThat(List.of(initial, afterGraph, this.version.current())).doesNotHaveDuplicates();
	}

	@Test
	void aWriteThatChangesNothingKeepsTheContentVersion() {
		this.writer.write("graph", (write) -> write.replaceGraph(GRAPH, fixture("store/scheme.ttl")));
		String before = this.version.current();

		QuerySolutionMap noRecord = new QuerySolutionMap();
		noRecord.add("systemGraph", ResourceFactory.createResource("https://w3id.org/simimo/graphs/system"));
		noRecord.add("graph", ResourceFactory.createResource(GRAPH));
		WriteReport again = this.writer.write("forget a record there is not",
				(write) -> write.update("store/forgetLoadedGraph", noRecord));

		assertThat(again.changedAnything()).isFalse();
		assertThat(this.version.current()).isEqualTo(before);
	}

	private static QuerySolutionMap bindings() {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("graph", ResourceFactory.createResource(GRAPH + "-measurements"));
		bindings.add("computed", ResourceFactory.createTypedLiteral("2026-01-01T00:00:00Z",
				org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
		return bindings;
	}

	private static Graph fixture(String name) {
		return RDFParser.source(Path.of("src/test/resources/fixtures", name)).toGraph();
	}

}
