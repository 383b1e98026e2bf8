/**
 * Accounts and sign-in (decision 0019): accounts in the private store, their roles and
 * producers as Spring Security authorities, the sign-in page and its throttle, the first
 * administrator, and the administrators' page that manages accounts.
 */
package ma.hcp.simimo.account;
