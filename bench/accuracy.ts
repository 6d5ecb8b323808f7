/**
 * Classifier accuracy per pattern class on labelled log sets, in process (no CLI spawn per
 * log). Counts as `../shared/eval/score.mjs` does: cases marked uncertain or OTHER are left
 * out; primary = the first finding's pattern is the label's first (negatives: no finding);
 * located = a finding of a labelled pattern within 2 lines of a labelled cause line.
 *
 *   node --import tsx bench/accuracy.ts [--verbose] DIR...
 *
 * DIR holds `labels.json` and `logs/`. Prints a table per set and the misses with --verbose.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { classifyStream } from '../packages/core/src/diagnosis/log-classifier.js'
import type { Finding } from '../packages/core/src/diagnosis/finding.js'

/** One labelled log of a set (`labels.json`), in the shared eval set's schema. */
export interface Label {
  file: string
  patterns: string[]
  cause_lines: (number | string)[]
  uncertain?: boolean
  tags?: string[]
}

interface Tally {
  n: number
  primary: number
  locN: number
  located: number
  found: number
}

export interface SetScore {
  set: string
  byClass: Map<string, Tally>
  total: Tally
  misses: string[]
}

const empty = (): Tally => ({ n: 0, primary: 0, locN: 0, located: 0, found: 0 })

/** Scores one labelled set. */
export async function scoreSet(dir: string): Promise<SetScore> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[]
  const byClass = new Map<string, Tally>()
  const total = empty()
  const misses: string[] = []
  for (const c of labels) {
    const want = c.patterns[0]
    if (c.uncertain || want === 'OTHER') continue
    const file = join(dir, 'logs', c.file)
    if (!existsSync(file)) continue
    const findings: Finding[] = (await classifyStream(createReadStream(file))).findings
    const cls = want ?? 'none'
    const t = byClass.get(cls) ?? empty()
    byClass.set(cls, t)
    for (const x of [t, total]) x.n++
    const got = findings.map((f) => f.pattern)
    const shown = findings.map((f) => `${f.rule}@${f.line}`).join(', ') || 'none'
    if (!want) {
      if (got.length === 0) for (const x of [t, total]) x.primary++
      else misses.push(`${c.file}: want none, got ${shown}`)
      continue
    }
    if (got.length > 0) for (const x of [t, total]) x.found++
    if (got[0] === want) for (const x of [t, total]) x.primary++
    else misses.push(`${c.file}: want ${want}, got ${shown}`)
    for (const x of [t, total]) x.locN++
    const near = findings.some(
      (f) =>
        c.patterns.includes(f.pattern) && c.cause_lines.some((l) => typeof l === 'number' && Math.abs(l - f.line) <= 2)
    )
    if (near) for (const x of [t, total]) x.located++
    else if (got[0] === want) misses.push(`${c.file}: ${want} not located (cause ${causeRange(c)}), got ${shown}`)
  }
  return { set: dir, byClass, total, misses }
}

function causeRange(c: Label): string {
  const nums = c.cause_lines.filter((l): l is number => typeof l === 'number')
  return nums.length > 6 ? `${nums.slice(0, 6).join(',')},…` : nums.join(',')
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—')

/** The per-class table of one set, as Markdown. */
export function formatScore(s: SetScore): string {
  const rows = [...s.byClass.entries()].sort(([a], [b]) => a.localeCompare(b))
  const out = [
    `${s.set}: ${s.total.n} cases, primary ${pct(s.total.primary, s.total.n)}, located ${pct(s.total.located, s.total.locN)}, a finding on ${pct(s.total.found, s.total.locN)} of failed`,
    '',
    '| class | cases | primary | located |',
    '|---|---|---|---|'
  ]
  for (const [cls, t] of rows) out.push(`| ${cls} | ${t.n} | ${pct(t.primary, t.n)} | ${pct(t.located, t.locN)} |`)
  return out.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const verbose = args.includes('--verbose')
  for (const dir of args.filter((a) => !a.startsWith('--'))) {
    const s = await scoreSet(dir)
    console.log(formatScore(s) + '\n')
    if (verbose) for (const m of s.misses.sort()) console.log('  ' + m)
  }
}
