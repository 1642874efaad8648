/**
 * Debian's Chromium with the built extension loaded, for end-to-end tests:
 * builds .output when it is older than the sources (as e2e.test.ts does),
 * launches a fresh profile, serves each site's fixture under its real
 * address, and refuses (and records) any other request.
 *
 * @example
 * const browser = await launchExtension();
 * await browser.context.newPage();
 * await browser.close();
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { sites } from '../../extension/sites/index.js';
import { fixture, siteUrls } from './helpers.js';

export const CHROMIUM = '/usr/bin/chromium';
export const root = resolve(import.meta.dirname, '../..');
export const extensionDir = join(root, '.output/chrome-mv3');
export const chromiumAvailable = existsSync(CHROMIUM);

/** Written by the tests themselves: never a reason to rebuild. */
const NOT_SOURCES = new Set(['README.md', 'gmail-card.png', 'screenshots']);

function newestSource(paths: string[]): number {
  return Math.max(
    ...paths.map((path) => {
      const stat = statSync(path);
      if (!stat.isDirectory()) return stat.mtimeMs;
      return newestSource(readdirSync(path).filter((name) => !NOT_SOURCES.has(name)).map((name) => join(path, name)));
    }),
  );
}

export function ensureBuilt(): void {
  const manifest = join(extensionDir, 'manifest.json');
  const sources = ['extension', 'shared', 'wxt.config.ts', 'package-lock.json'].map((path) => join(root, path));
  if (existsSync(manifest) && statSync(manifest).mtimeMs > newestSource(sources)) return;
  execSync('npx wxt build', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

export type ExtensionBrowser = { context: BrowserContext; worker: Worker; extensionId: string; strayRequests: string[]; close(): Promise<void> };

/** `lang`: the browser's interface language. */
export async function launchExtension(lang = 'ru'): Promise<ExtensionBrowser> {
  ensureBuilt();
  const userDataDir = mkdtempSync(join(tmpdir(), 'kam-e2e-ui-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    locale: lang,
    viewport: { width: 1280, height: 720 },
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_${lang.toUpperCase()}.UTF-8` },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const strayRequests: string[] = [];
  await context.route((url) => url.protocol !== 'chrome-extension:', (route) => {
    strayRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  for (const site of sites) {
    const html = fixture(`${site.id}.html`);
    await context.route(`${new URL(siteUrls[site.id]).origin}/**`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  }
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    strayRequests,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
