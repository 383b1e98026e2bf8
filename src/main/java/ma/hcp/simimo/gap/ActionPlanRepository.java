package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.gap.ActionPlan.Action;
import ma.hcp.simimo.gap.ActionPlan.Link;
import ma.hcp.simimo.gap.ActionPlan.Scores;
import ma.hcp.simimo.kernel.LinkedDataPaths;
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

	ActionPlanRepository(SparqlExecutor executor, LinkedDataPaths paths) {
		this.executor = executor;
		this.paths = paths;
	}

	/** Every action, in title order, with its texts in the reader's language. */
	public List<Action> actions(Locale locale) {
		QuerySolutionMap language = new QuerySolutionMap();
		language.add("language", ResourceFactory.createStringLiteral(locale.getLanguage()));
		Map<String, Parts> parts = new LinkedHashMap<>();
		this.executor.forEach("gap/actions/actionParts", language, (row) -> {
			Parts of = parts.computeIfAbsent(row.getResource("action").getURI(), (key) -> new Parts());
			String text = row.getLiteral("text").getLexicalForm();
			switch (row.getLiteral("part").getString()) {
				case "addresses" -> of.addresses.add(link(row, text));
				case "actor" -> of.actors.add(link(row, text));
				default -> of.activities.add(text);
			}
		});
		Map<String, Action> actions = new LinkedHashMap<>();
		this.executor.forEach("gap/actions/actions", language, (row) -> {
			String iri = row.getResource("action").getURI();
			Parts of = parts.getOrDefault(iri, new Parts());
			actions.putIfAbsent(iri, new Action(iri, this.paths.hrefFor(iri), text(row, "label"),
					row.contains("proposal") && row.getLiteral("proposal").getBoolean(), text(row, "statusLabel"),
					List.copyOf(of.addresses), text(row, "expectedResult"), List.copyOf(of.activities),
					List.copyOf(of.actors), text(row, "deadline"), text(row, "budgetEstimate"),
					new Scores(row.getLiteral("capacityBuildingNeed").getInt(), row.getLiteral("logistics").getInt(),
							row.getLiteral("simplicity").getInt(), row.getLiteral("timeRequired").getInt()),
					text(row, "scoreRationale")));
		});
		return List.copyOf(actions.values());
	}

	private Link link(QuerySolution row, String text) {
		String target = row.getResource("target").getURI();
		return new Link(target, this.paths.hrefFor(target), text);
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
