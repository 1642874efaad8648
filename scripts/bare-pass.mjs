// The baseline of `npm run bench`: the least a tool can do with a sales CSV and still call it reading:
// read the file, split lines and fields, sum the third field per client in a Map. No quoting, no checks, no output.
import { createReadStream } from 'node:fs';

const totals = new Map();
const decoder = new TextDecoder();
let rest = '';
let header = true;
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
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
console.log(`${totals.size} clients`);
