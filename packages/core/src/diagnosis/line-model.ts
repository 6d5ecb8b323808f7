/**
 * A learned second opinion on what a log's lines say, for the cases the catalogue's rules and
 * the locator's cues leave open: a pasted excerpt whose lines carry no failure word any cue
 * knows (a linter's `file:line:col message [rule]` rows), and a failed step no class explains
 * with confidence. Two linear models over the words and the shape of a line, trained on the
 * labelled corpus by `scripts/train-line-model.ts` (weights in line-model-weights.ts):
 * - `cause`: how much a line looks like the one a person would quote as a failure's cause;
 * - `class`: which pattern the words around a cause line point at.
 * Features are tool-agnostic on purpose: words (camelCase split), word pairs, and shapes
 * (a path with line and column, a rule id in brackets, a count of problems, a severity word at
 * the start), never a whole line, so that a tool the corpus lacks still shares most of them.
 */
import { ECHO } from './evidence-cues.js'
import { LINE_MODEL_WEIGHTS } from './line-model-weights.js'

const MAX_LINE_CHARS = 400
const WORD = /[A-Za-z][a-z0-9_]*|[A-Z]+(?![a-z])|[0-9]+/g
const PATH_LINE_COL = /[\w.\\/-]+\.\w{1,8}[:(]\d+[:,]\d+/
const PATH_LINE = /[\w.\\/-]+\.\w{1,8}(?::\d+|\(\d+\)|, line \d+)/
const RULE_BRACKETS = /\[[\w@/.:-]{2,60}\]\s*$/
const RULE_PARENS = /\((?:[a-z][\w-]*\/)?[a-z]+(?:-[a-z]+)+\)\s*$|\b[A-Z]{1,4}\d{2,5}\b/
const NONZERO_COUNT = /\b[1-9]\d* (?:errors?|failures?|failed|problems?|warnings?|issues?|violations?|offen[cs]es?)\b/i
const ZERO_COUNT = /\b(?:0|no) (?:errors?|failures?|failed|problems?|issues?|violations?|offen[cs]es?)\b/i
const SEVERITY_START = /^\s*(?:\[?(?:error|fatal|fail(?:ed|ure)?|critical|warn(?:ing)?|info|note|notice|debug)\]?\b)/i
const CAPS_WORD = /\b[A-Z]{4,}\b/
const SYMBOLS: readonly [string, string][] = [
  ['✗', 'cross'],
  ['✖', 'cross'],
  ['×', 'cross'],
  ['❌', 'cross'],
  ['⨯', 'cross'],
  ['✘', 'cross'],
  ['✓', 'check'],
  ['✔', 'check'],
  ['⚠', 'warn-sign'],
  ['##[error]', 'gh-error'],
  ['##[warning]', 'gh-warning'],
  ['::error', 'gh-error'],
  ['::warning', 'gh-warning'],
  ['^', 'caret'],
  ['-->', 'arrow'],
  ['=>', 'fat-arrow'],
  ['***', 'stars'],
  ['Traceback', 'traceback']
]

/** The features of one line: words, word pairs and shapes (deduplicated). */
export function lineFeatures(line: string): string[] {
  const text = line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line
  const out = new Set<string>()
  const words: string[] = []
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase()
    if (w.length > 24) continue
    words.push(/^\d+$/.test(w) ? '0' : w)
  }
  if (words.length === 0) out.add('s:no-words')
  else out.add(`f:${words[0]}`)
  for (let i = 0; i < words.length; i++) {
    out.add(`w:${words[i]}`)
    if (i > 0) out.add(`b:${words[i - 1]} ${words[i]}`)
  }
  if (PATH_LINE_COL.test(text)) out.add('s:path-line-col')
  else if (PATH_LINE.test(text)) out.add('s:path-line')
  if (RULE_BRACKETS.test(text)) out.add('s:rule-brackets')
  if (RULE_PARENS.test(text)) out.add('s:rule-code')
  if (NONZERO_COUNT.test(text)) out.add('s:count')
  if (ZERO_COUNT.test(text)) out.add('s:zero-count')
  if (SEVERITY_START.test(text)) out.add('s:severity-start')
  if (CAPS_WORD.test(text)) out.add('s:caps')
  if (/^\s{2,}\S/.test(text)) out.add('s:indented')
  if (/^E\s{2,}/.test(text)) out.add('s:e-line')
  if (/^\s*at /.test(text)) out.add('s:stack-frame')
  if (/^\s*[-+$>#] \S/.test(text)) out.add('s:command-echo')
  if (/:\s*$/.test(text)) out.add('s:ends-colon')
  for (const [needle, name] of SYMBOLS) if (text.includes(needle)) out.add(`s:${name}`)
  out.add(`s:len${Math.min(4, Math.floor(text.trim().length / 40))}`)
  return [...out]
}

/**
 * The class model reads a cause line's own features and its neighbours' words, apart. A runner's
 * or wrapper's echo of the exit code after the line (`Process completed with exit code 1.`,
 * `make: *** [all] Error 2`) closes failures of every class: it is no neighbour, in training as
 * in use.
 */
export function windowFeatures(lines: readonly string[], at: number, spread = 2): string[] {
  const out = new Set<string>(lineFeatures(lines[at] ?? ''))
  for (let i = Math.max(0, at - spread); i <= Math.min(lines.length - 1, at + spread); i++) {
    if (i === at || (i > at && ECHO.test(lines[i]!))) continue
    for (const f of lineFeatures(lines[i]!)) if (f.startsWith('w:')) out.add(`n${f}`)
  }
  return [...out]
}

export interface LineModel {
  /** Feature names, in the order of the weight arrays. */
  readonly features: readonly string[]
  readonly causeBias: number
  /** Per feature: its weight in the cause model. */
  readonly cause: readonly number[]
  readonly classes: readonly string[]
  readonly classBias: readonly number[]
  /** Per feature, per class (features × classes, row-major). */
  readonly classWeights: readonly number[]
}

interface Indexed {
  model: LineModel
  /** A feature's position in the model's arrays. */
  index: { get(feature: string): number | undefined }
}

let loaded: Indexed | undefined

/** The shipped model (decoded once). */
export function lineModel(): Indexed {
  if (!loaded) loaded = indexModel(decodeModel(LINE_MODEL_WEIGHTS))
  return loaded
}

/**
 * Replaces the model every classifier uses from now on (`undefined`: the shipped one again). For
 * measuring tools only (bench/line-model-cv.ts scores each log with a model that never saw it).
 */
export function setLineModel(model: LineModel | undefined): void {
  loaded = model ? indexModel(model) : undefined
}

export function indexModel(model: LineModel): Indexed {
  const f = model.features
  let sorted = true
  for (let i = 1; i < f.length && sorted; i++) sorted = f[i - 1]! < f[i]!
  if (!sorted) return { model, index: new Map(f.map((x, i) => [x, i])) }
  // The trainer writes the features sorted: a binary search needs no table built on every run
  // (a Map of the 11 000 features costs more than the lookups of a whole log).
  const get = (x: string): number | undefined => {
    let lo = 0
    let hi = f.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const v = f[mid]!
      if (v === x) return mid
      if (v < x) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }
  return { model, index: { get } }
}

/** 0–1: how much a line looks like a failure's cause a person would quote. */
export function causeProbability(m: Indexed, features: readonly string[]): number {
  let z = m.model.causeBias
  for (const f of features) {
    const i = m.index.get(f)
    if (i !== undefined) z += m.model.cause[i]!
  }
  return 1 / (1 + Math.exp(-z))
}

/** Each class's probability given a cause line's window features (softmax). */
export function classProbabilities(m: Indexed, features: readonly string[]): Map<string, number> {
  const k = m.model.classes.length
  const z = [...m.model.classBias]
  for (const f of features) {
    const i = m.index.get(f)
    if (i === undefined) continue
    for (let c = 0; c < k; c++) z[c]! += m.model.classWeights[i * k + c]!
  }
  const max = Math.max(...z)
  const e = z.map((v) => Math.exp(v - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return new Map(m.model.classes.map((c, i) => [c, e[i]! / sum]))
}

/**
 * The stored form: features joined by newlines, weights in hundredths as little-endian 16-bit
 * integers in base64 (a string literal costs next to nothing to load; an array literal of
 * 100 000 numbers costs tens of milliseconds on every run).
 */
export interface EncodedModel {
  readonly features: string
  readonly causeBias: number
  readonly cause: string
  readonly classes: readonly string[]
  readonly classBias: readonly number[]
  readonly classWeights: string
}

const SCALE = 100

function packWeights(xs: readonly number[]): string {
  const out = Buffer.alloc(xs.length * 2)
  xs.forEach((x, i) => out.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(x * SCALE))), i * 2))
  return out.toString('base64')
}

function unpackWeights(b64: string): number[] {
  const b = Buffer.from(b64, 'base64')
  const out = new Array<number>(b.length >> 1)
  for (let i = 0; i < out.length; i++) out[i] = b.readInt16LE(i * 2) / SCALE
  return out
}

export function encodeModel(m: LineModel): EncodedModel {
  return {
    features: m.features.join('\n'),
    causeBias: Math.round(m.causeBias * SCALE),
    cause: packWeights(m.cause),
    classes: m.classes,
    classBias: m.classBias.map((x) => Math.round(x * SCALE)),
    classWeights: packWeights(m.classWeights)
  }
}

export function decodeModel(e: EncodedModel): LineModel {
  return {
    features: e.features === '' ? [] : e.features.split('\n'),
    causeBias: e.causeBias / SCALE,
    cause: unpackWeights(e.cause),
    classes: e.classes,
    classBias: e.classBias.map((x) => x / SCALE),
    classWeights: unpackWeights(e.classWeights)
  }
}
