/**
 * Indicators (SDG and ICLS): what each requires, who is its custodian, and which datasets
 * could feed it.
 */
package ma.hcp.simimo.indicator;
