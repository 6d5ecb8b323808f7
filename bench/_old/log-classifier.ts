import { loadCatalogue } from './catalogue.js'
import {
  compareFindings,
  formatExcerpt,
  MAX_EVIDENCE_LINES,
  MAX_EXCERPT_CHARS,
  MAX_EXCERPT_LINES,
  type ClassifyResult,
  type Finding
} from './finding.js'
import { LineSplitter } from './line-splitter.js'
import { LiteralIndex } from './literal-index.js'
import { cleanLine, type CleanLine } from './log-line.js'
import { outcomeOf } from './outcome-markers.js'
import type { Catalogue, CompiledRule } from './pattern-types.js'
import { RingBuffer } from './ring-buffer.js'

export interface ClassifyOptions {
  /** The catalogue to run; the built-in one when omitted. */
  catalogue?: Catalogue
}

// Evidence in a step that then passed is mostly noise (retried downloads, warnings, tests
// that print "error"); evidence in a step that failed is what the failure is about.
const PASSED_STEP_FACTOR = 0.3
const FAILED_STEP_FACTOR = 1.1
const WARNING_FACTOR = 0.5
/** Findings scoring below this (e.g. a summary line in a step that passed) are not reported. */
const MIN_SCORE = 12
const RECENT_LINES = 64
const MAX_SECTION_CHARS = 200

interface Recent {
  line: number
  text: string
  timestamp?: string
}

interface Hit {
  pattern: string
  rule: string
  score: number
  line: number
  timestamp?: string
  section?: string
  excerpt: string[]
  excerptChars: number
}

interface Accumulator {
  best: Hit
  lines: number[]
  count: number
}

interface AfterState {
  regex: RegExp
  last: number
  lastTimestamp?: string
}

let builtIn: Catalogue | undefined
const indexes = new WeakMap<Catalogue, LiteralIndex>()

function indexOf(catalogue: Catalogue): LiteralIndex {
  let index = indexes.get(catalogue)
  if (!index) {
    index = new LiteralIndex(catalogue.rules.map((r) => r.literals))
    indexes.set(catalogue, index)
  }
  return index
}

/**
 * A push-style, single-pass log classifier. Feed it chunks as they arrive (`push`), then call
 * `end` for the findings. State is bounded whatever the log size: the current segment (at most
 * 16 KiB), a window of recent lines, and one best hit plus at most MAX_EVIDENCE_LINES line
 * numbers per pattern.
 */
export class LogClassifier {
  private readonly catalogue: Catalogue
  private readonly rules: readonly CompiledRule[]
  private readonly ruleAfter: (AfterState | undefined)[]
  private readonly afters: AfterState[] = []
  private readonly splitter: LineSplitter
  private readonly recent = new RingBuffer<Recent>(RECENT_LINES)
  private readonly pending = new Map<string, Accumulator>()
  private readonly settled = new Map<string, Accumulator>()
  private readonly collecting = new Set<Hit>()
  private section: string | undefined
  private inRunHeader = false
  private githubFormat = false
  private sawErrorAnnotation = false
  private sawStepFailure = false
  private jobOutcome: 'success' | 'failure' | undefined
  private result: ClassifyResult | undefined
  private readonly index: LiteralIndex
  private readonly marks: Uint32Array
  private stamp = 0
  private readonly hits: number[] = []
  private readonly mark = (rule: number): void => {
    if (this.marks[rule] === this.stamp) return
    this.marks[rule] = this.stamp
    this.hits.push(rule)
  }

  constructor(options: ClassifyOptions = {}) {
    this.catalogue = options.catalogue ?? (builtIn ??= loadCatalogue())
    this.rules = this.catalogue.rules
    this.index = indexOf(this.catalogue)
    this.marks = new Uint32Array(this.rules.length)
    // One tracker per distinct `after` regex, shared by the rules that use it.
    const bySource = new Map<string, AfterState>()
    this.ruleAfter = this.rules.map((r) => {
      if (!r.after) return undefined
      const key = `${r.after.source}/${r.after.flags}`
      let state = bySource.get(key)
      if (!state) {
        state = { regex: r.after, last: 0 }
        bySource.set(key, state)
        this.afters.push(state)
      }
      return state
    })
    this.splitter = new LineSplitter((text, line) => this.segment(text, line))
  }

  /** Feeds the next chunk; chunks may split lines and UTF-8 sequences anywhere. */
  push(chunk: Buffer | Uint8Array | string): void {
    if (this.result) throw new Error('LogClassifier: push after end')
    this.splitter.push(chunk)
  }

  /**
   * Finishes the pass and returns the findings, most significant first. `knownFailed`: the
   * job is known to have failed (the API says so) although the log may not show it, e.g.
   * because it was cut off before the step's failure marker.
   */
  end(options: { knownFailed?: boolean } = {}): ClassifyResult {
    if (this.result) return this.result
    const { lines, bytes } = this.splitter.end()
    this.settle(1)
    this.collecting.clear()
    const passed = this.jobOutcome ? this.jobOutcome === 'success' : !options.knownFailed && this.passed()
    this.result = { findings: passed ? [] : this.rank(), lines, bytes }
    return this.result
  }

  /** A job that said it succeeded, or a GitHub log with no error annotation, failed nothing. */
  private passed(): boolean {
    if (this.jobOutcome) return this.jobOutcome === 'success'
    return this.githubFormat && !this.sawErrorAnnotation && !this.sawStepFailure
  }

  private segment(raw: string, lineNo: number): void {
    const cl = cleanLine(raw)
    if (cl.command === 'group') {
      this.githubFormat = true
      if (cl.text.startsWith('Run ')) {
        // A new step starts: on GitHub the previous one passed, or this one would not run.
        this.settle(PASSED_STEP_FACTOR)
        this.section = cl.text.slice(0, MAX_SECTION_CHARS)
        this.inRunHeader = true
      }
      return
    }
    if (cl.command === 'endgroup') {
      this.githubFormat = true
      this.inRunHeader = false
      return
    }
    if (cl.command === 'error') this.sawErrorAnnotation = true
    // The script and env shown under `##[group]Run …` are the step's source, not its output.
    if (this.inRunHeader || cl.text.length === 0) return
    if (cl.text.startsWith('$ ')) this.section = cl.text.slice(0, MAX_SECTION_CHARS)

    this.recent.push({ line: lineNo, text: cl.text, timestamp: cl.timestamp })
    this.feedExcerpts(cl.text)
    this.match(cl, lineNo)
    for (const a of this.afters) {
      if (a.regex.test(cl.text)) {
        a.last = lineNo
        a.lastTimestamp = cl.timestamp
      }
    }
    const outcome = outcomeOf(cl)
    if (outcome === 'step-success') this.settle(PASSED_STEP_FACTOR)
    else if (outcome === 'step-failure') {
      this.sawStepFailure = true
      this.settle(FAILED_STEP_FACTOR)
    } else if (outcome === 'job-success' || outcome === 'job-failure') {
      this.jobOutcome = outcome === 'job-success' ? 'success' : 'failure'
      this.settle(outcome === 'job-success' ? PASSED_STEP_FACTOR : FAILED_STEP_FACTOR)
    }
  }

  private match(cl: CleanLine, lineNo: number): void {
    const text = cl.text
    // One automaton pass finds the rules whose required text occurs in this line; only they,
    // and the few rules without such text, run their regex.
    this.stamp++
    this.hits.length = 0
    this.index.scan(text, this.mark)
    const candidates = this.hits.length === 0 ? this.index.always : mergeSorted(this.index.always, this.hits.sort(byNumber))
    let best: Map<string, { rule: CompiledRule; score: number; line: number; timestamp?: string }> | undefined
    for (let k = 0; k < candidates.length; k++) {
      const i = candidates[k]
      const r = this.rules[i]
      if (r.levels && !r.levels.has(cl.level)) continue
      if (r.section && (this.section === undefined || !r.section.test(this.section))) continue
      const after = this.ruleAfter[i]
      if (after && (after.last === 0 || after.last >= lineNo || lineNo - after.last > r.within)) continue
      if (!r.regex.test(text)) continue
      const score = cl.level === 'warning' && !r.warningsCount ? r.weight * WARNING_FACTOR : r.weight
      const byContext = r.evidence === 'context' && after !== undefined
      const line = byContext ? after.last : lineNo
      const prev = best?.get(r.pattern)
      if (prev && (prev.score > score || (prev.score === score && prev.line <= line))) continue
      best ??= new Map()
      best.set(r.pattern, { rule: r, score, line, timestamp: byContext ? after.lastTimestamp : cl.timestamp })
    }
    if (!best) return
    for (const [pattern, b] of best) this.record(pattern, b.rule.id, b.score, b.line, b.timestamp, lineNo, text)
  }

  private record(pattern: string, rule: string, score: number, line: number, timestamp: string | undefined, lineNo: number, text: string): void {
    const acc = this.pending.get(pattern)
    if (acc) {
      if (!acc.lines.includes(line)) {
        acc.count++
        if (acc.lines.length < MAX_EVIDENCE_LINES) insertSorted(acc.lines, line)
      }
      if (score < acc.best.score || (score === acc.best.score && line >= acc.best.line)) return
    }
    const hit: Hit = { pattern, rule: `${pattern}/${rule}`, score, line, timestamp, section: this.section, excerpt: [], excerptChars: 0 }
    if (line === lineNo) appendExcerpt(hit, text)
    else {
      // Evidence found through an earlier line starts its excerpt there, from the recent window.
      for (const r of this.recent.toArray()) {
        if (r.line >= line && hit.excerpt.length < MAX_EXCERPT_LINES) appendExcerpt(hit, r.text)
      }
    }
    if (acc) {
      this.collecting.delete(acc.best)
      acc.best = hit
    } else {
      this.pending.set(pattern, { best: hit, lines: [line], count: 1 })
    }
    if (hit.excerpt.length < MAX_EXCERPT_LINES) this.collecting.add(hit)
  }

  private feedExcerpts(text: string): void {
    for (const hit of this.collecting) {
      appendExcerpt(hit, text)
      if (hit.excerpt.length >= MAX_EXCERPT_LINES || hit.excerptChars >= MAX_EXCERPT_CHARS) this.collecting.delete(hit)
    }
  }

  /** Closes the current segment: weighs its hits by how the step ended and keeps the best. */
  private settle(factor: number): void {
    for (const [pattern, acc] of this.pending) {
      acc.best.score *= factor
      const prev = this.settled.get(pattern)
      if (!prev) {
        this.settled.set(pattern, acc)
        continue
      }
      prev.count += acc.count
      for (const l of acc.lines) {
        if (prev.lines.length >= MAX_EVIDENCE_LINES) break
        if (!prev.lines.includes(l)) insertSorted(prev.lines, l)
      }
      if (acc.best.score > prev.best.score) {
        this.collecting.delete(prev.best)
        prev.best = acc.best
      } else {
        this.collecting.delete(acc.best)
      }
    }
    this.pending.clear()
  }

  private rank(): Finding[] {
    const findings: Finding[] = []
    for (const [pattern, acc] of this.settled) {
      const spec = this.catalogue.patterns.get(pattern)
      if (!spec) continue
      // Repetition is not significance (a retried download repeats; a root cause may not).
      const score = acc.best.score
      if (score < MIN_SCORE) continue
      findings.push({
        pattern,
        name: spec.name,
        severity: spec.severity,
        line: acc.best.line,
        lines: [...acc.lines],
        excerpt: formatExcerpt(acc.best.excerpt),
        ...(acc.best.section === undefined ? {} : { section: acc.best.section }),
        ...(acc.best.timestamp === undefined ? {} : { timestamp: acc.best.timestamp }),
        rule: acc.best.rule,
        score: Math.round(score * 100) / 100
      })
    }
    findings.sort(compareFindings)
    // A finding whose decisive line is already a stronger finding's evidence is the same
    // line read twice (a clippy lint is also a rustc-style `error:` line): drop it.
    const kept: Finding[] = []
    for (const f of findings) {
      const echo = kept.some((k) => k.lines.includes(f.line))
      if (!echo) kept.push(f)
    }
    return kept
  }
}

const byNumber = (a: number, b: number): number => a - b

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++])
    else out.push(b[j++])
  }
  return out
}

function insertSorted(lines: number[], line: number): void {
  let i = lines.length
  while (i > 0 && lines[i - 1] > line) i--
  lines.splice(i, 0, line)
}

function appendExcerpt(hit: Hit, text: string): void {
  if (hit.excerpt.length >= MAX_EXCERPT_LINES || hit.excerptChars >= MAX_EXCERPT_CHARS) return
  const room = MAX_EXCERPT_CHARS - hit.excerptChars
  const t = text.length > room ? text.slice(0, room) : text
  hit.excerpt.push(t)
  hit.excerptChars += t.length + 1
}

/** Classifies a log read as a stream of chunks, in one pass with flat memory. */
export async function classifyStream(source: AsyncIterable<Buffer | Uint8Array | string>, options: ClassifyOptions = {}): Promise<ClassifyResult> {
  const classifier = new LogClassifier(options)
  for await (const chunk of source) classifier.push(chunk)
  return classifier.end()
}

/** Classifies a log held in memory (tests, small logs). */
export function classifyText(text: string, options: ClassifyOptions = {}): ClassifyResult {
  const classifier = new LogClassifier(options)
  classifier.push(text)
  return classifier.end()
}
