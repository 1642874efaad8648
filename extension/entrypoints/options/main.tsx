/**
 * Options page entry.
 *
 * @example
 * // chrome-extension://<id>/options.html
 */
import { render } from 'preact';
import { OptionsApp } from '../../options/options-app.js';
import '../../ui/page.css';
import '../../options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
