package ma.hcp.simimo.account;

import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.store.PrivateStore;
import ma.hcp.simimo.store.StoreWrite;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the accounts of the private store, with queries/account/*.rq and *.ru;
 * each change is one transaction of {@link PrivateStore#write}. Passwords are hashed
 * here, by Spring Security's DelegatingPasswordEncoder (bcrypt).
 */
@Repository
public class AccountRepository {

	/** The shortest password accepted. */
	public static final int MIN_PASSWORD = 12;

	/** The longest password accepted: bcrypt reads 72 bytes at most. */
	public static final int MAX_PASSWORD = 72;

	static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

	private static final int LISTED = 10_000;

	private final PrivateStore store;

	private final PasswordEncoder encoder;

	AccountRepository(PrivateStore store, PasswordEncoder encoder) {
		this.store = store;
		this.encoder = encoder;
	}

	/** The account that signs in as {@code userName}, if any. */
	public Optional<Account> byUserName(String userName) {
		if (userName == null || !USER_NAME.matcher(userName).matches()) {
			return Optional.empty();
		}
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("userName", ResourceFactory.createPlainLiteral(userName));
		return this.store.reader()
			.select("account/accounts", bindings, AccountRepository::account)
			.stream()
			.findFirst();
	}

	/** The account named {@code iri}, if any. */
	public Optional<Account> byIri(String iri) {
		if (iri == null || !iri.startsWith(AccountIris.PREFIX)) {
			return Optional.empty();
		}
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("account", ResourceFactory.createResource(iri));
		return this.store.reader()
			.select("account/accountUserName", bindings, (row) -> row.getLiteral("userName").getLexicalForm())
			.stream()
			.findFirst()
			.flatMap(this::byUserName);
	}

	/** Every account, by user name. */
	public List<Account> accounts() {
		return this.store.reader()
			.select("account/accounts", new QuerySolutionMap(), LISTED, AccountRepository::account);
	}

	/** The enabled administrators' IRIs, oldest first. */
	public List<String> administrators() {
		return this.store.reader()
			.select("account/administrators", new QuerySolutionMap(), (row) -> row.getResource("account").getURI());
	}

	/**
	 * Creates an enabled account in one transaction and returns it.
	 * @param password the password, checked against {@link #checkPassword}; null for an
	 * account that signs in elsewhere
	 * @throws BadRequestException when the user name is malformed or taken, or the
	 * password too short or too long
	 */
	public Account create(String userName, String name, String password, Set<Role> roles, Set<String> producers) {
		checkUserName(userName);
		if (byUserName(userName).isPresent()) {
			throw new BadRequestException("account.error.userNameTaken", userName);
		}
		Optional<String> hash = Optional.ofNullable(password).map(this::hash);
		return create(userName, name, hash, Optional.empty(), roles, producers);
	}

	/** The account an identity provider knows as {@code identity}, if any. */
	public Optional<Account> byIdentity(OidcIdentity identity) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("issuer", ResourceFactory.createPlainLiteral(identity.issuer()));
		bindings.add("subject", ResourceFactory.createPlainLiteral(identity.subject()));
		return this.store.reader()
			.select("account/oidcAccount", bindings, (row) -> row.getLiteral("userName").getLexicalForm())
			.stream()
			.findFirst()
			.flatMap(this::byUserName);
	}

	/**
	 * Creates an enabled account, with no password, for someone who signs in through an
	 * identity provider, in one transaction; the shapes refuse a second account of the
	 * same identity.
	 * @param userName a free user name ({@link #freeUserName})
	 */
	public Account create(String userName, String name, OidcIdentity identity, Set<Role> roles, Set<String> producers) {
		checkUserName(userName);
		return create(userName, name, Optional.empty(), Optional.of(identity), roles, producers);
	}

	/**
	 * Replaces what the identity provider says of an account at a sign-in, in one
	 * transaction: its roles and producers, and its display name when one is given.
	 */
	public void setFromIdentityProvider(String iri, String name, Set<Role> roles, Set<String> producers) {
		this.store.write("set roles of " + iri + " from its identity provider", (write) -> {
			if (name != null && !name.isBlank()) {
				QuerySolutionMap bindings = account(iri);
				bindings.add("name", ResourceFactory.createPlainLiteral(name.strip()));
				write.update("account/setName", bindings);
			}
			write.update("account/clearRoles", account(iri));
			writeRoles(write, iri, roles, producers);
		});
	}

	/**
	 * The first of {@code candidates} that is a well-formed user name no account has, or
	 * else {@code fallback}.
	 */
	public String freeUserName(List<String> candidates, String fallback) {
		return candidates.stream()
			.filter((candidate) -> candidate != null && USER_NAME.matcher(candidate).matches())
			.filter((candidate) -> byUserName(candidate).isEmpty())
			.findFirst()
			.orElse(fallback);
	}

	private Account create(String userName, String name, Optional<String> hash, Optional<OidcIdentity> identity,
			Set<Role> roles, Set<String> producers) {
		String iri = AccountIris.newIri();
		QuerySolutionMap bindings = account(iri);
		bindings.add("userName", ResourceFactory.createPlainLiteral(userName));
		if (name != null && !name.isBlank()) {
			bindings.add("name", ResourceFactory.createPlainLiteral(name.strip()));
		}
		hash.ifPresent((value) -> bindings.add("passwordHash", ResourceFactory.createPlainLiteral(value)));
		identity.ifPresent((value) -> {
			bindings.add("oidcIssuer", ResourceFactory.createPlainLiteral(value.issuer()));
			bindings.add("oidcSubject", ResourceFactory.createPlainLiteral(value.subject()));
		});
		bindings.add("created",
				ResourceFactory.createTypedLiteral(new XSDDateTime(Calendar.getInstance(TimeZone.getTimeZone("UTC")))));
		this.store.write("create account " + userName, (write) -> {
			write.update("account/createAccount", bindings);
			writeRoles(write, iri, roles, producers);
		});
		return byIri(iri).orElseThrow();
	}

	/** Replaces the roles and producers of an account, in one transaction. */
	public void setRoles(String iri, Set<Role> roles, Set<String> producers) {
		this.store.write("set roles of " + iri, (write) -> {
			write.update("account/clearRoles", account(iri));
			writeRoles(write, iri, roles, producers);
		});
	}

	public void setEnabled(String iri, boolean enabled) {
		QuerySolutionMap bindings = account(iri);
		bindings.add("enabled", ResourceFactory.createTypedLiteral(enabled));
		this.store.write((enabled ? "enable " : "disable ") + iri,
				(write) -> write.update("account/setEnabled", bindings));
	}

	/** Replaces an account's password, after {@link #checkPassword}. */
	public void setPassword(String iri, String password) {
		QuerySolutionMap bindings = account(iri);
		bindings.add("passwordHash", ResourceFactory.createPlainLiteral(hash(password)));
		this.store.write("reset password of " + iri, (write) -> write.update("account/setPassword", bindings));
	}

	/**
	 * Refuses a password shorter than {@value #MIN_PASSWORD} or longer than
	 * {@value #MAX_PASSWORD} characters.
	 */
	public static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new BadRequestException("account.error.passwordShort", MIN_PASSWORD);
		}
		if (password.length() > MAX_PASSWORD) {
			throw new BadRequestException("account.error.passwordLong", MAX_PASSWORD);
		}
	}

	static void checkUserName(String userName) {
		if (userName == null || !USER_NAME.matcher(userName).matches()) {
			throw new BadRequestException("account.error.userName",
					(userName == null) ? "" : userName.substring(0, Math.min(64, userName.length())));
		}
	}

	private String hash(String password) {
		checkPassword(password);
		return this.encoder.encode(password);
	}

	private static void writeRoles(StoreWrite write, String iri, Set<Role> roles, Set<String> producers) {
		Set<Role> all = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		all.add(Role.MEMBER);
		for (Role role : all) {
			QuerySolutionMap bindings = account(iri);
			bindings.add("role", ResourceFactory.createPlainLiteral(role.name()));
			write.update("account/addRole", bindings);
		}
		if (all.contains(Role.CONTRIBUTOR)) {
			for (String producer : producers) {
				QuerySolutionMap bindings = account(iri);
				bindings.add("producer", ResourceFactory.createResource(producer));
				write.update("account/addProducer", bindings);
			}
		}
	}

	private static QuerySolutionMap account(String iri) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("account", ResourceFactory.createResource(iri));
		return bindings;
	}

	private static Account account(QuerySolution row) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(literal(row, "roles").split(" "))
			.filter((name) -> !name.isBlank())
			.forEach((name) -> Role.ofAuthority("ROLE_" + name.toUpperCase(Locale.ROOT)).ifPresent(roles::add));
		Set<String> producers = Arrays.stream(literal(row, "producers").split(" "))
			.filter((iri) -> !iri.isBlank())
			.collect(Collectors.toCollection(TreeSet::new));
		String hash = literal(row, "passwordHash");
		String issuer = literal(row, "oidcIssuer");
		Optional<OidcIdentity> identity = issuer.isEmpty() ? Optional.empty()
				: Optional.of(new OidcIdentity(issuer, literal(row, "oidcSubject")));
		return new Account(row.getResource("account").getURI(), literal(row, "userName"), literal(row, "name"),
				hash.isEmpty() ? Optional.empty() : Optional.of(hash), roles, producers,
				row.getLiteral("enabled").getBoolean(), literal(row, "created"), identity);
	}

	private static String literal(QuerySolution row, String variable) {
		RDFNode node = row.get(variable);
		return (node == null || !node.isLiteral()) ? "" : node.asLiteral().getLexicalForm();
	}

}
