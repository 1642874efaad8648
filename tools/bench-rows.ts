/**
 * Generated transactions as a plain CSV (`client,date,amount`, ISO dates,
 * `.` decimals), written in blocks so 10 million rows never sit in memory:
 * skewed client sizes, 3% returns, 24 months. Shared by the SQL benchmark and
 * the tests that run the printed query on a file.
 *
 * @example
 * writeGeneratedCsv('/tmp/tx.csv', 1_000_000, 50_000); // 1M rows, up to 50,000 clients
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeGeneratedCsv(file: string, rows: number, clients: number, seed = 7): void {
  const random = seededRandom(seed);
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, 'client,date,amount\n');
    let block: string[] = [];
    for (let i = 0; i < rows; i++) {
      const client = `C${String(Math.floor(clients * random() ** 2)).padStart(6, '0')}`;
      const month = Math.floor(random() * 24);
      const date = `${2023 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const amount = Math.round((random() < 0.03 ? -1 : 1) * Math.exp(random() * 8) * 100) / 100;
      block.push(`${client},${date},${amount}`);
      if (block.length === 50_000) {
        writeSync(fd, block.join('\n') + '\n');
        block = [];
      }
    }
    if (block.length) writeSync(fd, block.join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
}
