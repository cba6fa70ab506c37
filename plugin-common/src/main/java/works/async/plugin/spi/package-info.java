/**
 * The host SPI: what the shared plugin code needs from Jira, Confluence or the sandbox (people, items,
 * permissions, mail), implemented once per host.
 */
package works.async.plugin.spi;
