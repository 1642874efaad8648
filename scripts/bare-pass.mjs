// The baseline of `npm run bench`: the least a tool can do with a sales CSV and still call it reading:
// read the file, split lines and fields, sum the third field per client in a Map. No quoting, no checks, no output.
// Run as a process (`node scripts/bare-pass.mjs FILE`) or imported by the in-process bench.
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Totals per client of a `client,date,amount` file, read the naive way. */
export async function bareCsvPass(file) {
  const totals = new Map();
  const decoder = new TextDecoder();
  let rest = '';
  let header = true;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (header) {
        header = false;
        continue;
      }
      const [client, , amount] = line.split(',');
      totals.set(client, (totals.get(client) ?? 0) + Number(amount));
    }
  }
  return totals;
}

// Only when run as this file itself (bundled into the in-process bench, import.meta.url is the bench's).
if (process.argv[1]?.endsWith('bare-pass.mjs') && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`${(await bareCsvPass(process.argv[2])).size} clients`);
}
