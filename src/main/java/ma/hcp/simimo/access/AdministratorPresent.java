package ma.hcp.simimo.access;

/**
 * Published at start-up once an enabled administrator exists: the oldest one, to whom
 * what has no author yet (the glossaries saved anonymously before accounts) is given.
 *
 * @param accountIri the administrator's account IRI
 */
public record AdministratorPresent(String accountIri) {
}
