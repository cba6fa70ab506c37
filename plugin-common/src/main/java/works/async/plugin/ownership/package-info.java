/**
 * Confirming and declining ownership of an item, and the store port of ownership requests.
 */
package works.async.plugin.ownership;
