/**
 * The content script: runs on the listed sites (and self-hosted CRMs the
 * user added, registered by the background) and puts segment badges on
 * the clients it finds there.
 *
 * @example
 * // Built to .output/chrome-mv3/content-scripts/content.js
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPage } from '../page/start-page.js';
import { siteMatches } from '../sites/index.js';

export default defineContentScript({
  matches: siteMatches(),
  runAt: 'document_idle',
  allFrames: true,
  // ctx tells an orphaned copy (the extension was updated or reloaded under an open page) to stop.
  main(ctx) {
    void startPage(window, ctx.signal);
  },
});
