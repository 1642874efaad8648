/**
 * Popup entry: reads the stored data and settings and renders the popup.
 *
 * @example
 * // Opened from the toolbar button.
 */
import { render } from 'preact';
import { readDataset, readSettings, readSync } from '../../data/storage.js';
import { uiLang } from '../../i18n.js';
import { PopupApp } from '../../popup/popup-app.js';
import { cardStyles } from '../../ui/card-styles.js';
import '../../ui/page.css';
import '../../popup/popup.css';

async function main() {
  const [dataset, settings, sync] = await Promise.all([readDataset(), readSettings(), readSync()]);
  document.documentElement.lang = uiLang(settings.lang);
  const style = document.createElement('style');
  // The card's styles, written for a shadow root's :host, apply to the popup's own card as is.
  style.textContent = cardStyles;
  document.head.append(style);
  render(<PopupApp dataset={dataset} settings={settings} sync={sync} />, document.getElementById('app')!);
}

void main();
