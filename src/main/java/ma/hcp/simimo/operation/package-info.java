/**
 * The administrators' operations page (decision 0022): the health details of the stores
 * and indexes, and the operations of the store and search packages (index rebuilds,
 * compactions), run one at a time after the permission matrix allows them.
 */
package ma.hcp.simimo.operation;
