/**
 * A fake BigQuery advanced service for the add-on's BigQuery path. It checks
 * what a real one would refuse (the query must parse as BigQuery SQL, every
 * `@name` must be a declared parameter), answers a dry run with a byte
 * count, keeps the job "running" for the first poll, then serves the result
 * in small pages with page tokens, as BigQuery does when rows are many. The
 * rows are the DuckDB dialect of the same template run on DuckDB, turned into
 * BigQuery's `{ f: [{ v }] }` strings. `failOnce` makes one page request
 * throw, as a dropped connection or a quota error would.
 *
 * @example
 * const bq = fakeBigQuery(rows, { pageSize: 70 });
 * bq.failOnce(3); // the third page request throws
 */
import { Parser } from 'node-sql-parser';
import { sqlColumns } from '../../shared/sql/segmentation-sql.js';

export type FakeBigQueryCall = { method: string; args: unknown[] };

export function fakeBigQuery(rows: Record<string, unknown>[], options: { pageSize: number; bytes?: number }) {
  const calls: FakeBigQueryCall[] = [];
  let failOn = -1;
  let pageRequests = 0;
  let polls = 0;
  const encode = (value: unknown) => (value === null || value === undefined ? null : String(value));
  const schema = { fields: sqlColumns.map((name) => ({ name, type: 'STRING' })) };
  const check = (request: { query: string; queryParameters: { name: string }[]; parameterMode: string }) => {
    new Parser().astify(request.query, { database: 'BigQuery' });
    if (request.parameterMode !== 'NAMED') throw new Error('parameterMode must be NAMED');
    const declared = new Set(request.queryParameters.map((p) => p.name));
    for (const [, name] of request.query.matchAll(/@(\w+)/g)) if (!declared.has(name)) throw new Error(`Query parameter '${name}' not found`);
  };
  const service = {
    Jobs: {
      query(request: { query: string; queryParameters: { name: string }[]; parameterMode: string; dryRun?: boolean }, projectId: string) {
        calls.push({ method: 'query', args: [request, projectId] });
        check(request);
        if (request.dryRun) return { jobComplete: true, totalBytesProcessed: String(options.bytes ?? 0) };
        return { jobComplete: false, jobReference: { projectId, jobId: 'job_kam_1', location: 'EU' } };
      },
      getQueryResults(projectId: string, jobId: string, opts: { pageToken?: string; maxResults?: number; location?: string }) {
        calls.push({ method: 'getQueryResults', args: [projectId, jobId, opts] });
        if (jobId !== 'job_kam_1' || opts.location !== 'EU') throw new Error(`Not found: Job ${projectId}:${jobId}`);
        if (polls++ === 0) return { jobComplete: false, jobReference: { projectId, jobId } };
        pageRequests++;
        if (pageRequests === failOn) throw new Error('Backend error: the connection was reset');
        const start = opts.pageToken ? Number(opts.pageToken.slice(5)) : 0;
        const size = Math.min(options.pageSize, opts.maxResults ?? Infinity);
        const page = rows.slice(start, start + size);
        const next = start + size < rows.length ? `page-${start + size}` : undefined;
        return {
          jobComplete: true,
          totalRows: String(rows.length),
          schema,
          rows: page.map((row) => ({ f: sqlColumns.map((name) => ({ v: encode(row[name]) })) })),
          ...(next && { pageToken: next }),
        };
      },
    },
  };
  return {
    service,
    calls,
    failOnce(pageRequest: number) {
      failOn = pageRequests + pageRequest;
    },
  };
}
