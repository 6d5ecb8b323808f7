import { readFileSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { cleanLine } from '../packages/core/src/monitor/log-line.js'
import { loadCatalogue } from '../packages/core/src/monitor/catalogue.js'
import { LiteralIndex } from '../packages/core/src/monitor/literal-index.js'
const buf = readFileSync('.bench/gha-100mb.log')
const cat = loadCatalogue()
const idx = new LiteralIndex(cat.rules.map((r) => r.literals))
const always = idx.always.map((i) => cat.rules[i].regex)
const afters = [...new Map(cat.rules.filter((r) => r.after).map((r) => [r.after!.source, r.after!])).values()]
const CH = 256 * 1024
function run(name: string, perLine: (s: string) => void) {
  const c0 = process.cpuUsage()
  const d = new StringDecoder('utf8')
  let n = 0
  for (let o = 0; o < buf.length; o += CH) {
    const s = d.write(buf.subarray(o, o + CH))
    let start = 0
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', start)) { perLine(s.slice(start, i)); start = i + 1; n++ }
  }
  const c = process.cpuUsage(c0)
  console.log(name.padEnd(12), ((c.user + c.system) / 1000).toFixed(0), 'ms', n)
}
let hitsN = 0
const h = (_r: number) => { hitsN++ }
for (let rep = 0; rep < 2; rep++) {
  run('split', () => {})
  run('clean', (s) => { cleanLine(s) })
  run('clean+ac', (s) => { idx.scan(cleanLine(s).text, h) })
  run('clean+alw', (s) => { const t = cleanLine(s).text; for (const r of always) r.test(t) })
  run('clean+aft', (s) => { const t = cleanLine(s).text; for (const r of afters) r.test(t) })
  run('clean+lower', (s) => { cleanLine(s).text.toLowerCase() })
}
