/**
 * Who someone is and what they may do: the roles, the actions that change something, and
 * the one permission matrix (role × action × scope) every controller asks before it
 * writes (docs/decisions/0019-accounts-roles-and-ownership.md, docs/permissions.md). It
 * sits between the store and the features: features ask it, it knows no feature.
 */
package ma.hcp.simimo.access;
