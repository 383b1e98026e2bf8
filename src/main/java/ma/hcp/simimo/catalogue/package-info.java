/**
 * The catalogue of producers and datasets (DCAT): its DCAT-AP 3 export, served on the
 * catalogue's IRI and on each dataset's IRI.
 */
package ma.hcp.simimo.catalogue;
