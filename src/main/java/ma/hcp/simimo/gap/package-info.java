/**
 * Gap analysis for coordinators: where national definitions depart from the standards
 * (recorded and detected from definition facets), whether the knowledge contradicts
 * itself, and which indicators the sources can feed. Every analysis is a documented .rq
 * file under queries/gap/, runnable as it is on /sparql, and every table exports as CSV
 * and XLSX.
 */
package ma.hcp.simimo.gap;
