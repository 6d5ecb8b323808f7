/**
 * What the line model adds on logs it never saw: the labelled logs are split into five folds,
 * and each fold is read with a model trained on the other four, with the full catalogue and
 * with its family's rules taken out (as bench/family-ablation.ts does: a tool of that family
 * whose format no rule knows). Each figure is given without the model too (an empty model, which
 * says nothing), so the difference is the model's own.
 *
 *   node --import tsx bench/line-model-cv.ts [--verbose] DIR
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadCatalogue } from '../packages/core/src/diagnosis/catalogue.js'
import { setLineModel, type LineModel } from '../packages/core/src/diagnosis/line-model.js'
import { classifyText } from '../packages/core/src/diagnosis/log-classifier.js'
import type { Catalogue } from '../packages/core/src/diagnosis/pattern-types.js'
import { readCorpus, trainLineModel, type LabelledLog } from '../scripts/line-model-train.js'

const FOLDS = 5
const PATTERNS = ['PAT-001', 'PAT-002', 'PAT-003', 'PAT-004', 'PAT-005', 'PAT-006', 'PAT-007', 'PAT-008']
const EMPTY: LineModel = { features: [], causeBias: -10, cause: [], classes: [], classBias: [], classWeights: [] }

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const dir = args.find((a) => !a.startsWith('--'))
if (!dir) {
  console.error('usage: node --import tsx bench/line-model-cv.ts [--verbose] DIR')
  process.exit(2)
}

const fold = (file: string): number => createHash('sha256').update(file).digest()[0]! % FOLDS
const logs = readCorpus(dir)
const raw = new Map(logs.map((l) => [l.file, readFileSync(join(dir, 'logs', l.file), 'utf8')]))
const ablated = new Map<string, Catalogue>(
  PATTERNS.map((p) => [
    p,
    loadCatalogue(
      `patterns:\n  ${p}:\n    replace_rules: true\n    rules:\n      - regex: '^never matches 0d1c2b3a$'\n        weight: 50\n`
    )
  ])
)

interface Tally {
  n: number
  primary: number
  failed: number
  located: number
}
const tally = (): Tally => ({ n: 0, primary: 0, failed: 0, located: 0 })
const runs = { full: { model: tally(), none: tally() }, ablated: { model: tally(), none: tally() } }
const changed: string[] = []

function score(t: Tally, log: LabelledLog, findings: { pattern: string; line: number }[]): boolean {
  t.n++
  const ok = (findings[0]?.pattern ?? null) === log.pattern
  if (ok) t.primary++
  if (log.pattern) {
    t.failed++
    if (findings.some((f) => f.pattern === log.pattern && log.causes.some((c) => Math.abs(c - f.line) <= 2)))
      t.located++
  }
  return ok
}

for (let k = 0; k < FOLDS; k++) {
  const model = trainLineModel(
    logs.filter((l) => fold(l.file) !== k),
    { epochs: 5 }
  )
  for (const log of logs.filter((l) => fold(l.file) === k)) {
    const text = raw.get(log.file)!
    for (const kind of ['full', 'ablated'] as const) {
      if (kind === 'ablated' && !log.pattern) continue
      const catalogue = kind === 'ablated' ? ablated.get(log.pattern!)! : undefined
      const opts = catalogue ? { catalogue } : {}
      setLineModel(model)
      const withModel = classifyText(text, opts).findings
      setLineModel(EMPTY)
      const without = classifyText(text, opts).findings
      const a = score(runs[kind].model, log, withModel)
      const b = score(runs[kind].none, log, without)
      if (verbose && a !== b)
        changed.push(
          `${kind} ${a ? '+' : '-'} ${log.file}: ${without[0]?.pattern ?? 'none'} → ${withModel[0]?.pattern ?? 'none'} (want ${log.pattern ?? 'none'})`
        )
    }
  }
}
setLineModel(undefined)

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`
console.log(`${dir}: ${logs.length} logs, ${FOLDS} folds; each fold read with a model trained on the other folds`)
console.log('| catalogue | model | primary | located |')
console.log('|---|---|---|---|')
for (const kind of ['full', 'ablated'] as const) {
  for (const m of ['none', 'model'] as const) {
    const t = runs[kind][m]
    console.log(
      `| ${kind === 'full' ? 'every rule' : "without the family's rules"} | ${m === 'model' ? 'cross-validated' : 'none'} | ${pct(t.primary, t.n)} | ${pct(t.located, t.failed)} |`
    )
  }
}
if (verbose) for (const c of changed.sort()) console.log(c)
