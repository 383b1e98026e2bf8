package ma.hcp.simimo.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PermissionsTests {

	private static final String ANAPEC = "https://w3id.org/simimo/producers/anapec";

	private static final String CNSS = "https://w3id.org/simimo/producers/cnss";

	private static final String ALICE = "urn:simimo:account:alice";

	private static final String BOB = "urn:simimo:account:bob";

	@Test
	void documentedMatrixIsTheMatrixTheCodeApplies() throws IOException {
		List<String> documented = matrixRows(Files.readString(Path.of("docs/permissions.md")));
		List<String> code = new ArrayList<>();
		for (Action action : Action.values()) {
			StringBuilder row = new StringBuilder("| " + action.name() + " |");
			for (Role role : Role.values()) {
				row.append(' ')
					.append(Permissions.scope(role, action).map(PermissionsTests::words).orElse("—"))
					.append(" |");
			}
			code.add(row.toString());
		}
		assertThat(documented).containsExactlyElementsOf(code);
	}

	@Test
	void readerMayDoNothing() {
		for (Action action : Action.values()) {
			assertThat(Permissions.allows(Viewer.anonymous(), action, Target.none())).as(action.name()).isFalse();
			assertThat(Permissions.allowsSome(Viewer.anonymous(), action)).as(action.name()).isFalse();
		}
	}

	@Test
	void contributorEditsOnlyTheRecordsItsProducersOwn() {
		Viewer contributor = new Viewer(Optional.of(ALICE), Set.of(Role.MEMBER, Role.CONTRIBUTOR), Set.of(ANAPEC));
		assertThat(Permissions.allows(contributor, Action.EDIT_RECORD, Target.ownedBy(Optional.of(ANAPEC)))).isTrue();
		assertThat(Permissions.allows(contributor, Action.EDIT_RECORD, Target.ownedBy(Optional.of(CNSS)))).isFalse();
		assertThat(Permissions.allows(contributor, Action.EDIT_RECORD, Target.ownedBy(Optional.empty()))).isFalse();
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> Permissions.require(contributor, Action.EDIT_RECORD, Target.ownedBy(Optional.of(CNSS))));
	}

	@Test
	void coordinatorEditsEveryRecordIncludingUnownedOnes() {
		Viewer coordinator = new Viewer(Optional.of(BOB), Set.of(Role.MEMBER, Role.COORDINATOR), Set.of());
		assertThat(Permissions.allows(coordinator, Action.EDIT_RECORD, Target.ownedBy(Optional.of(CNSS)))).isTrue();
		assertThat(Permissions.allows(coordinator, Action.EDIT_RECORD, Target.ownedBy(Optional.empty()))).isTrue();
		assertThat(Permissions.allows(coordinator, Action.MANAGE_ACCOUNTS, Target.none())).isFalse();
	}

	@Test
	void memberChangesOnlyTheirOwnGlossaryAndAnAdministratorMayDeleteAny() {
		Viewer alice = new Viewer(Optional.of(ALICE), Set.of(Role.MEMBER), Set.of());
		Viewer administrator = new Viewer(Optional.of(BOB), Set.of(Role.MEMBER, Role.ADMINISTRATOR), Set.of());
		assertThat(Permissions.allows(alice, Action.EDIT_GLOSSARY, Target.authoredBy(ALICE))).isTrue();
		assertThat(Permissions.allows(alice, Action.EDIT_GLOSSARY, Target.authoredBy(BOB))).isFalse();
		assertThat(Permissions.allows(administrator, Action.EDIT_GLOSSARY, Target.authoredBy(ALICE))).isFalse();
		assertThat(Permissions.allows(administrator, Action.DELETE_GLOSSARY, Target.authoredBy(ALICE))).isTrue();
	}

	private static String words(Scope scope) {
		return scope.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	private static List<String> matrixRows(String markdown) {
		String table = markdown.substring(markdown.indexOf("<!-- matrix:start -->"),
				markdown.indexOf("<!-- matrix:end -->"));
		return table.lines()
			.filter((line) -> line.startsWith("| ") && !line.startsWith("| Action") && !line.startsWith("| ---"))
			.toList();
	}

}
