/** One read per view: the issue view's panel and the page view's banner and macros share what they read. */
package works.async.plugin.viewreads;
