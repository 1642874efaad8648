import { build } from 'esbuild';
import { mkdirSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
const d='apps-script/dist';
const core = readFileSync(d+'/kam-core.js','utf8');
for (const v of ['wrap','wrapmin','str','strmin']) { mkdirSync('/tmp/v/'+v,{recursive:true}); for (const f of ['globals.js','kam-functions.js']) copyFileSync(d+'/'+f,'/tmp/v/'+v+'/'+f); }
writeFileSync('/tmp/v/wrap/kam-core.js', core);
const min = (await build({ stdin:{contents: core, loader:'js'}, write:false, minify:true, target:'es2020', charset:'utf8'})).outputFiles[0].text;
writeFileSync('/tmp/v/wrapmin/kam-core.js', min);
const inner = core; 
writeFileSync('/tmp/v/str/kam-core.js', 'var KAM_SRC_ = ' + JSON.stringify(core) + ';');
writeFileSync('/tmp/v/strmin/kam-core.js', 'var KAM_SRC_ = ' + JSON.stringify(min) + ';');
console.log(core.length, min.length);
