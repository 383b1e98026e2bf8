/**
 * Linked data: every resource in the store has a page, as HTML for browsers and as
 * Turtle, JSON-LD, RDF/XML or N-Triples by content negotiation, at its own path when its
 * IRI is under the base IRI.
 */
package ma.hcp.simimo.linkeddata;
