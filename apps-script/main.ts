/**
 * The menu's and the sidebar's bundle entry (`kam-core.js`): everything
 * globals.js calls outside the custom functions, gathered by the build on
 * one object that `kamCore_()` makes on first use, so a recalculation,
 * which never calls it, does not pay for it (custom functions have their
 * own light bundle, functions/index.ts).
 *
 * @example
 * // in globals.js
 * function onOpen(e) { kamCore_().onOpen(e); }
 */
export { onOpen, onInstall, showSidebar, activateSheet } from './menu.js';
export { sidebarState } from './sidebar-state.js';
export { runSegmentation } from './run-segmentation.js';
export { readProgress } from './progress.js';
export { shareSegments } from './share.js';
export { refreshSegments } from './refresh-segments.js';
export { keyscoreFunction as keyscore } from './key-accounts/keyscore-function.js';
