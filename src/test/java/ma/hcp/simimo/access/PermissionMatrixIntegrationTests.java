package ma.hcp.simimo.access;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.account.Account;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.PrivateStore;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RuntimeSettings;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every cell of the permission matrix over real HTTP (decision 0019,
 * docs/permissions.md): each viewer (a reader who is not signed in, and an account of
 * each {@link Role}) tries each {@link Action} on each kind of target its scope
 * distinguishes, through the endpoint that does it, and is answered as
 * {@link Permissions} says: success when it allows, 403 when it refuses a signed-in
 * viewer, the sign-in page for a reader; and a refused request writes nothing. The cells
 * come from the enums and the matrix, and the probes are a table keyed by action, so an
 * action added without a probe fails here. An action whose endpoint does not exist yet is
 * a skipped cell that says so, not a pass.
 */
class PermissionMatrixIntegrationTests extends RunningApplication {

	private static final String PASSWORD = "a matrix viewer's long password";

	private static final String ANAPEC = "https://w3id.org/simimo/producers/anapec";

	/**
	 * The HCP, the contributor's second producer: ANAPEC owns no reference period, so the
	 * HCP's stands for a period of the contributor's own producer.
	 */
	private static final String HCP = "https://w3id.org/simimo/producers/hcp";

	private static final String SELECTION = "concepts="
			+ HttpTestClient.encode("https://w3id.org/simimo/concepts/un-1998/long-term-migrant") + "&langs=fr";

	/** Who asks: a reader, or an account holding one role (every account is a member). */
	enum Who {

		READER(null), MEMBER(Role.MEMBER), CONTRIBUTOR(Role.CONTRIBUTOR), COORDINATOR(Role.COORDINATOR),
		ADMINISTRATOR(Role.ADMINISTRATOR);

		private final Role role;

		Who(Role role) {
			this.role = role;
		}

		String userName() {
			return "matrix-" + name().toLowerCase(java.util.Locale.ROOT);
		}

		Set<Role> roles() {
			return (this.role == null) ? Set.of() : EnumSet.of(Role.MEMBER, this.role);
		}

		Set<String> producers() {
			return (this.role == Role.CONTRIBUTOR) ? Set.of(ANAPEC, HCP) : Set.of();
		}

	}

	/** What the action is done to, as far as a scope can tell targets apart. */
	enum On {

		/** Something new, or the whole installation: no owner, no author. */
		NOTHING_OWNED,

		/** What the viewer authored. */
		OWN_WORK,

		/** What another member authored. */
		OTHERS_WORK,

		/** A record of the contributor's producer (ANAPEC). */
		OWN_PRODUCER,

		/** A record of another producer (DGSN). */
		OTHER_PRODUCER

	}

	/** The probe of one action: tries it as {@code session} and checks the answer. */
	@FunctionalInterface
	interface Probe {

		void check(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session, boolean allowed);

	}

	/**
	 * A probe of an action, the targets it distinguishes, or why it cannot be tried yet.
	 */
	record ProbeEntry(List<On> targets, Probe probe, String missing) {

		static ProbeEntry of(Probe probe, On... targets) {
			return new ProbeEntry(List.of(targets), probe, null);
		}

		static ProbeEntry noEndpointYet(String reason, On... targets) {
			return new ProbeEntry(List.of(targets), null, reason);
		}

	}

	/**
	 * One cell: who, what, on what.
	 *
	 * @param who the viewer
	 * @param action the action
	 * @param on the target
	 */
	record Cell(Who who, Action action, On on) {

		@Override
		public String toString() {
			return this.who + " × " + this.action + " on " + this.on;
		}

	}

	/** The probes, keyed by action: the one place to add an action's endpoint. */
	static final Map<Action, ProbeEntry> PROBES = probes();

	private static final Map<String, Account> created = Collections.synchronizedMap(new HashMap<>());

	@Autowired
	AccountRepository accounts;

	@Autowired
	PrivateStore privateStore;

	@Autowired
	RecordDrafts drafts;

	@Autowired
	RuntimeSettings settings;

	@Autowired
	ma.hcp.simimo.store.SparqlExecutor executor;

	private static Map<Action, ProbeEntry> probes() {
		Map<Action, ProbeEntry> probes = new EnumMap<>(Action.class);
		probes.put(Action.SAVE_GLOSSARY,
				ProbeEntry.of(PermissionMatrixIntegrationTests::saveGlossary, On.NOTHING_OWNED));
		probes.put(Action.EDIT_GLOSSARY,
				ProbeEntry.of(PermissionMatrixIntegrationTests::editGlossary, On.OWN_WORK, On.OTHERS_WORK));
		probes.put(Action.DELETE_GLOSSARY,
				ProbeEntry.of(PermissionMatrixIntegrationTests::deleteGlossary, On.OWN_WORK, On.OTHERS_WORK));
		probes.put(Action.EDIT_RECORD, ProbeEntry.of(PermissionMatrixIntegrationTests::editRecord, On.OWN_PRODUCER,
				On.OTHER_PRODUCER, On.NOTHING_OWNED));
		probes.put(Action.READ_DRAFTS, ProbeEntry.of(PermissionMatrixIntegrationTests::readDrafts, On.OWN_PRODUCER,
				On.OTHER_PRODUCER, On.NOTHING_OWNED));
		probes.put(Action.CREATE_RECORD,
				ProbeEntry.of(PermissionMatrixIntegrationTests::createRecord, On.OWN_PRODUCER, On.OTHER_PRODUCER));
		probes.put(Action.DISCARD_DRAFT,
				ProbeEntry.of(PermissionMatrixIntegrationTests::discardDraft, On.OWN_PRODUCER, On.OTHER_PRODUCER));
		probes.put(Action.SUBMIT_RECORD,
				ProbeEntry.of(PermissionMatrixIntegrationTests::submitRecord, On.OWN_PRODUCER, On.OTHER_PRODUCER));
		probes.put(Action.REVIEW_RECORD,
				ProbeEntry.of(PermissionMatrixIntegrationTests::reviewRecord, On.OWN_PRODUCER, On.OTHER_PRODUCER));
		probes.put(Action.PUBLISH_RECORD,
				ProbeEntry.of(PermissionMatrixIntegrationTests::publishRecord, On.OWN_PRODUCER, On.OTHER_PRODUCER));
		probes.put(Action.READ_HISTORY,
				ProbeEntry.of(PermissionMatrixIntegrationTests::readHistory, On.OWN_PRODUCER, On.OTHER_PRODUCER));
		probes.put(Action.REVERT_RECORD,
				ProbeEntry.of(PermissionMatrixIntegrationTests::revertRecord, On.OWN_PRODUCER, On.OTHER_PRODUCER));
		probes.put(Action.QUERY_ALL, ProbeEntry.of(PermissionMatrixIntegrationTests::queryAll, On.NOTHING_OWNED));
		probes.put(Action.RESTRICT_RECORD,
				ProbeEntry.of(PermissionMatrixIntegrationTests::restrictRecord, On.OWN_PRODUCER, On.OTHER_PRODUCER));
		probes.put(Action.WITHDRAW_RECORD,
				ProbeEntry.of(PermissionMatrixIntegrationTests::withdrawRecord, On.OWN_PRODUCER, On.OTHER_PRODUCER));
		probes.put(Action.EXPORT_CONTENT,
				ProbeEntry.of(PermissionMatrixIntegrationTests::exportContent, On.NOTHING_OWNED));
		probes.put(Action.MANAGE_ACCOUNTS,
				ProbeEntry.of(PermissionMatrixIntegrationTests::manageAccounts, On.NOTHING_OWNED));
		probes.put(Action.OPERATE, ProbeEntry.of(PermissionMatrixIntegrationTests::operate, On.NOTHING_OWNED));
		probes.put(Action.CHANGE_SETTINGS,
				ProbeEntry.of(PermissionMatrixIntegrationTests::changeSettings, On.NOTHING_OWNED));
		return probes;
	}

	/**
	 * Every viewer × every action × every target its probe distinguishes; an action with
	 * no probe gives one cell, which fails.
	 */
	static Stream<Arguments> cells() {
		List<Arguments> cells = new ArrayList<>();
		for (Action action : Action.values()) {
			ProbeEntry entry = PROBES.get(action);
			for (Who who : Who.values()) {
				if (entry == null) {
					cells.add(Arguments.of(new Cell(who, action, On.NOTHING_OWNED)));
					continue;
				}
				for (On on : entry.targets()) {
					// A reader has authored nothing.
					if (!(who == Who.READER && on == On.OWN_WORK)) {
						cells.add(Arguments.of(new Cell(who, action, on)));
					}
				}
			}
		}
		return cells.stream();
	}

	@Test
	void everyActionOfTheMatrixHasAProbe() {
		assertThat(PROBES.keySet()).isEqualTo(EnumSet.allOf(Action.class));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cells")
	void eachCellIsAnsweredAsTheMatrixSays(Cell cell) {
		ProbeEntry entry = PROBES.get(cell.action());
		if (entry == null) {
			fail("%s has no probe in PermissionMatrixIntegrationTests.PROBES: add the endpoint that does it",
					cell.action());
		}
		Assumptions.assumeTrue(entry.missing() == null, () -> cell.action() + ": " + entry.missing());
		CookieSession session = session(cell.who());
		boolean allowed = Permissions.allows(viewer(cell.who()), cell.action(), target(cell));
		entry.probe().check(this, cell, session, allowed);
	}

	private boolean expectedOf(Cell cell) {
		return Permissions.allows(viewer(cell.who()), cell.action(), target(cell));
	}

	private Viewer viewer(Who who) {
		if (who == Who.READER) {
			return Viewer.anonymous();
		}
		return new Viewer(Optional.of(account(who).iri()), who.roles(), who.producers());
	}

	private Target target(Cell cell) {
		return switch (cell.on()) {
			case NOTHING_OWNED -> Target.none();
			case OWN_WORK -> Target.authoredBy(account(cell.who()).iri());
			case OTHERS_WORK -> Target.authoredBy(owner().iri());
			case OWN_PRODUCER -> Target.ownedBy(Optional.of(ANAPEC));
			case OTHER_PRODUCER -> Target.ownedBy(Optional.of("https://w3id.org/simimo/producers/dgsn"));
		};
	}

	// The probes.

	private static void saveGlossary(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		String title = "Matrice " + cell.who().name().toLowerCase(java.util.Locale.ROOT);
		HttpResponse<String> saved = session.submitForm(tokenPage(cell.who()), "/glossary",
				"title=" + HttpTestClient.encode(title) + "&visibility=public&" + SELECTION);
		if (allowed) {
			assertThat(saved.statusCode()).as(cell.toString()).isEqualTo(303);
			assertThat(test.http.get(saved.headers().firstValue("Location").orElseThrow(), "text/html").body())
				.contains(title);
		}
		else {
			test.assertRefused(cell, saved);
			assertThat(test.http.get("/glossary", "text/html").body()).doesNotContain(title);
		}
	}

	private static void editGlossary(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		String original = "Original " + cell.who() + " " + cell.on();
		String id = test.glossaryOf(cell, original);
		HttpResponse<String> edited = session.submitForm(tokenPage(cell.who()), "/glossary/" + id + "/edit",
				"title=Pirate&visibility=public&" + SELECTION);
		String page = test.http.get("/glossary/" + id, "text/html").body();
		if (allowed) {
			assertThat(edited.statusCode()).as(cell.toString()).isEqualTo(303);
			assertThat(page).contains("Pirate");
		}
		else {
			test.assertRefused(cell, edited);
			assertThat(page).contains(original).doesNotContain("Pirate");
		}
	}

	private static void deleteGlossary(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		String id = test.glossaryOf(cell, "À supprimer " + cell.who() + " " + cell.on());
		HttpResponse<String> deleted = session.submitForm(tokenPage(cell.who()), "/glossary/" + id + "/delete", "x=1");
		int status = test.http.get("/glossary/" + id, "text/html").statusCode();
		if (allowed) {
			assertThat(deleted.statusCode()).as(cell.toString()).isEqualTo(303);
			assertThat(status).isEqualTo(404);
		}
		else {
			test.assertRefused(cell, deleted);
			assertThat(status).isEqualTo(200);
		}
	}

	private static void manageAccounts(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		String userName = "made-by-" + cell.who().userName();
		HttpResponse<String> page = session.get("/admin/accounts");
		HttpResponse<String> create = session.submitForm(tokenPage(cell.who()), "/admin/accounts",
				"userName=" + userName + "&password=" + HttpTestClient.encode(PASSWORD) + "&roles=ADMINISTRATOR");
		if (allowed) {
			assertThat(page.statusCode()).as(cell.toString()).isEqualTo(200);
			assertThat(create.statusCode()).isEqualTo(302);
			assertThat(test.accounts.byUserName(userName)).isPresent();
		}
		else {
			test.assertRefused(cell, page);
			test.assertRefused(cell, create);
			assertThat(test.accounts.byUserName(userName)).isEmpty();
		}
	}

	private static void exportContent(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		HttpResponse<String> page = session.get("/admin/content");
		HttpResponse<String> export = session.get("/admin/content/catalogue-datasets.ttl", "*/*");
		if (allowed) {
			assertThat(page.statusCode()).as(cell.toString()).isEqualTo(200);
			assertThat(page.body()).contains("content-files-table");
			assertThat(export.statusCode()).as(cell.toString()).isEqualTo(200);
			assertThat(export.body()).contains("@prefix dcat:");
		}
		else {
			test.assertRefused(cell, page);
			test.assertRefused(cell, export);
		}
	}

	private static void operate(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		int generation = test.privateStore.status().generation();
		HttpResponse<String> page = session.get("/admin/operations");
		HttpResponse<String> compact = session.submitForm(tokenPage(cell.who()), "/admin/operations/private-compaction",
				"x=1");
		if (allowed) {
			assertThat(page.statusCode()).as(cell.toString()).isEqualTo(200);
			assertThat(compact.statusCode()).isEqualTo(302);
			assertThat(test.privateStore.status().generation()).isEqualTo(generation + 1);
		}
		else {
			test.assertRefused(cell, page);
			test.assertRefused(cell, compact);
			assertThat(test.privateStore.status().generation()).isEqualTo(generation);
		}
	}

	/**
	 * The records of the cell's target, by path: ANAPEC's or DGSN's dataset and concept
	 * (DGSN has one of each), the HCP's or DGSN's reference period, and ANAPEC's
	 * classification (the two national classifications are ANAPEC's and the HCP's, the
	 * contributor's producers, so another producer's classification has no example); for
	 * a record nobody owns, a concept of an international standard and an international
	 * classification (no dataset or period is nobody's).
	 */
	private static List<String> records(Cell cell) {
		return switch (cell.on()) {
			case OWN_PRODUCER -> List.of("/datasets/anapec-registered-regular-migrants-refugees",
					"/concepts/anapec-intermediation/foreign-employee-activity-certificate",
					"/periods/rgph-residence-threshold", "/classifications/anapec-occupations");
			case OTHER_PRODUCER -> List.of("/datasets/dgsn-foreigners-residence-permit",
					"/concepts/dgsn-residence/foreign-resident", "/periods/law-02-03-residence-permit-threshold");
			default -> List.of("/concepts/un-1998/short-term-migrant", "/classifications/isco-08");
		};
	}

	/**
	 * A form that saves: a dataset's title and description, a concept's label, a period's
	 * label and duration, or a classification's title.
	 */
	private static String editForm(String path, Cell cell) {
		String title = HttpTestClient.encode("Matrice " + cell);
		if (path.startsWith("/periods/")) {
			return "labelFr=" + title + "&durationNumber=6&durationUnit=months";
		}
		if (path.startsWith("/classifications/")) {
			return "titleFr=" + title;
		}
		return path.startsWith("/datasets/") ? "titleFr=" + title + "&descriptionFr=Description"
				: "prefLabelFr=" + title;
	}

	private static void editRecord(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		for (String path : records(cell)) {
			String iri = "https://w3id.org/simimo" + path;
			int revision = test.drafts.draftOf(iri).map(RecordDrafts.Draft::revision).orElse(0);
			HttpResponse<String> form = session.get(path + "/edit");
			// The token of a page the viewer may open, sent to the record's form.
			// The revision the form was loaded from, as a browser sends it back.
			HttpResponse<String> saved = session.submitForm(tokenPage(cell.who()), path + "/edit",
					editForm(path, cell) + "&revision=" + revision);
			int after = test.drafts.draftOf(iri).map(RecordDrafts.Draft::revision).orElse(0);
			if (allowed) {
				assertThat(form.statusCode()).as(cell + " " + path).isEqualTo(200);
				assertThat(saved.statusCode()).as(cell + " " + path).isEqualTo(303);
				assertThat(after).isEqualTo(revision + 1);
			}
			else {
				test.assertRefused(cell, form);
				test.assertRefused(cell, saved);
				assertThat(after).as(cell + " " + path).isEqualTo(revision);
			}
		}
	}

	private static void readDrafts(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		for (String path : records(cell)) {
			String iri = "https://w3id.org/simimo" + path;
			if (test.drafts.draftOf(iri).isEmpty() && path.startsWith("/classifications/")) {
				// A classification's draft holds its levels and items with it.
				List<String> parts = test.drafts.parts(iri);
				test.drafts.save(iri, parts, test.owner().iri(), test.drafts.published(iri, parts));
			}
			else if (test.drafts.draftOf(iri).isEmpty()) {
				test.drafts.save(iri, test.owner().iri(), test.drafts.published(iri));
			}
			HttpResponse<String> draft = session.get(path + "/draft");
			boolean listed = session.get("/drafts").body().contains(path + "/draft");
			// A period's page is its linked-data description, which shows the notice too.
			boolean notice = session.get(path).body().contains("draft-in-progress");
			if (allowed) {
				assertThat(draft.statusCode()).as(cell + " " + path).isEqualTo(200);
				assertThat(listed).as(cell + " listed " + path).isTrue();
				assertThat(notice).as(cell + " notice " + path).isTrue();
			}
			else {
				test.assertRefused(cell, draft);
				assertThat(listed).as(cell + " listed " + path).isFalse();
				assertThat(notice).as(cell + " notice " + path).isFalse();
			}
		}
	}

	/**
	 * The new-record forms of the cell's producer: a dataset of ANAPEC or DGSN, a concept
	 * of its national scheme, a reference period; each with the form that creates it.
	 */
	private static Map<String, String> newRecordForms(Cell cell) {
		boolean own = cell.on() == On.OWN_PRODUCER;
		String producer = own ? "anapec" : "dgsn";
		String title = HttpTestClient.encode("Matrice " + cell);
		Map<String, String> forms = new java.util.LinkedHashMap<>();
		forms.put("/datasets/new", "producer=" + producer + "&titleFr=" + title + "&descriptionFr=Description");
		forms.put(own ? "/concepts/anapec-intermediation/new" : "/concepts/dgsn-residence/new", "prefLabelFr=" + title);
		forms.put("/periods/new",
				"producer=" + producer + "&labelFr=" + title + "&kind="
						+ HttpTestClient.encode("https://w3id.org/simimo/concepts/period-kinds/recall-period")
						+ "&durationNumber=6&durationUnit=months");
		return forms;
	}

	private static void createRecord(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		String producer = "https://w3id.org/simimo/producers/" + ((cell.on() == On.OWN_PRODUCER) ? "anapec" : "dgsn");
		for (Map.Entry<String, String> form : newRecordForms(cell).entrySet()) {
			int before = test.drafts.all().size();
			HttpResponse<String> created = session.submitForm(tokenPage(cell.who()), form.getKey(), form.getValue());
			if (allowed) {
				assertThat(created.statusCode()).as(cell + " " + form.getKey()).isEqualTo(303);
				String location = created.headers().firstValue("Location").orElseThrow();
				String iri = "https://w3id.org/simimo" + location.substring(0, location.indexOf("/draft"));
				assertThat(test.drafts.intendedOwner(iri)).as(cell + " " + form.getKey()).contains(producer);
			}
			else {
				test.assertRefused(cell, created);
				assertThat(test.drafts.all().size()).as(cell + " " + form.getKey()).isEqualTo(before);
			}
		}
	}

	private static void discardDraft(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		// The cell's dataset, concept and period: ANAPEC's (the HCP's period), or DGSN's.
		for (String path : records(cell)) {
			String iri = "https://w3id.org/simimo" + path;
			if (test.drafts.draftOf(iri).isEmpty()) {
				test.drafts.save(iri, test.owner().iri(), test.drafts.published(iri));
			}
			HttpResponse<String> discarded = session.submitForm(tokenPage(cell.who()), path + "/discard", "x=1");
			if (allowed) {
				assertThat(discarded.statusCode()).as(cell + " " + path).isEqualTo(303);
				assertThat(test.drafts.draftOf(iri)).as(cell + " " + path).isEmpty();
			}
			else {
				test.assertRefused(cell, discarded);
				assertThat(test.drafts.draftOf(iri)).as(cell + " " + path).isPresent();
			}
		}
	}

	/**
	 * The cell's records that go through the review workflow (decision 0027): all of
	 * them, its dataset, concept, period and classification where it has one.
	 */
	private static List<String> workflowRecords(Cell cell) {
		return records(cell).stream().filter((path) -> WORKFLOW_FAMILIES.stream().anyMatch(path::startsWith)).toList();
	}

	/** The record types whose drafts go through the review workflow. */
	private static final List<String> WORKFLOW_FAMILIES = List.of("/datasets/", "/concepts/", "/periods/",
			"/classifications/");

	/**
	 * Record {@code path} with a draft in {@code state}, made through the store as its
	 * owner's work; the probes leave it in state draft, as the other probes of the class
	 * expect.
	 */
	private String recordInState(String path, WorkflowState state) {
		String iri = "https://w3id.org/simimo" + path;
		if (this.drafts.draftOf(iri).isEmpty()) {
			this.drafts.save(iri, owner().iri(), this.drafts.published(iri));
		}
		RecordDrafts.Draft draft = this.drafts.draftOf(iri).orElseThrow();
		if (draft.state() != state) {
			this.drafts.move(draft, owner().iri(), draft.state(), state, java.util.Optional.empty());
		}
		return path;
	}

	private static void submitRecord(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		for (String path : workflowRecords(cell)) {
			test.recordInState(path, WorkflowState.DRAFT);
			String iri = "https://w3id.org/simimo" + path;
			HttpResponse<String> submitted = session.submitForm(tokenPage(cell.who()), path + "/submit", "comment=Zq");
			WorkflowState after = test.drafts.draftOf(iri).orElseThrow().state();
			if (allowed) {
				assertThat(submitted.statusCode()).as(cell + " " + path).isEqualTo(303);
				assertThat(after).as(cell.toString()).isEqualTo(WorkflowState.SUBMITTED);
				HttpResponse<String> takenBack = session.submitForm(tokenPage(cell.who()), path + "/takeback", "x=1");
				assertThat(takenBack.statusCode()).as(cell + " take back").isEqualTo(303);
			}
			else {
				test.assertRefused(cell, submitted);
				assertThat(after).as(cell.toString()).isEqualTo(WorkflowState.DRAFT);
				test.recordInState(path, WorkflowState.SUBMITTED);
				test.assertRefused(cell, session.submitForm(tokenPage(cell.who()), path + "/takeback", "x=1"));
				assertThat(test.drafts.draftOf(iri).orElseThrow().state()).as(cell.toString())
					.isEqualTo(WorkflowState.SUBMITTED);
			}
			test.recordInState(path, WorkflowState.DRAFT);
		}
	}

	private static void reviewRecord(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		for (String path : workflowRecords(cell)) {
			test.recordInState(path, WorkflowState.SUBMITTED);
			String iri = "https://w3id.org/simimo" + path;
			HttpResponse<String> queue = session.get("/review");
			HttpResponse<String> sentBack = session.submitForm(tokenPage(cell.who()), path + "/sendback",
					"comment=" + HttpTestClient.encode("Matrice " + cell));
			WorkflowState after = test.drafts.draftOf(iri).orElseThrow().state();
			if (allowed) {
				assertThat(queue.statusCode()).as(cell.toString()).isEqualTo(200);
				assertThat(queue.body()).as(cell.toString()).contains(path + "/draft");
				assertThat(sentBack.statusCode()).as(cell + " " + path).isEqualTo(303);
				assertThat(after).as(cell.toString()).isEqualTo(WorkflowState.DRAFT);
			}
			else {
				test.assertRefused(cell, queue);
				test.assertRefused(cell, sentBack);
				assertThat(after).as(cell.toString()).isEqualTo(WorkflowState.SUBMITTED);
			}
			test.recordInState(path, WorkflowState.DRAFT);
		}
	}

	/**
	 * Publishing would change the shared application's seed content, so the cell's
	 * submitted draft is given a base no published version has: where publishing is
	 * allowed, the permission check passes and the publication is refused as a conflict
	 * (409), and nothing is written anywhere.
	 */
	private static void publishRecord(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		for (String path : workflowRecords(cell)) {
			test.recordInState(path, WorkflowState.SUBMITTED);
			String iri = "https://w3id.org/simimo" + path;
			RecordDrafts.Draft draft = test.drafts.draftOf(iri).orElseThrow();
			test.setBase(draft, "sha256:" + "0".repeat(64));
			try {
				HttpResponse<String> published = session.submitForm(tokenPage(cell.who()), path + "/publish", "x=1");
				if (allowed) {
					assertThat(published.statusCode()).as(cell + " " + path).isEqualTo(409);
					assertThat(published.body()).as(cell.toString()).contains("workflow-error");
				}
				else {
					test.assertRefused(cell, published);
				}
				assertThat(test.drafts.draftOf(iri).orElseThrow().state()).as(cell.toString())
					.isEqualTo(WorkflowState.SUBMITTED);
			}
			finally {
				test.setBase(draft, draft.base());
			}
			test.recordInState(path, WorkflowState.DRAFT);
		}
	}

	private static void readHistory(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		for (String path : workflowRecords(cell)) {
			HttpResponse<String> history = session.get(path + "/history");
			boolean linked = session.get(path).body().contains(path + "/history");
			if (allowed) {
				assertThat(history.statusCode()).as(cell + " " + path).isEqualTo(200);
				assertThat(history.body()).as(cell.toString()).contains("record-history");
				assertThat(linked).as(cell + " link").isTrue();
			}
			else {
				test.assertRefused(cell, history);
				assertThat(linked).as(cell + " link").isFalse();
			}
		}
	}

	/**
	 * Reverting would change the shared application's drafts, and its records have no
	 * version to go back to: where reverting is allowed, the permission check passes and
	 * the request is refused for its version (400), and nothing is written.
	 */
	private static void revertRecord(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		for (String path : workflowRecords(cell)) {
			String iri = "https://w3id.org/simimo" + path;
			java.util.Optional<RecordDrafts.Draft> before = test.drafts.draftOf(iri);
			HttpResponse<String> reverted = session.submitForm(tokenPage(cell.who()), path + "/revert", "version=0");
			if (allowed) {
				assertThat(reverted.statusCode()).as(cell + " " + path).isEqualTo(400);
				assertThat(reverted.body()).as(cell.toString()).contains("history-error");
			}
			else {
				test.assertRefused(cell, reverted);
			}
			assertThat(test.drafts.draftOf(iri)).as(cell.toString()).isEqualTo(before);
		}
	}

	/**
	 * A query on the coordinators' endpoint, by GET and by POST with the token: both
	 * answered, or both refused before any query runs.
	 */
	private static void queryAll(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		String query = HttpTestClient.encode("ASK { GRAPH ?g { ?s ?p ?o } }");
		HttpResponse<String> get = session.get("/sparql/all?query=" + query, "text/csv");
		HttpResponse<String> post = session.send(test.http.request("/sparql/all")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/csv")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
					"query=" + query + "&_csrf=" + HttpTestClient.encode(session.csrfToken(tokenPage(cell.who()))))));
		if (allowed) {
			assertThat(get.statusCode()).as(cell.toString()).isEqualTo(200);
			assertThat(get.body()).as(cell.toString()).contains("true");
			assertThat(post.statusCode()).as(cell.toString()).isEqualTo(200);
		}
		else {
			test.assertRefused(cell, get);
			test.assertRefused(cell, post);
		}
	}

	/**
	 * Restricting would take a record of the shared application's seed content out of the
	 * public store, so the cell's dataset is given a draft first: where restricting is
	 * allowed, the permission check passes and the restriction is refused for the draft
	 * (409); unrestricting a dataset that is not restricted is refused as such (409).
	 * Nothing is written either way.
	 */
	private static void restrictRecord(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		String path = test.recordInState(records(cell).get(0), WorkflowState.DRAFT);
		HttpResponse<String> restricted = session.submitForm(tokenPage(cell.who()), path + "/restrict", "x=1");
		HttpResponse<String> unrestricted = session.submitForm(tokenPage(cell.who()), path + "/unrestrict", "x=1");
		if (allowed) {
			assertThat(restricted.statusCode()).as(cell + " " + path).isEqualTo(409);
			assertThat(restricted.body()).as(cell.toString()).contains("restriction-error");
			assertThat(unrestricted.statusCode()).as(cell + " " + path).isEqualTo(409);
		}
		else {
			test.assertRefused(cell, restricted);
			test.assertRefused(cell, unrestricted);
		}
		assertThat(test.http.get(path, "text/html").statusCode()).as(cell.toString()).isEqualTo(200);
	}

	/**
	 * Withdrawing would take a record of the shared application out of publication: each
	 * of the cell's records (dataset, concept, period, classification) has a draft, so
	 * where withdrawing is allowed the permission check passes and the request is refused
	 * for the draft (409), and nothing is written.
	 */
	private static void withdrawRecord(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		for (String record : workflowRecords(cell)) {
			String path = test.recordInState(record, WorkflowState.DRAFT);
			String iri = "https://w3id.org/simimo" + path;
			HttpResponse<String> withdrawn = session.submitForm(tokenPage(cell.who()), path + "/withdraw",
					"comment=Zq");
			if (allowed) {
				assertThat(withdrawn.statusCode()).as(cell + " " + path).isEqualTo(409);
				assertThat(withdrawn.body()).as(cell.toString()).contains("history-error");
			}
			else {
				test.assertRefused(cell, withdrawn);
			}
			assertThat(test.http.get(path, "text/html").statusCode()).as(cell.toString()).isEqualTo(200);
			assertThat(test.drafts.draftOf(iri)).as(cell.toString()).isPresent();
		}
	}

	private void setBase(RecordDrafts.Draft draft, String base) {
		org.apache.jena.query.QuerySolutionMap bindings = new org.apache.jena.query.QuerySolutionMap();
		bindings.add("draft", org.apache.jena.rdf.model.ResourceFactory.createResource(draft.iri()));
		bindings.add("base", org.apache.jena.rdf.model.ResourceFactory.createPlainLiteral(base));
		this.privateStore.write("the matrix's draft base",
				(write) -> write.update("publicationtest/setDraftBase", bindings));
	}

	private static void changeSettings(PermissionMatrixIntegrationTests test, Cell cell, CookieSession session,
			boolean allowed) {
		String notice = "Matrice " + cell.who();
		HttpResponse<String> page = session.get("/admin/settings");
		HttpResponse<String> saved = session.submitForm(tokenPage(cell.who()), "/admin/settings",
				"signInFailuresPerUser=5&signInFailuresPerAddress=20&glossaryMaxSaved=1000&noticeFr="
						+ HttpTestClient.encode(notice));
		Map<String, String> after = test.settings.texts(RuntimeSettings.Key.SITE_NOTICE);
		if (allowed) {
			assertThat(page.statusCode()).as(cell.toString()).isEqualTo(200);
			assertThat(saved.statusCode()).as(cell.toString()).isEqualTo(303);
			assertThat(after).containsEntry("fr", notice);
			// The notice shows on every page of the shared application: take it away.
			test.settings.save(Map.of(RuntimeSettings.Key.SITE_NOTICE, Map.of()), test.account(cell.who()).iri());
		}
		else {
			test.assertRefused(cell, page);
			test.assertRefused(cell, saved);
			assertThat(after).doesNotContainValue(notice);
		}
	}

	// Helpers.

	/** 403 for an account; the sign-in page for a reader. */
	private void assertRefused(Cell cell, HttpResponse<String> response) {
		assertThat(expectedOf(cell)).isFalse();
		if (cell.who() == Who.READER) {
			assertThat(response.statusCode()).as(cell.toString()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(cell.toString())
				.startsWith("/sign-in");
		}
		else {
			assertThat(response.statusCode()).as(cell.toString()).isEqualTo(403);
		}
	}

	/** A page of the viewer's that carries a form's token. */
	private static String tokenPage(Who who) {
		return (who == Who.READER) ? "/sign-in" : "/";
	}

	/** A listed glossary saved for the cell: by its viewer, or by another member. */
	private String glossaryOf(Cell cell, String title) {
		Account author = (cell.on() == On.OWN_WORK) ? account(cell.who()) : owner();
		CookieSession session = CookieSession.signedIn(this.http, author.userName(), PASSWORD);
		HttpResponse<String> saved = session.submitForm("/glossary?" + SELECTION, "/glossary",
				"title=" + HttpTestClient.encode(title) + "&visibility=public&" + SELECTION);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String location = saved.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private CookieSession session(Who who) {
		if (who == Who.READER) {
			return new CookieSession(this.http);
		}
		return CookieSession.signedIn(this.http, account(who).userName(), PASSWORD);
	}

	private Account account(Who who) {
		return account(who.userName(), who.roles(), who.producers());
	}

	/** The member whose glossaries the others try to change. */
	private Account owner() {
		return account("matrix-owner", Set.of(), Set.of());
	}

	private Account account(String userName, Set<Role> roles, Set<String> producers) {
		return created.computeIfAbsent(userName + "@" + this.port, (key) -> this.accounts.byUserName(userName)
			.orElseGet(() -> this.accounts.create(userName, "", PASSWORD, roles, producers)));
	}

}
