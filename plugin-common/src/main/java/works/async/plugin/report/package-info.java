/**
 * Meeting-replacement reports and recurring report series, and the store port of reports (the panel's summaries and
 * the reviewer rows the escalation pass reads).
 */
package works.async.plugin.report;
