/**
 * The custom functions' bundle entry (`kam-functions.js`, global
 * `KamFunctions`): only the maths and the option reading, no zod and no
 * papaparse, because Sheets loads the whole project for every
 * recalculation of every cell (see build.mjs and the load figure of
 * `npm run bench`).
 *
 * @example
 * // in globals.js
 * function ABC(values, a, b, options) { return KamFunctions.abc(values, a, b, options); }
 */
export { abcFunction as abc } from './abc.js';
export { xyzFunction as xyz } from './xyz.js';
export { abcxyzFunction as abcxyz } from './abcxyz.js';
export { paretoFunction as pareto, paretoTopFunction as paretoTop } from './pareto.js';
export { optionKeys, optionExamples } from '../function-options.js';
