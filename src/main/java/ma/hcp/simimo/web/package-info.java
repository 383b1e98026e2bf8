/**
 * What every page shares: the layout and its language switch (French first, then English,
 * then Arabic right to left), security, and the error pages.
 */
package ma.hcp.simimo.web;
