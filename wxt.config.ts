/**
 * WXT build of the Chrome extension: sources in extension/, output in
 * .output/chrome-mv3 (and a zip from `wxt zip`). Host permissions come from
 * the site adapters' own URL matches, so adding a CRM is adding one file.
 *
 * @example
 * // npx wxt build   -> .output/chrome-mv3
 * // npx wxt zip     -> .output/kam-segments-<version>-chrome.zip
 */
import { defineConfig } from 'wxt';
import { siteMatches } from './extension/sites/index.js';

export default defineConfig({
  srcDir: 'extension',
  entrypointsDir: 'entrypoints',
  publicDir: 'extension/public',
  outDir: '.output',
  // Explicit imports keep the sources type-checkable by the repository's own tsconfig.
  imports: false,
  manifestVersion: 3,
  browser: 'chrome',
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: {
      sourcemap: false,
      // Vite's preload polyfill fetches scripts itself; Chrome preloads extension pages' modules natively, and the extension's code then holds no fetch but the Sheet's.
      modulePreload: { polyfill: false },
      rollupOptions: {
        // zod's sources carry comments Rollup cannot place; they change nothing in the output.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
          warn(warning);
        },
      },
    },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting', 'unlimitedStorage'],
    host_permissions: siteMatches(),
    // Asked for at the moment of use: a Sheet's CSV link (Google redirects the export to googleusercontent.com) or a self-hosted CRM's domain.
    optional_host_permissions: ['https://docs.google.com/*', 'https://*.googleusercontent.com/*', 'https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
