/**
 * What every page shares: the layout and its language switch (French first, then English,
 * then Arabic right to left), security, the error pages, and the content negotiation of
 * resource paths (HTML or RDF, chosen once per request).
 */
package ma.hcp.simimo.web;
