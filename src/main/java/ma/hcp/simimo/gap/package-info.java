/**
 * Gap analysis for coordinators: where national definitions depart from the standards
 * (recorded and detected from definition facets), whether the knowledge contradicts
 * itself, which indicators the sources can feed, which classifications the datasets use,
 * how each producer scores on harmonization, and the action plan that ranks the measures
 * to close the gaps. Every analysis is a documented .rq file under queries/gap/, runnable
 * as it is on /sparql, and every table exports as CSV and XLSX.
 */
package ma.hcp.simimo.gap;
