/**
 * Glossaries for trainers: a selection of concepts with their definitions, international
 * counterparts and plain-language divergence notes, in one to three languages, built from
 * one model into printable HTML, PDF, DOCX, XLSX, CSV and SKOS Turtle. Trainers pick the
 * concepts on /glossary, where a saved glossary gets its own named graph.
 */
package ma.hcp.simimo.glossary;
