/** Telling the database going away from a bug, for every layer that answers or retries (REST, pages, the escalation pass). */
package works.async.plugin.database;
