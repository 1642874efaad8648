// The BigQuery build variant (`npm run build:sheets -- --bigquery`), called by apps-script/build.mjs:
// the bundle entry with the BigQuery calls, the extra globals, the BigQuery sidebar page, and the
// manifest with the BigQuery scope and advanced service added to the plain one (whose three scopes
// stay as they are in the default build).
// @example const variant = await import('./bigquery/build-variant.mjs'); await variant.write(dist, build, common);
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const entry = join(here, 'main.ts');
export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';
export const BIGQUERY_SERVICE = { userSymbol: 'BigQuery', serviceId: 'bigquery', version: 'v2' };

export function manifest(plain) {
  const m = structuredClone(plain);
  m.oauthScopes = [...new Set([...(m.oauthScopes ?? []), BIGQUERY_SCOPE])];
  const services = m.dependencies?.enabledAdvancedServices ?? [];
  if (!services.some((s) => s.serviceId === 'bigquery')) services.push(BIGQUERY_SERVICE);
  m.dependencies = { ...m.dependencies, enabledAdvancedServices: services };
  return m;
}

export async function write(dist, build, common) {
  const client = await build({ ...common, entryPoints: [join(here, 'client.ts')], format: 'iife', platform: 'browser' });
  const code = client.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  if (code.includes('<?')) throw new Error('bigquery/client.ts bundles to code containing "<?", which HtmlService reads as a scriptlet');
  const page = await readFile(join(here, 'sidebar.html'), 'utf8');
  if (!page.includes('/*CLIENT*/') || !page.includes('/*STYLE*/')) throw new Error('bigquery/sidebar.html lost its /*CLIENT*/ or /*STYLE*/ marker');
  const plainPage = await readFile(join(here, '../sidebar/sidebar.html'), 'utf8');
  const style = /<style>([\s\S]*?)<\/style>/.exec(plainPage)?.[1];
  if (style === undefined) throw new Error('sidebar/sidebar.html has no <style> for the BigQuery sidebar to share');
  const plain = JSON.parse(await readFile(join(here, '../appsscript.json'), 'utf8'));
  await Promise.all([
    writeFile(join(dist, 'BigQuerySidebar.html'), page.replace('/*STYLE*/', () => style).replace('/*CLIENT*/', () => code)),
    writeFile(join(dist, 'bigquery-globals.js'), await readFile(join(here, 'globals.js'), 'utf8')),
    writeFile(join(dist, 'appsscript.json'), JSON.stringify(manifest(plain), null, 2) + '\n'),
  ]);
}
