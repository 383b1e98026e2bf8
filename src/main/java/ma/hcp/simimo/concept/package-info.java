/**
 * Concepts and schemes (SKOS): the concept page, with its definition, its place in its
 * scheme, and its international counterpart compared criterion by criterion.
 */
package ma.hcp.simimo.concept;
