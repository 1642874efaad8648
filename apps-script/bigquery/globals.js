/**
 * The BigQuery build's extra top-level functions (the build copies this file
 * beside globals.js): the menu item's handler and the sidebar's server calls.
 *
 * @example
 * // in BigQuerySidebar.html
 * google.script.run.withSuccessHandler(show).kamBigQueryStep(runId);
 */

/** Menu: KAM > Segment a BigQuery table… */
function kamShowBigQuerySidebar() {
  kamCore_().showBigQuerySidebar();
}

/** BigQuery sidebar: dry run, bytes to be read. */
function kamBigQueryEstimate(request) {
  return kamCore_().bigQueryEstimate(request);
}

/** BigQuery sidebar: start the query job. */
function kamBigQueryStart(request) {
  return kamCore_().bigQueryStart(request);
}

/** BigQuery sidebar: one short step (wait for the job, or write one page). */
function kamBigQueryStep(runId) {
  return kamCore_().bigQueryStep(runId);
}
