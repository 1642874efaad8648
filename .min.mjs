import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
const r = await build({ entryPoints: ['apps-script/main.ts'], bundle: true, write: false, format: 'iife', globalName:'KamCore', platform: 'neutral', mainFields: ['module','main'], external:['stream'], target:'es2020', charset:'utf8', legalComments:'none', minify: process.argv[2]==='full', minifyWhitespace: true, minifySyntax: true });
const code = r.outputFiles[0].text;
console.log(code.length);
writeFileSync('/tmp/wrap/a.js', 'function kamHeavy_() {' + code + '\nreturn KamCore; }');
