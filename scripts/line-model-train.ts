/**
 * Training for the line model (packages/core/src/diagnosis/line-model.ts): logistic regression
 * (the cause model) and softmax regression (the class model) by AdaGrad over the labelled
 * corpus, deterministic (a seeded shuffle), so the weights are a function of the corpus alone.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanLine } from '../packages/core/src/diagnosis/log-line.js'
import { lineFeatures, windowFeatures, type LineModel } from '../packages/core/src/diagnosis/line-model.js'

export interface LabelledLog {
  file: string
  /** The primary pattern, or null for a passing log. */
  pattern: string | null
  causes: number[]
  lines: string[]
}

/** Reads a corpus folder (labels.json and logs/), leaving out uncertain and OTHER cases. */
export function readCorpus(dir: string, keep: (file: string) => boolean = () => true): LabelledLog[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
    file: string
    patterns: string[]
    cause_lines: (number | string)[]
    uncertain?: boolean
  }[]
  const out: LabelledLog[] = []
  for (const c of labels) {
    if (c.uncertain || c.patterns[0] === 'OTHER' || !keep(c.file)) continue
    const raw = readFileSync(join(dir, 'logs', c.file), 'utf8')
    out.push({
      file: c.file,
      pattern: c.patterns[0] ?? null,
      causes: c.cause_lines.filter((l): l is number => typeof l === 'number'),
      lines: cleanLines(raw)
    })
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : 1))
}

/** A log's lines as the classifier reads them (runner columns, timestamps and escapes off). */
export function cleanLines(raw: string): string[] {
  return raw.split('\n').map((l) => cleanLine(l.endsWith('\r') ? l.slice(0, -1) : l).text)
}

/** A line's shape with its words and numbers blurred: lines of one report share it. */
export function shapeOf(line: string): string {
  return line
    .replace(/[A-Za-z_]+/g, 'a')
    .replace(/\d+/g, '0')
    .replace(/\s+/g, ' ')
    .trim()
}

const NEGATIVES_PER_LOG = 300
const CAUSES_PER_LOG = 4

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Example {
  features: number[]
  label: number
}

export function trainLineModel(
  logs: readonly LabelledLog[],
  options: { epochs?: number; rate?: number; l2?: number; prune?: number; minCount?: number } = {}
): LineModel {
  const epochs = options.epochs ?? 12
  const rnd = mulberry32(20261204)
  const causeRaw: { f: string[]; y: number }[] = []
  const classRaw: { f: string[]; y: string }[] = []
  for (const log of logs) {
    const causes = new Set(log.causes.filter((l) => l >= 1 && l <= log.lines.length))
    const shapes = new Set([...causes].map((l) => shapeOf(log.lines[l - 1]!)))
    const negatives: number[] = []
    for (let i = 1; i <= log.lines.length; i++) {
      const text = log.lines[i - 1]!
      if (text.trim() === '') continue
      if (causes.has(i)) continue
      if (log.pattern !== null) {
        let near = false
        for (const c of causes) if (Math.abs(c - i) <= 2) near = true
        if (near || shapes.has(shapeOf(text))) continue
      }
      negatives.push(i)
    }
    // An even sample of a long log's other lines.
    const step = Math.max(1, negatives.length / NEGATIVES_PER_LOG)
    for (let k = 0; k < negatives.length; k += step) {
      const i = negatives[Math.floor(k)]!
      causeRaw.push({ f: lineFeatures(log.lines[i - 1]!), y: 0 })
    }
    if (log.pattern === null) continue
    let n = 0
    for (const c of [...causes].sort((a, b) => a - b)) {
      causeRaw.push({ f: lineFeatures(log.lines[c - 1]!), y: 1 })
      if (n++ < CAUSES_PER_LOG) classRaw.push({ f: windowFeatures(log.lines, c - 1), y: log.pattern })
    }
  }
  // Features seen in at least two examples.
  const counts = new Map<string, number>()
  for (const e of [...causeRaw, ...classRaw]) for (const f of e.f) counts.set(f, (counts.get(f) ?? 0) + 1)
  const features = [...counts.entries()]
    .filter(([, n]) => n >= (options.minCount ?? 3))
    .map(([f]) => f)
    .sort()
  const index = new Map(features.map((f, i) => [f, i]))
  const encode = (f: string[]): number[] => f.map((x) => index.get(x)).filter((i): i is number => i !== undefined)
  const classes = [...new Set(classRaw.map((e) => e.y))].sort()
  const causeEx: Example[] = causeRaw.map((e) => ({ features: encode(e.f), label: e.y }))
  const classEx: Example[] = classRaw.map((e) => ({ features: encode(e.f), label: classes.indexOf(e.y) }))

  const shuffle = <T>(a: T[]): T[] => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1))
      ;[a[i], a[j]] = [a[j]!, a[i]!]
    }
    return a
  }
  const rate = options.rate ?? 0.2
  const l2 = options.l2 ?? 1e-4

  // The cause model: logistic regression.
  const cause = new Float64Array(features.length)
  const causeG = new Float64Array(features.length).fill(1e-8)
  let causeBias = 0
  let biasG = 1e-8
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffle([...causeEx])) {
      let z = causeBias
      for (const i of e.features) z += cause[i]!
      const g = 1 / (1 + Math.exp(-z)) - e.label
      for (const i of e.features) {
        const gi = g + l2 * cause[i]!
        causeG[i]! += gi * gi
        cause[i]! -= (rate * gi) / Math.sqrt(causeG[i]!)
      }
      biasG += g * g
      causeBias -= (rate * g) / Math.sqrt(biasG)
    }
  }

  // The class model: softmax regression.
  const k = classes.length
  const w = new Float64Array(features.length * k)
  const wG = new Float64Array(features.length * k).fill(1e-8)
  const bias = new Float64Array(k)
  const bG = new Float64Array(k).fill(1e-8)
  const z = new Float64Array(k)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffle([...classEx])) {
      for (let c = 0; c < k; c++) z[c] = bias[c]!
      for (const i of e.features) for (let c = 0; c < k; c++) z[c]! += w[i * k + c]!
      let max = -Infinity
      for (let c = 0; c < k; c++) max = Math.max(max, z[c]!)
      let sum = 0
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max)
      for (let c = 0; c < k; c++) {
        const g = z[c]! / sum - (c === e.label ? 1 : 0)
        for (const i of e.features) {
          const j = i * k + c
          const gi = g + l2 * w[j]!
          wG[j]! += gi * gi
          w[j]! -= (rate * gi) / Math.sqrt(wG[j]!)
        }
        bG[c]! += g * g
        bias[c]! -= (rate * g) / Math.sqrt(bG[c]!)
      }
    }
  }

  // Keep the features with a weight that counts (the rest change no probability by more than a few %).
  const prune = options.prune ?? 0.2
  const kept: number[] = []
  for (let i = 0; i < features.length; i++) {
    let big = Math.abs(cause[i]!) >= prune
    for (let c = 0; c < k && !big; c++) big = Math.abs(w[i * k + c]!) >= prune
    if (big) kept.push(i)
  }
  return {
    features: kept.map((i) => features[i]!),
    causeBias,
    cause: kept.map((i) => cause[i]!),
    classes,
    classBias: [...bias],
    classWeights: kept.flatMap((i) => [...w.subarray(i * k, i * k + k)].map((x) => (Math.abs(x) < prune / 4 ? 0 : x)))
  }
}
