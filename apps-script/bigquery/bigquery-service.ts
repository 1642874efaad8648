/**
 * The slice of the BigQuery advanced service (v2) the add-on calls, and the
 * decoding of its rows. The service exists only in the `--bigquery` build,
 * where the manifest enables it; elsewhere `bigQuery()` says so in words.
 * Rows come as `{ f: [{ v }] }` in the order of `schema.fields`, every value
 * as text (or null), which is what `segmentationFromRows` reads.
 *
 * @example
 * const response = bigQuery().Jobs.getQueryResults('my-project', 'job_1', { maxResults: 2000 });
 * decodeRows(response); // [{ client: 'c1', total: '1200.5', abc: 'A', ... }]
 */
export type QueryParameter = { name: string; parameterType: { type: string }; parameterValue: { value?: string } };

export type JobReference = { projectId: string; jobId: string; location?: string };

export type QueryRequest = {
  query: string;
  useLegacySql: false;
  parameterMode: 'NAMED';
  queryParameters: QueryParameter[];
  dryRun?: boolean;
  maximumBytesBilled?: string;
  timeoutMs?: number;
  maxResults?: number;
};

export type QueryResponse = {
  jobReference?: JobReference;
  jobComplete?: boolean;
  totalRows?: string;
  totalBytesProcessed?: string;
  pageToken?: string;
  schema?: { fields: { name: string; type: string }[] };
  rows?: { f: { v: unknown }[] }[];
};

export type BigQueryService = {
  Jobs: {
    query(request: QueryRequest, projectId: string): QueryResponse;
    getQueryResults(projectId: string, jobId: string, options: { location?: string; pageToken?: string; maxResults?: number; timeoutMs?: number }): QueryResponse;
  };
};

/** The advanced service, or an error in the user's words when this build has none. */
export function bigQuery(missing: string): BigQueryService {
  const service = (globalThis as { BigQuery?: BigQueryService }).BigQuery;
  if (!service || typeof service.Jobs?.query !== 'function') throw new Error(missing);
  return service;
}

export function decodeRows(response: QueryResponse): Record<string, unknown>[] {
  const fields = response.schema?.fields ?? [];
  return (response.rows ?? []).map((row) => Object.fromEntries(fields.map((field, i) => [field.name, row.f[i]?.v ?? null])));
}
