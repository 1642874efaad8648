import { build } from 'esbuild';
const r = await build({ entryPoints: [process.argv[2]], bundle: true, write: false, metafile: true, format: 'iife', platform: 'neutral', mainFields: ['module','main'], external:['stream'], target:'es2020' });
const ins = Object.entries(r.metafile.outputs)[0][1].inputs;
const byPkg = {};
for (const [k,v] of Object.entries(ins)) { const key = k.includes('node_modules') ? k.split('node_modules/')[1].split('/').slice(0,1).join('/') : k; byPkg[key]=(byPkg[key]||0)+v.bytesInOutput; }
console.log(Object.entries(byPkg).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${v}\t${k}`).join('\n'));
