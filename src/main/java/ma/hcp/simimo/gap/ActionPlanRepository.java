package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.gap.ActionPlan.Action;
import ma.hcp.simimo.gap.ActionPlan.Link;
import ma.hcp.simimo.gap.ActionPlan.Scores;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Reads the actions of the plan (simimo:Action) with two queries, whatever their number:
 * queries/gap/actions/actions.rq for one row per action, and actionParts.rq for what each
 * addresses, its activities and its actors.
 */
@Repository
public class ActionPlanRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final Labels labels;

	ActionPlanRepository(SparqlExecutor executor, LinkedDataPaths paths, Labels labels) {
		this.executor = executor;
		this.paths = paths;
		this.labels = labels;
	}

	/** Every action, in title order, with its texts in the reader's language. */
	public List<Action> actions(Locale locale) {
		String language = locale.getLanguage();
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("language", ResourceFactory.createStringLiteral(language));
		List<QuerySolution> partRows = this.executor.select("gap/actions/actionParts", bindings,
				DivergenceMatrixRepository::detached);
		List<QuerySolution> actionRows = this.executor.select("gap/actions/actions", bindings,
				DivergenceMatrixRepository::detached);
		Set<String> iris = new LinkedHashSet<>();
		partRows.stream().filter((row) -> row.contains("target")).forEach((row) -> iris.add(uri(row, "target")));
		for (QuerySolution row : actionRows) {
			iris.add(uri(row, "action"));
			if (row.contains("status")) {
				iris.add(uri(row, "status"));
			}
		}
		Map<String, LocalizedText> shown = this.labels.of(iris, language);
		Map<String, Parts> parts = new LinkedHashMap<>();
		for (QuerySolution row : partRows) {
			Parts of = parts.computeIfAbsent(uri(row, "action"), (key) -> new Parts());
			switch (row.getLiteral("part").getString()) {
				case "addresses" -> of.addresses.add(link(row, shown));
				case "actor" -> of.actors.add(link(row, shown));
				default -> of.activities.add(text(row, "text"));
			}
		}
		Map<String, Action> actions = new LinkedHashMap<>();
		for (QuerySolution row : actionRows) {
			String iri = uri(row, "action");
			Parts of = parts.getOrDefault(iri, new Parts());
			actions.putIfAbsent(iri, new Action(iri, this.paths.hrefFor(iri), shown.get(iri),
					row.contains("proposal") && row.getLiteral("proposal").getBoolean(),
					row.contains("status") ? shown.get(uri(row, "status")).text() : "",
					Labels.sorted(of.addresses, Link::label, language), text(row, "expectedResult"),
					List.copyOf(of.activities), Labels.sorted(of.actors, Link::label, language), text(row, "deadline"),
					text(row, "budgetEstimate"),
					new Scores(row.getLiteral("capacityBuildingNeed").getInt(), row.getLiteral("logistics").getInt(),
							row.getLiteral("simplicity").getInt(), row.getLiteral("timeRequired").getInt()),
					text(row, "scoreRationale")));
		}
		return List.copyOf(Labels.sorted(actions.values(), Action::label, language));
	}

	/** A gap with its code before its label, or an actor by name. */
	private Link link(QuerySolution row, Map<String, LocalizedText> shown) {
		String target = uri(row, "target");
		LocalizedText name = shown.get(target);
		LocalizedText label = row.contains("notation")
				? new LocalizedText(text(row, "notation") + " " + name.text(), name.language(), name.fallback()) : name;
		return new Link(target, this.paths.hrefFor(target), label);
	}

	private static String uri(QuerySolution row, String variable) {
		return row.getResource(variable).getURI();
	}

	private static String text(QuerySolution row, String variable) {
		return row.contains(variable) ? row.get(variable).asLiteral().getLexicalForm() : "";
	}

	/** The listed parts of one action, gathered from actionParts.rq. */
	private static final class Parts {

		private final List<Link> addresses = new ArrayList<>();

		private final List<Link> actors = new ArrayList<>();

		private final List<String> activities = new ArrayList<>();

	}

}
