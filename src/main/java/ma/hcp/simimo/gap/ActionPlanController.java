package ma.hcp.simimo.gap;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import ma.hcp.simimo.kernel.Table;
import ma.hcp.simimo.kernel.TableExports;
import ma.hcp.simimo.gap.ActionPlan.Action;
import ma.hcp.simimo.gap.ActionPlan.Link;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The action plan ranked by weighted priority, as a page, JSON, CSV and XLSX. The weights
 * come from the configuration, and a request may replace any of them.
 */
@Controller
class ActionPlanController {

	private static final String WEIGHT = "a weight of 0 or more; replaces the configured one for this request";

	private final ActionPlanRepository actions;

	private final ActionWeights configured;

	private final MessageSource messages;

	ActionPlanController(ActionPlanRepository actions, ActionWeights configured, MessageSource messages) {
		this.actions = actions;
		this.configured = configured;
		this.messages = messages;
	}

	@GetMapping(path = "/gaps/actions", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
	String actionPlanPage(@RequestParam(name = ActionPriorities.CAPACITY, required = false) String capacity,
			@RequestParam(name = ActionPriorities.LOGISTICS, required = false) String logistics,
			@RequestParam(name = ActionPriorities.SIMPLICITY, required = false) String simplicity,
			@RequestParam(name = ActionPriorities.TIME, required = false) String time, Model model, Locale locale) {
		ActionPlan plan = plan(capacity, logistics, simplicity, time, locale);
		model.addAttribute("plan", plan);
		model.addAttribute("weights", parameters(plan.weights()));
		model.addAttribute("configuredWeights", parameters(this.configured));
		return "gap/actionPlan";
	}

	@GetMapping(path = "/gaps/actions", params = "format")
	ResponseEntity<byte[]> actionPlanExport(@RequestParam(name = "format") String format,
			@RequestParam(name = ActionPriorities.CAPACITY, required = false) String capacity,
			@RequestParam(name = ActionPriorities.LOGISTICS, required = false) String logistics,
			@RequestParam(name = ActionPriorities.SIMPLICITY, required = false) String simplicity,
			@RequestParam(name = ActionPriorities.TIME, required = false) String time, Locale locale) {
		String checked = DivergenceMatrixController.format(format);
		ActionPlan plan = plan(capacity, logistics, simplicity, time, locale);
		List<String> headers = List
			.of("rank", "priority", "action", "status", "capacity", "logistics", "simplicity", "time", "addresses",
					"result", "activities", "actors", "deadline", "budget", "rationale", "iri")
			.stream()
			.map((column) -> message("gap.actions.column." + column, locale))
			.toList();
		String notGiven = message("gap.actions.notGiven", locale);
		List<List<Object>> rows = plan.actions().stream().map((ranked) -> {
			Action action = ranked.action();
			return List.<Object>of(ranked.rank(), ranked.priority(), action.label().text(), action.statusLabel(),
					action.scores().capacityBuilding(), action.scores().logistics(), action.scores().simplicity(),
					action.scores().time(), labels(action.addresses()), action.expectedResult(),
					String.join("; ", action.activities()), labels(action.actors()), deadline(action, notGiven),
					action.budgetEstimate().isEmpty() ? notGiven : action.budgetEstimate(), action.scoreRationale(),
					action.iri());
		}).toList();
		return TableExports.download(new Table(message("gap.actions.sheet", locale), locale, headers, rows),
				"simimo-action-plan", checked);
	}

	@Operation(summary = "The action plan, ranked by weighted priority",
			description = "priority = Σ wᵢ sᵢ / Σ wᵢ over the four criteria of the HCP presentation (capacity building, "
					+ "logistics, simplicity, time required), each scored 1 to 5 with 5 = can be done soonest; "
					+ "rounded to 2 decimals, highest first. A weight that is not a number of 0 or more, "
					+ "or four weights of 0, is a 400.")
	@GetMapping(path = "/api/gaps/actions", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ActionPlan actionPlanJson(
			@Parameter(description = WEIGHT) @RequestParam(name = ActionPriorities.CAPACITY,
					required = false) String capacity,
			@Parameter(description = WEIGHT) @RequestParam(name = ActionPriorities.LOGISTICS,
					required = false) String logistics,
			@Parameter(description = WEIGHT) @RequestParam(name = ActionPriorities.SIMPLICITY,
					required = false) String simplicity,
			@Parameter(description = WEIGHT) @RequestParam(name = ActionPriorities.TIME, required = false) String time,
			Locale locale) {
		return plan(capacity, logistics, simplicity, time, locale);
	}

	private ActionPlan plan(String capacity, String logistics, String simplicity, String time, Locale locale) {
		ActionWeights weights = ActionPriorities.weights(this.configured, capacity, logistics, simplicity, time);
		return ActionPriorities.rank(this.actions.actions(locale), weights);
	}

	/** The weights by request parameter, written without trailing zeros ("1", "0.5"). */
	static Map<String, String> parameters(ActionWeights weights) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(ActionPriorities.CAPACITY, plain(weights.capacityBuilding()));
		parameters.put(ActionPriorities.LOGISTICS, plain(weights.logistics()));
		parameters.put(ActionPriorities.SIMPLICITY, plain(weights.simplicity()));
		parameters.put(ActionPriorities.TIME, plain(weights.time()));
		return parameters;
	}

	private static String plain(double weight) {
		return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
	}

	/** The deadline as a date when it is one (an xsd:date), else as written. */
	private static Object deadline(Action action, String notGiven) {
		if (action.deadline().isEmpty()) {
			return notGiven;
		}
		try {
			return LocalDate.parse(action.deadline());
		}
		catch (DateTimeParseException ex) {
			return action.deadline();
		}
	}

	private static String labels(List<Link> links) {
		return links.stream().map((link) -> link.label().text()).collect(Collectors.joining("; "));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
