import { readFileSync } from 'node:fs'
import { cleanLine } from '../packages/core/src/monitor/log-line.js'
import { loadCatalogue } from '../packages/core/src/monitor/catalogue.js'
import { LiteralIndex } from '../packages/core/src/monitor/literal-index.js'
const text = readFileSync('.bench/gha-10mb.log', 'utf8')
const cat = loadCatalogue()
const idx = new LiteralIndex(cat.rules.map((r) => r.literals))
const count = new Map<string, number>(); let lines = 0, withHit = 0
const distinct = new Map<string, number>()
for (const raw of text.split('\n')) {
  lines++
  const t = cleanLine(raw).text
  const s = new Set<number>(); idx.scan(t, (r) => s.add(r))
  if (s.size) { withHit++; distinct.set(t.replace(/\d+/g,'N'), (distinct.get(t.replace(/\d+/g,'N'))??0)+1) }
  for (const r of s) count.set(cat.rules[r].id, (count.get(cat.rules[r].id) ?? 0) + 1)
}
console.log(lines, withHit)
console.log([...count].sort((a, b) => b[1] - a[1]).slice(0, 15))
console.log([...distinct].sort((a, b) => b[1] - a[1]).slice(0, 15))
const d2 = new Map<string, number>()
for (const raw of text.split('\n')) { const t = cleanLine(raw).text.replace(/\d+/g,'N'); d2.set(t, (d2.get(t)??0)+1) }
console.log([...d2].sort((a, b) => b[1] - a[1]).slice(0, 30))
