/**
 * What every feature shares about who is acting: permissions, the signed-in caller, looking people up and choosing
 * them for an item, the policy scope of an item, new ids and transactions. Depends on no feature.
 */
package works.async.plugin.access;
