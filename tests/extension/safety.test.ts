/**
 * What a security review of the extension checks, kept checked: no HTML is
 * ever built from strings (imported names and e-mails are text), nothing
 * evaluates code, the only network request is the subscribed Sheet's, and
 * the manifest asks for the listed sites only (no <all_urls>), with
 * everything else optional.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config.js';
import { siteMatches } from '../../extension/sites/index.js';

const root = resolve(import.meta.dirname, '../..');
const extensionDir = join(root, 'extension');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

/** Each source file's code without its comments, which may well name what the code must not do. */
const files = sources(extensionDir).map((path) => ({
  name: relative(extensionDir, path),
  code: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, ''),
}));

const using = (pattern: RegExp) => files.filter((file) => pattern.test(file.code)).map((file) => file.name);

describe('extension safety', () => {
  it('reads its sources (the checks below would pass on nothing)', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(using(/chrome\.storage\.local\.set/)).toEqual(expect.arrayContaining(['data/storage.ts', 'data/save-import.ts']));
  });

  it('never builds HTML from strings', () => {
    expect(using(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|DOMParser/)).toEqual([]);
  });

  it('never evaluates code or loads it from elsewhere', () => {
    expect(using(/\beval\(|\bnew Function\b|(^|[^\w.])Function\(|setTimeout\(\s*['"`]|import\(\s*['"`]https?:|<script[^>]+src=["']https?:/)).toEqual([]);
  });

  it('makes no request but the subscribed Sheet’s: no beacons, sockets or analytics', () => {
    expect(using(/XMLHttpRequest|sendBeacon|WebSocket|EventSource|navigator\.connection|google-analytics|gtag\(/)).toEqual([]);
    expect(using(/fetch\(/)).toEqual(['data/sheet-subscription.ts']);
  });

  it('asks for the listed sites only; a Sheet or a self-hosted CRM is asked for when used', () => {
    // The config's manifest is a plain object (a function or a promise would hide it from this check).
    const manifest = config.manifest as Exclude<typeof config.manifest, Promise<unknown> | ((...args: never[]) => unknown) | undefined>;
    expect(typeof manifest).toBe('object');
    expect(manifest).not.toBeInstanceOf(Promise);
    const hosts = manifest!.host_permissions ?? [];
    expect(hosts).toEqual(siteMatches());
    for (const pattern of hosts) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest!.optional_host_permissions).toEqual(expect.arrayContaining(['https://docs.google.com/*', 'https://*.googleusercontent.com/*']));
    expect(manifest!.permissions).toEqual(['storage', 'alarms', 'scripting', 'unlimitedStorage']);
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
});
