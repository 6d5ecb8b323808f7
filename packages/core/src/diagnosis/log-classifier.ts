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
import { RangeSplitter } from './line-splitter.js'
import { firstChars, requiredLiterals } from './literal-hint.js'
import { LiteralIndex } from './literal-index.js'
import { LineView } from './log-line.js'
import { mayAnnounceOutcome, outcomeOf } from './outcome-markers.js'
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

/**
 * A recent line, kept as offsets into the string it came from (a decoded chunk); the slice is
 * made only if an excerpt needs it. The ring so holds on to at most RECENT_LINES chunks.
 */
interface Recent {
  line: number
  src: string
  from: number
  to: number
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

/**
 * What tells, per line and cheaply, which regexes could match it; built once per catalogue.
 * Ids 0…rules-1 are the rules, rules+k the k-th distinct `context.after` regex.
 */
interface Prefilter {
  /** The literals of the rules, then of the after regexes: one automaton pass per line. */
  index: LiteralIndex
  /** Ids without literals: candidates for every line their first-character gate lets through. */
  always: readonly number[]
  /** Per id, whether it has literals (is a candidate only when the index reports it). */
  hasLiterals: readonly boolean[]
  /** Per id, the ASCII characters a matching line can start with (see firstChars), if known. */
  first: readonly (Uint8Array | undefined)[]
  afters: readonly RegExp[]
  /** Per rule, the index of its after regex in `afters`. */
  ruleAfter: readonly (number | undefined)[]
}

let builtIn: Catalogue | undefined
const prefilters = new WeakMap<Catalogue, Prefilter>()

function prefilterOf(catalogue: Catalogue): Prefilter {
  let p = prefilters.get(catalogue)
  if (p) return p
  // One tracker per distinct `after` regex, shared by the rules that use it.
  const afters: RegExp[] = []
  const bySource = new Map<string, number>()
  const ruleAfter = catalogue.rules.map((r) => {
    if (!r.after) return undefined
    const key = `${r.after.source}/${r.after.flags}`
    let k = bySource.get(key)
    if (k === undefined) {
      k = afters.length
      afters.push(r.after)
      bySource.set(key, k)
    }
    return k
  })
  const literals = [...catalogue.rules.map((r) => r.literals), ...afters.map((a) => requiredLiterals(a.source))]
  const regexes = [...catalogue.rules.map((r) => r.regex), ...afters]
  const hasLiterals = literals.map((l) => l !== undefined && l.length > 0)
  p = {
    index: new LiteralIndex(literals),
    always: catalogue.rules.flatMap((_, i) => (hasLiterals[i] ? [] : [i])),
    hasLiterals,
    first: regexes.map((re) => firstChars(re.source, re.flags)),
    afters,
    ruleAfter
  }
  prefilters.set(catalogue, p)
  return p
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
  private readonly afters: AfterState[]
  private readonly splitter: RangeSplitter
  private readonly view = new LineView()
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
  private readonly prefilter: Prefilter
  /** `marks[id] === stamp`: the index reported id on the current line. */
  private readonly marks: Uint32Array
  private stamp = 0
  /** The candidate rules of the current line. */
  private readonly hits: number[] = []
  private readonly mark = (id: number): void => {
    if (this.marks[id] === this.stamp) return
    this.marks[id] = this.stamp
    if (id < this.rules.length) this.hits.push(id)
  }

  constructor(options: ClassifyOptions = {}) {
    this.catalogue = options.catalogue ?? (builtIn ??= loadCatalogue())
    this.rules = this.catalogue.rules
    this.prefilter = prefilterOf(this.catalogue)
    this.marks = new Uint32Array(this.rules.length + this.prefilter.afters.length)
    this.afters = this.prefilter.afters.map((regex) => ({ regex, last: 0 }))
    this.ruleAfter = this.prefilter.ruleAfter.map((k) => (k === undefined ? undefined : this.afters[k]))
    this.splitter = new RangeSplitter((s, from, to, line) => this.segment(s, from, to, line))
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

  private segment(s: string, from: number, to: number, lineNo: number): void {
    const v = this.view
    v.reset(s, from, to)
    if (v.command === 'group') {
      this.githubFormat = true
      if (v.text.startsWith('Run ')) {
        // A new step starts: on GitHub the previous one passed, or this one would not run.
        this.settle(PASSED_STEP_FACTOR)
        this.section = v.text.slice(0, MAX_SECTION_CHARS)
        this.inRunHeader = true
      }
      return
    }
    if (v.command === 'endgroup') {
      this.githubFormat = true
      this.inRunHeader = false
      return
    }
    if (v.command === 'error') this.sawErrorAnnotation = true
    // The script and env shown under `##[group]Run …` are the step's source, not its output.
    if (this.inRunHeader || v.from === v.to) return
    const first = v.src.charCodeAt(v.from)
    if (first === 0x24 && v.src.charCodeAt(v.from + 1) === 0x20) this.section = v.text.slice(0, MAX_SECTION_CHARS)

    // Recycle the slot the ring drops: no object per line.
    const slot = this.recent.evictee() ?? { line: 0, src: '', from: 0, to: 0 }
    slot.line = lineNo
    slot.src = v.src
    slot.from = v.from
    slot.to = v.to
    this.recent.push(slot)
    if (this.collecting.size > 0) this.feedExcerpts(v.text)
    this.match(v, first, lineNo)
    const { hasLiterals, first: gates } = this.prefilter
    for (let k = 0, id = this.rules.length; k < this.afters.length; k++, id++) {
      if (hasLiterals[id] && this.marks[id] !== this.stamp) continue
      const gate = gates[id]
      if (gate && first < 128 && gate[first] === 0) continue
      const a = this.afters[k]
      if (a.regex.test(v.text)) {
        a.last = lineNo
        a.lastTimestamp = v.timestamp
      }
    }
    const outcome = v.command === 'error' || mayAnnounceOutcome(first) ? outcomeOf(v) : undefined
    if (outcome === 'step-success') this.settle(PASSED_STEP_FACTOR)
    else if (outcome === 'step-failure') {
      this.sawStepFailure = true
      this.settle(FAILED_STEP_FACTOR)
    } else if (outcome === 'job-success' || outcome === 'job-failure') {
      this.jobOutcome = outcome === 'job-success' ? 'success' : 'failure'
      this.settle(outcome === 'job-success' ? PASSED_STEP_FACTOR : FAILED_STEP_FACTOR)
    }
  }

  /**
   * Runs the regexes that could match the current line (`first`: its first character). One
   * automaton pass over the line finds the rules whose required text occurs in it; they and the
   * rules without such text still have to pass their first-character gate. On a typical log
   * most lines end here without any regex run or any string made.
   */
  private match(v: LineView, first: number, lineNo: number): void {
    const { index, always, first: gates } = this.prefilter
    const hits = this.hits
    this.stamp++
    hits.length = 0
    index.scanRange(v.src, v.from, v.to, this.mark)
    for (let k = 0; k < always.length; k++) hits.push(always[k])
    let n = 0
    for (let k = 0; k < hits.length; k++) {
      const gate = gates[hits[k]]
      if (!gate || first >= 128 || gate[first] === 1) hits[n++] = hits[k]
    }
    hits.length = n
    if (n === 0) return
    // Rules run in catalogue order, as ties between equal scores are broken by it.
    sortSmall(hits)
    let best: Map<string, { rule: CompiledRule; score: number; line: number; timestamp?: string }> | undefined
    for (let k = 0; k < n; k++) {
      const i = hits[k]
      const r = this.rules[i]
      if (r.levels && !r.levels.has(v.level)) continue
      if (r.section && (this.section === undefined || !r.section.test(this.section))) continue
      const after = this.ruleAfter[i]
      if (after && (after.last === 0 || after.last >= lineNo || lineNo - after.last > r.within)) continue
      if (!r.regex.test(v.text)) continue
      const score = v.level === 'warning' && !r.warningsCount ? r.weight * WARNING_FACTOR : r.weight
      const byContext = r.evidence === 'context' && after !== undefined
      const line = byContext ? after.last : lineNo
      const prev = best?.get(r.pattern)
      if (prev && (prev.score > score || (prev.score === score && prev.line <= line))) continue
      best ??= new Map()
      best.set(r.pattern, { rule: r, score, line, timestamp: byContext ? after.lastTimestamp : v.timestamp })
    }
    if (!best) return
    for (const [pattern, b] of best) this.record(pattern, b.rule.id, b.score, b.line, b.timestamp, lineNo, v.text)
  }

  private record(
    pattern: string,
    rule: string,
    score: number,
    line: number,
    timestamp: string | undefined,
    lineNo: number,
    text: string
  ): void {
    const acc = this.pending.get(pattern)
    if (acc) {
      if (!acc.lines.includes(line)) {
        acc.count++
        if (acc.lines.length < MAX_EVIDENCE_LINES) insertSorted(acc.lines, line)
      }
      if (score < acc.best.score || (score === acc.best.score && line >= acc.best.line)) return
    }
    const hit: Hit = {
      pattern,
      rule: `${pattern}/${rule}`,
      score,
      line,
      timestamp,
      section: this.section,
      excerpt: [],
      excerptChars: 0
    }
    if (line === lineNo) appendExcerpt(hit, text)
    else {
      // Evidence found through an earlier line starts its excerpt there, from the recent window.
      for (const r of this.recent.toArray()) {
        if (r.line >= line && hit.excerpt.length < MAX_EXCERPT_LINES) appendExcerpt(hit, r.src.slice(r.from, r.to))
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

/** Insertion sort, ascending: the candidate lists are short and this allocates nothing. */
function sortSmall(a: number[]): void {
  for (let i = 1; i < a.length; i++) {
    const x = a[i]
    let j = i - 1
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j]
      j--
    }
    a[j + 1] = x
  }
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
export async function classifyStream(
  source: AsyncIterable<Buffer | Uint8Array | string>,
  options: ClassifyOptions = {}
): Promise<ClassifyResult> {
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
