package ma.hcp.simimo.catalogue;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EDIT_RECORD and READ_DRAFTS cells of the permission matrix (docs/permissions.md)
 * over real HTTP, each role against a dataset of its own producer and one of another:
 * member refused; contributor of ANAPEC allowed on ANAPEC's dataset only; coordinator
 * allowed on both; administrator (no cell) refused. Main has no
 * PermissionMatrixIntegrationTests yet; these cells join it when it comes.
 */
class RecordEditPermissionIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a permission probe's password";

	private static final String OWN = "anapec-registered-regular-migrants-refugees";

	private static final String OTHER = "interieur-failed-irregular-migration-attempts";

	private static final String BASE = "https://w3id.org/simimo/datasets/";

	@Autowired
	AccountRepository accounts;

	@Autowired
	RecordDrafts drafts;

	@BeforeEach
	void accountsOfEachRole() {
		if (this.accounts.byUserName("zq-cell-member").isEmpty()) {
			this.accounts.create("zq-cell-member", "", PASSWORD, Set.of(), Set.of());
			this.accounts.create("zq-cell-contributor", "", PASSWORD, Set.of(Role.CONTRIBUTOR),
					Set.of("https://w3id.org/simimo/producers/anapec"));
			this.accounts.create("zq-cell-coordinator", "", PASSWORD, Set.of(Role.COORDINATOR), Set.of());
		}
	}

	@Test
	void editRecordCells() {
		assertEdits(session("zq-cell-member"), false, false);
		assertEdits(session("zq-cell-contributor"), true, false);
		assertEdits(session("zq-cell-coordinator"), true, true);
		assertEdits(CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD), false, false);
	}

	@Test
	void readDraftsCells() {
		saveDraft(session("zq-cell-contributor"), OWN);
		saveDraft(session("zq-cell-coordinator"), OTHER);
		assertReadsDrafts(session("zq-cell-member"), false, false);
		assertReadsDrafts(session("zq-cell-contributor"), true, false);
		assertReadsDrafts(session("zq-cell-coordinator"), true, true);
		assertReadsDrafts(CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD), false, false);
		assertReadsDrafts(new CookieSession(this.http), false, false);
	}

	private void assertEdits(CookieSession viewer, boolean own, boolean other) {
		for (String id : new String[] { OWN, OTHER }) {
			boolean allowed = id.equals(OWN) ? own : other;
			HttpResponse<String> form = viewer.get("/datasets/" + id + "/edit");
			assertThat(form.statusCode()).as("GET edit " + id).isEqualTo(allowed ? 200 : 403);
			assertThat(viewer.get("/datasets/" + id).body().contains("edit-record")).as("edit button " + id)
				.isEqualTo(allowed);
			int revision = this.drafts.draftOf(BASE + id).map(RecordDrafts.Draft::revision).orElse(0);
			HttpResponse<String> saved = viewer.submitForm("/datasets", "/datasets/" + id + "/edit",
					DatasetDraftIntegrationTests.edit("Zqcell " + id, "", ""));
			assertThat(saved.statusCode()).as("POST edit " + id).isEqualTo(allowed ? 303 : 403);
			assertThat(this.drafts.draftOf(BASE + id).map(RecordDrafts.Draft::revision).orElse(0))
				.as("revision of " + id)
				.isEqualTo(allowed ? revision + 1 : revision);
		}
	}

	private void assertReadsDrafts(CookieSession viewer, boolean own, boolean other) {
		boolean signedIn = viewer.sessionId().isPresent();
		HttpResponse<String> list = viewer.get("/drafts");
		for (String id : new String[] { OWN, OTHER }) {
			boolean allowed = id.equals(OWN) ? own : other;
			HttpResponse<String> draft = viewer.get("/datasets/" + id + "/draft");
			assertThat(draft.statusCode()).as("GET draft " + id).isEqualTo(allowed ? 200 : signedIn ? 403 : 302);
			assertThat(viewer.get("/datasets/" + id).body().contains("draft-in-progress")).as("notice " + id)
				.isEqualTo(allowed);
			assertThat(list.body().contains("/datasets/" + id + "/draft")).as("listed " + id).isEqualTo(allowed);
		}
		if (!own && !other) {
			assertThat(list.statusCode()).isEqualTo(signedIn ? 403 : 302);
		}
	}

	private CookieSession session(String userName) {
		return CookieSession.signedIn(this.http, userName, PASSWORD);
	}

	private static void saveDraft(CookieSession editor, String id) {
		HttpResponse<String> saved = editor.submitForm("/datasets", "/datasets/" + id + "/edit",
				DatasetDraftIntegrationTests.edit("Zqcell draft " + id, "", ""));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
	}

}
