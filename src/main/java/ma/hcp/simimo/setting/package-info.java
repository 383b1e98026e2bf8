/**
 * The administrators' settings page (decision 0025): the settings changed at run time
 * without a restart, kept in the private store by {@code store.RuntimeSettings}, and the
 * read-only configuration of this installation, without any secret.
 */
package ma.hcp.simimo.setting;
