/**
 * The words a segments table may hold for its coded columns (`type`,
 * `trend`, `risk`): the codes themselves (`breadwinner`, `rising`,
 * `at-risk`) or their English or Russian names from the core's catalogue
 * (`Кормилец`, `рост`, `под угрозой`), as the Sheets add-on writes them in a
 * Russian spreadsheet. Reading maps any of them back to the code, so a
 * table in either language reads the same.
 *
 * @example
 * segmentValueCode('type', 'Кормилец'); // 'breadwinner'
 * segmentValueCode('risk', 'at risk');  // 'at-risk'
 * segmentValueCode('trend', 'rising');  // 'rising'
 * segmentValueCode('trend', 'sideways'); // 'sideways' (left for the schema to refuse)
 */
import { messages } from './messages.js';

export type CodedColumn = 'type' | 'trend' | 'risk';

const NAMES = { type: 'accountType', trend: 'trend', risk: 'risk' } as const;

const normal = (text: string) => text.trim().toLowerCase().replace(/ё/g, 'е');

const lookup = new Map<CodedColumn, Map<string, string>>(
  (Object.keys(NAMES) as CodedColumn[]).map((column) => {
    const words = new Map<string, string>();
    for (const catalogue of Object.values(messages)) {
      for (const [code, name] of Object.entries(catalogue[NAMES[column]] as Record<string, string>)) {
        words.set(normal(code), code);
        words.set(normal(name), code);
      }
    }
    return [column, words];
  }),
);

/** The code for a word of a coded column, or the word unchanged when it is none of them. */
export function segmentValueCode(column: CodedColumn, word: string): string {
  return lookup.get(column)?.get(normal(word)) ?? word;
}
