/**
 * KAM > Refresh segments: re-runs the segmentation with the settings this
 * document remembers from its last run (run-settings.ts) and says how it
 * went in a toast; with none remembered yet it opens the sidebar instead.
 *
 * @example
 * refreshSegments(); // toast: '120 clients from 10,000 rows.'
 */
import { explainGoogleError } from './google-errors.js';
import { errorMessage } from './api-errors.js';
import { langOfLocale, sheetMessages } from './messages.js';
import { showSidebar } from './menu.js';
import { runSegmentation } from './run-segmentation.js';
import { recallRunSettings } from './run-settings.js';
import { services } from './services.js';

export function refreshSegments(): void {
  const spreadsheet = services().SpreadsheetApp.getActive();
  const lang = langOfLocale(spreadsheet.getSpreadsheetLocale());
  const m = sheetMessages(lang);
  const settings = recallRunSettings();
  if (!settings) {
    showSidebar('segment');
    return;
  }
  try {
    const result = runSegmentation({ ...settings, runId: `refresh-${Date.now()}` });
    spreadsheet.toast(result.summary, m.menu.refresh);
  } catch (error) {
    const message = errorMessage(error);
    spreadsheet.toast(explainGoogleError(message, lang) ?? message, m.menu.refresh);
  }
}
