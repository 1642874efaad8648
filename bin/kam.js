#!/usr/bin/env node
// The CLI is bundled by `npm run build` (scripts/build.mjs) into dist/kam.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/kam.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('kam: the CLI is not built yet. Run: npm run build\n');
  process.exit(1);
}
await import(bundle);
