/**
 * The chrome.* API types for the extension's sources (the repository's
 * tsconfig only loads Node's types by default).
 *
 * @example
 * await chrome.storage.local.get('kam.data');
 */
/// <reference types="chrome" />
