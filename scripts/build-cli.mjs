// Bundles the Node entry points (CLI, benchmark, sample generator) with esbuild.
import { build } from 'esbuild';

const entries = {
  kam: 'cli/kam.ts',
  bench: 'scripts/bench.ts',
  'bench-sql': 'scripts/bench-sql.ts',
  'bench-cli': 'scripts/bench-cli.ts',
  'generate-sample': 'tools/sample/main.ts',
};

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // Minified (names kept for stack traces): every run of the CLI parses the bundle first.
  minify: !process.env.KAM_NO_MINIFY,
  keepNames: true,
  logLevel: 'warning',
  // Optional, native, and loaded only for `--engine duckdb`: resolved from node_modules at run time.
  external: ['@duckdb/node-api'],
  // papaparse is CommonJS and asks for Node's stream module in Node: give the ESM bundle a require.
  banner: { js: "import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);" },
});
