// The differential test's oracle: reads JSON lines {"expr","input"} from stdin, evaluates each with the JSONata
// reference implementation, and writes one JSON line per input: {"value"}, {"undefined":true} or {"error","position"}.
'use strict';
const jsonata = require('jsonata');

const isFunction = v => typeof v === 'function' || (v !== null && typeof v === 'object' && (v._jsonata_lambda || v._jsonata_function));

async function run(lines) {
  const out = [];
  for (const line of lines) {
    const { expr, input } = JSON.parse(line);
    let result;
    try {
      const value = await jsonata(expr).evaluate(input);
      result = value === undefined
        ? { undefined: true }
        : { value: JSON.parse(JSON.stringify({ v: value }, (k, v) => (isFunction(v) ? '' : v))).v ?? null };
    } catch (err) {
      result = { error: err.code || 'UNCODED', position: err.position, message: err.message };
    }
    out.push(JSON.stringify(result));
  }
  return out;
}

let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { data += chunk; });
process.stdin.on('end', async () => {
  const lines = data.split('\n').filter(l => l.length > 0);
  process.stdout.write((await run(lines)).join('\n') + '\n');
});
