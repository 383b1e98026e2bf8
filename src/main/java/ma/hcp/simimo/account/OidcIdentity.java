package ma.hcp.simimo.account;

/**
 * Who an identity provider says someone is: its issuer and the subject it gives them
 * ({@code simimo:oidcIssuer}, {@code simimo:oidcSubject}), which together name one
 * account of the private store.
 *
 * @param issuer the issuer, an http(s) URL, as the ID token's {@code iss} claim gives it
 * @param subject the ID token's {@code sub} claim
 */
public record OidcIdentity(String issuer, String subject) {

}
