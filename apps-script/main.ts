/**
 * The add-on's bundle entry: everything globals.js calls, gathered on one
 * global object (`KamCore`) by the build. Apps Script has no modules; the
 * top-level functions Sheets and the sidebar need are plain declarations in
 * globals.js that call in here.
 *
 * @example
 * // in globals.js
 * function ABC(values, a, b) { return KamCore.abc(values, a, b); }
 */
export { abcFunction as abc } from './functions/abc.js';
export { xyzFunction as xyz } from './functions/xyz.js';
export { abcxyzFunction as abcxyz } from './functions/abcxyz.js';
export { paretoFunction as pareto, paretoTopFunction as paretoTop } from './functions/pareto.js';
export { onOpen, onInstall, showSidebar, activateSheet } from './menu.js';
export { sidebarState } from './sidebar-state.js';
export { runSegmentation } from './run-segmentation.js';
export { readProgress } from './progress.js';
export { shareSegments } from './share.js';
export { optionKeys } from './function-options.js';
export { keyscoreFunction as keyscore } from './key-accounts/keyscore-function.js';
