/**
 * How far the family layer alone carries each failure family: every built-in rule of one
 * pattern is taken out of the catalogue (a `.github/hee-patterns.yml` with `replace_rules`), and
 * that pattern's labelled logs are read again with the cues, the step's priors and the other
 * patterns' rules only. It stands for a tool of that family whose format no rule knows yet.
 *
 *   node --import tsx bench/family-ablation.ts [--verbose] DIR...
 *
 * `--verbose` lists each log the family layer does not place first, with what it gave instead.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadCatalogue } from '../packages/core/src/diagnosis/catalogue.js'
import { classifyText } from '../packages/core/src/diagnosis/log-classifier.js'
import type { Label } from './accuracy.js'

const PATTERNS = ['PAT-001', 'PAT-002', 'PAT-003', 'PAT-004', 'PAT-005', 'PAT-006', 'PAT-007', 'PAT-008']

interface Case {
  file: string
  text: string
  want: string
  causes: number[]
}

function readCases(dirs: string[]): Case[] {
  const out: Case[] = []
  for (const dir of dirs) {
    for (const c of JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[]) {
      const want = c.patterns[0]
      if (c.uncertain || !want || want === 'OTHER') continue
      const causes = c.cause_lines.filter((l): l is number => typeof l === 'number')
      out.push({ file: join(dir, 'logs', c.file), text: readFileSync(join(dir, 'logs', c.file), 'utf8'), want, causes })
    }
  }
  return out
}

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const cases = readCases(args.filter((a) => a !== '--verbose'))
const misses: string[] = []
const pct = (a: number, n: number): string => (n ? ((100 * a) / n).toFixed(1) + ' %' : '—')
console.log(
  '| family whose rules are taken out | its logs | placed first with them | without | located without | a finding without |'
)
console.log('|---|---|---|---|---|---|')
for (const p of PATTERNS) {
  const catalogue = loadCatalogue(
    `patterns:\n  ${p}:\n    replace_rules: true\n    rules:\n      - regex: '^never matches 0d1c2b3a$'\n        weight: 50\n`
  )
  let n = 0
  let withRules = 0
  let without = 0
  let located = 0
  let found = 0
  for (const c of cases) {
    if (c.want !== p) continue
    n++
    if (classifyText(c.text).findings[0]?.pattern === p) withRules++
    const findings = classifyText(c.text, { catalogue }).findings
    if (findings.length > 0) found++
    if (findings[0]?.pattern === p) without++
    else if (verbose) {
      const got = findings[0] ? `${findings[0].pattern} ${findings[0].rule}@${findings[0].line}` : 'none'
      misses.push(`  ${c.file}: want ${p}, got ${got}`)
    }
    if (findings.some((f) => f.pattern === p && c.causes.some((l) => Math.abs(l - f.line) <= 2))) located++
  }
  console.log(`| ${p} | ${n} | ${pct(withRules, n)} | ${pct(without, n)} | ${pct(located, n)} | ${pct(found, n)} |`)
}
if (verbose && misses.length) console.log('\n' + misses.join('\n'))
