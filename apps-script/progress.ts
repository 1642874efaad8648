/**
 * Progress of a sidebar run, for the sidebar to poll while the run's own
 * server call is busy: kept in the user's cache under the run's id (the
 * sidebar makes the id), for ten minutes. Without a cache it is silent.
 *
 * @example
 * reportProgress('run-1', { percent: 40, text: 'Reading rows: 40,000 of 100,000' });
 * readProgress('run-1'); // { percent: 40, text: '…' }
 */
import { z } from 'zod';
import { hasService, services } from './services.js';

export const ProgressSchema = z.object({ percent: z.number().min(0).max(100), text: z.string() });

export type Progress = z.infer<typeof ProgressSchema>;

const key = (runId: string) => `kam-progress:${runId}`;

function cache() {
  return hasService('CacheService') ? services().CacheService.getUserCache() : null;
}

export function reportProgress(runId: string, progress: Progress): void {
  cache()?.put(key(runId), JSON.stringify(progress), 600);
}

export function readProgress(runId: string): Progress | null {
  const text = cache()?.get(key(runId));
  if (!text) return null;
  const parsed = ProgressSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}
