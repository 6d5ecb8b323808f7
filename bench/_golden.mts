import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { LogClassifier, classifyText } from '../packages/core/src/monitor/log-classifier.js'
const dirs = ['/work/shared/eval/logs', 'test/fixtures/logs']
const out: Record<string, unknown> = {}
for (const d of dirs) for (const f of readdirSync(d).sort()) {
  const buf = readFileSync(join(d, f))
  const whole = classifyText(buf.toString('utf8'))
  // chunked at odd sizes, including mid-UTF-8
  for (const size of [7, 1000, 65536]) {
    const c = new LogClassifier()
    for (let i = 0; i < buf.length; i += size) c.push(buf.subarray(i, i + size))
    const r = c.end()
    if (JSON.stringify(r) !== JSON.stringify(whole)) console.log('CHUNK MISMATCH', f, size)
  }
  out[join(d, f)] = whole
}
const s = JSON.stringify(out, null, 1)
writeFileSync(process.argv[2] ?? '/tmp/golden.json', s)
console.log(Object.keys(out).length, createHash('sha1').update(s).digest('hex'))
