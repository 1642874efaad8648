/**
 * The settings of the last successful run, remembered per document (the
 * spreadsheet's document properties, so everyone who edits it shares them):
 * the sheet, its columns, measure, period and thresholds. The sidebar opens
 * with them, and KAM > Refresh segments re-runs with them in one click.
 *
 * @example
 * rememberRunSettings({ sheet: 'Sales', columns: { client: 0, date: 1, amount: 2 }, measure: 'revenue', period: 'month', abc: { a: 0.8, b: 0.95 }, xyz: { x: 0.1, y: 0.25 } });
 * recallRunSettings()?.sheet; // 'Sales'
 */
import { z } from 'zod';
import { RunRequestSchema } from './run-request.js';
import { hasService, services } from './services.js';

export const RunSettingsSchema = RunRequestSchema.omit({ runId: true });

export type RunSettings = z.infer<typeof RunSettingsSchema>;

const KEY = 'kam-run-settings';

function properties() {
  return hasService('PropertiesService') ? services().PropertiesService.getDocumentProperties() : null;
}

export function rememberRunSettings(settings: RunSettings): void {
  properties()?.setProperty(KEY, JSON.stringify(RunSettingsSchema.parse(settings)));
}

/** The remembered settings, or null when none (or unreadable: an older add-on version wrote them). */
export function recallRunSettings(): RunSettings | null {
  const text = properties()?.getProperty(KEY);
  if (!text) return null;
  try {
    const parsed = RunSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
