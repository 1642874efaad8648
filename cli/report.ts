/**
 * The text the CLI prints: the ABC-XYZ matrix, the Pareto summary, signals
 * and the top clients with their reasons.
 *
 * @example
 * console.log(formatReport(segment(transactions), 10));
 */
import { formatAmount, formatDecimal, formatPercent } from '../shared/format.js';
import { explainClient } from '../shared/reasons.js';
import type { Segmentation } from '../shared/segment.js';
import { periodLabel, periodOf } from '../shared/periods.js';
import { cliMessages } from './messages.js';
import { escapeControls } from './terminal-text.js';

export function formatReport(result: Segmentation, top: number): string {
  const { lang, measure, period } = result.options;
  const m = cliMessages[lang];
  const window = result.window!;
  const lines: string[] = [];
  lines.push(m.matrixTitle(m.measures[measure], result.clients.length, periodLabel(periodOf(window.from, period), period), periodLabel(periodOf(window.to, period), period), window.periods, m.periods[period]));
  lines.push(`(${m.cellLegend})`);
  const width = 18;
  lines.push(''.padEnd(4) + ['X', 'Y', 'Z'].map((x) => x.padEnd(width)).join(''));
  for (const abc of ['A', 'B', 'C']) {
    const cells = ['X', 'Y', 'Z'].map((xyz) => result.matrix.find((c) => c.cell === `${abc}${xyz}`)!);
    lines.push(abc.padEnd(4) + cells.map((c) => `${c.clients} · ${formatPercent(c.share, lang)}`.padEnd(width)).join(''));
  }

  const p = result.pareto;
  lines.push('', m.paretoTitle);
  lines.push('  ' + m.paretoTop(formatPercent(p.topFraction, lang, 0), p.topCount, formatPercent(p.topShare, lang)));
  lines.push('  ' + m.paretoTarget(formatPercent(p.target, lang, 0), formatPercent(p.clientShareForTarget, lang), p.clientsForTarget));
  lines.push('  ' + m.paretoConcentration(formatDecimal(p.gini, lang, 2), formatDecimal(p.hhi, lang, 3), formatPercent(p.largestShare, lang)));

  const atRisk = result.clients.filter((c) => c.risk === 'at-risk');
  const lost = result.clients.filter((c) => c.risk === 'lost');
  const keyAtRisk = [...atRisk, ...lost].filter((c) => c.abc === 'A').length;
  lines.push('', m.signals(atRisk.length, lost.length, keyAtRisk));

  const shown = result.clients.slice(0, top);
  lines.push('', m.topTitle(shown.length));
  for (const c of shown) {
    // Names and ids come from the data: one line each, no control characters.
    const label = escapeControls(c.name && c.name !== c.client ? `${c.name} (${c.client})` : c.client);
    lines.push(`${String(c.rank).padStart(3)}. ${c.segment}  ${label}  ${formatAmount(c.total, lang)}  ${formatPercent(c.share, lang)}`);
    const r = explainClient(c, result);
    lines.push(`       ${escapeControls([r.abc, r.xyz, r.new, r.type, r.risk].filter(Boolean).join('; '))}`);
  }

  lines.push('', m.actionsTitle);
  for (const cell of result.matrix) if (cell.clients) lines.push(`  ${cell.cell}: ${cell.action}`);
  return lines.join('\n');
}
