import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as N from '../packages/core/src/monitor/log-classifier.js'
import * as O from './_old/log-classifier.js'
const dirs = ['/work/shared/eval/logs', 'test/fixtures/logs']
let bad = 0, n = 0
function cmp(name: string, buf: Buffer, sizes = [7, 4096, 65536]) {
  const o = JSON.stringify(O.classifyText(buf.toString('utf8')))
  for (const size of sizes) {
    const c = new N.LogClassifier()
    for (let i = 0; i < buf.length; i += size) c.push(buf.subarray(i, i + size))
    const r = JSON.stringify(c.end())
    n++
    if (r !== o) { bad++; if (bad < 5) console.log('MISMATCH', name, size, '\n', o.slice(0, 400), '\n', r.slice(0, 400)) }
  }
}
for (const d of dirs) for (const f of readdirSync(d).sort()) cmp(f, readFileSync(join(d, f)))
// fuzz: lines recombined from the eval set with random decorations
const pool: string[] = []
for (const d of dirs) for (const f of readdirSync(d)) pool.push(...readFileSync(join(d, f), 'utf8').split('\n').slice(0, 400))
let seed = 1
const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % k }
const deco = [
  (l: string) => l,
  (l: string) => `2024-05-01T12:00:00.${'1234567890'.slice(0, rnd(11))}Z ${l}`,
  (l: string) => `2024-05-01T12:00:0${rnd(10)}Z${l}`,
  (l: string) => `\uFEFF2024-05-01T12:00:00.1Z ${l}`,
  (l: string) => `job\tstep\t2024-05-01T12:00:00.1234567Z ${l}`,
  (l: string) => `\x1b[31m${l}\x1b[0m`,
  (l: string) => `${l}   \u00a0 `,
  (l: string) => `${l}\r${l}`,
  (l: string) => `travis_fold:start:x${l}`,
  (l: string) => `2024-05-01T12:00:00Z ##[error]${l}`,
  (l: string) => `##[group]Run ${l}`,
  (l: string) => `2024-05-01T12:00:00.1Z ##[endgroup]`,
  (l: string) => `2024-05-01T12:00:00.1Z   ${l}\t`,
  (l: string) => `[0K${l}`,
  (l: string) => `2024-05-01T12:00:00.1Z ${l}${'x'.repeat(rnd(3) === 0 ? 20000 : 0)}`,
  (l: string) => `2024-05-01T12:00:00.1Z ##[warning]${l}`,
  (l: string) => `2024-05-01T12:00:00.12345678901Z ${l}`,
  (l: string) => `2024-05-01T12:00:00.1Z \u3000`,
  (l: string) => '',
]
for (let t = 0; t < 300; t++) {
  const lines: string[] = []
  const len = 50 + rnd(400)
  for (let i = 0; i < len; i++) lines.push(deco[rnd(deco.length)](pool[rnd(pool.length)]))
  cmp('fuzz' + t, Buffer.from(lines.join(rnd(2) ? '\n' : '\r\n')), [1 + rnd(5000), 65536])
}
console.log('compared', n, 'mismatches', bad)
