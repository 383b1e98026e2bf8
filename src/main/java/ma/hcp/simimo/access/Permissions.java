package ma.hcp.simimo.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The permission matrix of decision 0019, the one place that says who may do what: for
 * each role and action, the scope it reaches, or nothing. docs/permissions.md prints it
 * (a test keeps the two equal) and PermissionMatrixIntegrationTests checks each cell over
 * HTTP. A viewer may do an action on a target if any of its roles allows it in a scope
 * the target falls in; a reader, who has no role, may do none.
 */
public final class Permissions {

	private static final Map<Role, Map<Action, Scope>> MATRIX = matrix();

	private Permissions() {
	}

	private static Map<Role, Map<Action, Scope>> matrix() {
		Map<Role, Map<Action, Scope>> matrix = new EnumMap<>(Role.class);
		grant(matrix, Role.MEMBER, Action.SAVE_GLOSSARY, Scope.ANY);
		grant(matrix, Role.MEMBER, Action.EDIT_GLOSSARY, Scope.OWN_WORK);
		grant(matrix, Role.MEMBER, Action.DELETE_GLOSSARY, Scope.OWN_WORK);
		grant(matrix, Role.CONTRIBUTOR, Action.EDIT_RECORD, Scope.OWN_PRODUCER);
		grant(matrix, Role.CONTRIBUTOR, Action.READ_DRAFTS, Scope.OWN_PRODUCER);
		grant(matrix, Role.CONTRIBUTOR, Action.CREATE_RECORD, Scope.OWN_PRODUCER);
		grant(matrix, Role.CONTRIBUTOR, Action.DISCARD_DRAFT, Scope.OWN_PRODUCER);
		grant(matrix, Role.CONTRIBUTOR, Action.SUBMIT_RECORD, Scope.OWN_PRODUCER);
		grant(matrix, Role.CONTRIBUTOR, Action.READ_HISTORY, Scope.OWN_PRODUCER);
		grant(matrix, Role.CONTRIBUTOR, Action.RESTRICT_RECORD, Scope.OWN_PRODUCER);
		grant(matrix, Role.COORDINATOR, Action.EDIT_RECORD, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.READ_DRAFTS, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.CREATE_RECORD, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.DISCARD_DRAFT, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.SUBMIT_RECORD, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.REVIEW_RECORD, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.PUBLISH_RECORD, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.READ_HISTORY, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.REVERT_RECORD, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.QUERY_ALL, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.RESTRICT_RECORD, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.WITHDRAW_RECORD, Scope.ANY);
		grant(matrix, Role.COORDINATOR, Action.EXPORT_CONTENT, Scope.ANY);
		// Moderation of the public list: an administrator may remove any glossary.
		grant(matrix, Role.ADMINISTRATOR, Action.DELETE_GLOSSARY, Scope.ANY);
		grant(matrix, Role.ADMINISTRATOR, Action.MANAGE_ACCOUNTS, Scope.ANY);
		grant(matrix, Role.ADMINISTRATOR, Action.OPERATE, Scope.ANY);
		grant(matrix, Role.ADMINISTRATOR, Action.EXPORT_CONTENT, Scope.ANY);
		grant(matrix, Role.ADMINISTRATOR, Action.CHANGE_SETTINGS, Scope.ANY);
		return Collections.unmodifiableMap(matrix);
	}

	private static void grant(Map<Role, Map<Action, Scope>> matrix, Role role, Action action, Scope scope) {
		matrix.computeIfAbsent(role, (key) -> new EnumMap<>(Action.class)).put(action, scope);
	}

	/** The scope {@code role} has for {@code action}, if any. */
	public static Optional<Scope> scope(Role role, Action action) {
		return Optional.ofNullable(MATRIX.getOrDefault(role, Map.of()).get(action));
	}

	/** Whether {@code viewer} may do {@code action} on {@code target}. */
	public static boolean allows(Viewer viewer, Action action, Target target) {
		for (Role role : viewer.roles()) {
			Optional<Scope> scope = scope(role, action);
			if (scope.isPresent() && reaches(scope.get(), viewer, target)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code viewer} may do {@code action} on some target: whether to show the
	 * button at all.
	 */
	public static boolean allowsSome(Viewer viewer, Action action) {
		return viewer.roles().stream().anyMatch((role) -> scope(role, action).isPresent());
	}

	/**
	 * Refuses with {@link AccessRefusedException} unless {@code viewer} may do
	 * {@code action} on {@code target}.
	 */
	public static void require(Viewer viewer, Action action, Target target) {
		if (!allows(viewer, action, target)) {
			throw new AccessRefusedException(viewer, action);
		}
	}

	private static boolean reaches(Scope scope, Viewer viewer, Target target) {
		return switch (scope) {
			case ANY -> true;
			case OWN_PRODUCER -> target.owner().filter(viewer.producers()::contains).isPresent();
			case OWN_WORK -> target.author().isPresent() && target.author().equals(viewer.account());
		};
	}

}
