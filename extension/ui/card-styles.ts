/**
 * Styles of the chip and the card, shared by the badges' shadow roots and
 * the popup. Everything is scoped: in a shadow root `:host` resets what the
 * host page would otherwise pass down (fonts, line height, colours).
 *
 * @example
 * sheet.replaceSync(cardStyles);
 */
import { keyAccountStyles } from './key-account-section.js';

export const cardStyles = `
:host { all: initial; display: inline-flex; vertical-align: middle; line-height: 0; margin: 0 4px; height: 16px; align-items: center; }
.chip {
  all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 3px;
  height: 16px; padding: 0 5px; border-radius: 8px; cursor: default; white-space: nowrap;
  font: 700 10.5px/14px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; letter-spacing: .02em;
  background: var(--cell-bg); color: var(--cell-fg); border: 1px solid var(--cell-border);
}
.chip:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.mark { font-size: 9px; line-height: 1; }
.more { font-weight: 600; opacity: .85; }
.risk { display: inline-block; width: 9px; height: 9px; flex: none; }
.risk path { stroke: #fff; stroke-width: 1.5px; paint-order: stroke; stroke-linejoin: round; }
.risk.at-risk path { fill: #b45309; }
.risk.lost path { fill: #b91c1c; }
.card {
  box-sizing: border-box; width: 380px; max-width: calc(100vw - 16px); margin: 0; padding: 12px 14px 10px; inset: auto;
  position: fixed; z-index: 2147483647; overflow: visible;
  background: #fff; color: #1f2937; border: 0; border-radius: 10px; text-align: left; white-space: normal;
  box-shadow: 0 12px 32px rgba(15, 23, 42, .18), 0 0 0 1px rgba(15, 23, 42, .08);
  font: 400 12.5px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
.card:focus { outline: none; }
.card.inline { position: static; box-shadow: 0 0 0 1px rgba(15, 23, 42, .1); width: auto; max-width: none; }
.head { display: flex; gap: 10px; align-items: flex-start; margin-bottom: 8px; }
.cell {
  flex: none; min-width: 34px; height: 26px; padding: 0 6px; border-radius: 7px; box-sizing: border-box;
  display: inline-flex; align-items: center; justify-content: center; font: 800 13px/1 system-ui, sans-serif;
  background: var(--cell-bg); color: var(--cell-fg); border: 1px solid var(--cell-border);
}
.name { font-weight: 650; font-size: 14px; line-height: 1.25; color: #111827; overflow-wrap: anywhere; }
.sub { color: #6b7280; font-size: 11.5px; margin-top: 2px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 12px; margin: 0; }
.facts dt { color: #6b7280; }
.facts dd { margin: 0; color: #1f2937; overflow-wrap: anywhere; }
.num { font-variant-numeric: tabular-nums; font-weight: 600; }
.of { color: #6b7280; }
.tags { display: inline-flex; flex-wrap: wrap; gap: 4px; }
.tag { background: #eef2ff; color: #3730a3; border-radius: 4px; padding: 0 5px; font-size: 11.5px; }
.alert { margin-top: 8px; padding: 6px 8px; border-radius: 6px; background: #fff7ed; color: #9a3412; border: 1px solid #fed7aa; }
.alert::first-letter { text-transform: uppercase; }
.alert.lost { background: #fef2f2; color: #991b1b; border-color: #fecaca; }
.risk-mark { display: inline-block; min-width: 14px; margin-right: 5px; font-weight: 800; text-align: center; }
.spark-row { margin-top: 3px; line-height: 0; }
.spark-line { stroke: #1d5fbf; stroke-width: 1.6px; stroke-linejoin: round; stroke-linecap: round; }
.spark-base { stroke: #767f8c; stroke-width: 1px; }
.spark-dot { fill: #1d5fbf; }
.links { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; margin-top: 8px; }
.crm-link { color: #1a56c4; font-weight: 600; text-decoration: underline; text-underline-offset: 2px; }
.copy { all: unset; cursor: pointer; color: #1a56c4; text-decoration: underline; text-underline-offset: 2px; }
.crm-link:focus-visible, .copy:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; border-radius: 2px; }
.copied { color: #0f7b3f; font-size: 11.5px; }
bdi { unicode-bidi: isolate; }
.action { margin-top: 8px; padding: 7px 9px; border-radius: 6px; background: #f8fafc; border-left: 3px solid var(--cell-border); }
.action b { display: block; font-size: 10.5px; text-transform: uppercase; letter-spacing: .05em; color: #5b6472; font-weight: 650; margin-bottom: 1px; }
.why { margin-top: 7px; color: #5b6472; font-size: 11px; }
${keyAccountStyles}
`;
