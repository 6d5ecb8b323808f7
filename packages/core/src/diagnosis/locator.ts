/**
 * The locator: which lines of a step are evidence of its failure, whatever tool printed them,
 * and how strongly. A line is evidence when it is error-level (`error:`, `ERROR`, `FAILED`,
 * `✗`, pytest's `E   `, `##[error]`), names a failure in words, or carries a cue that alone
 * says something failed (`No space left on device`). Lines that only echo an earlier failure
 * (`make: ***`, `npm ERR! code ELIFECYCLE`) or report a clean result (`0 failed`) count little.
 * State is bounded: the strongest few lines per step, its last few lines when it failed, and
 * a bounded count of repeats per fingerprint.
 */
import { ALL_CLEAR, CUES, ECHO, LINE_START_FAILURE, NONZERO_FAILURES, SEVERE_WORDS } from './evidence-cues.js'
import type { LineCommand } from './log-line.js'
import type { LineLevel } from './pattern-types.js'
import { stepPriors } from './step-hints.js'

/** A cue that matched an evidence line. */
export interface CueHit {
  readonly id: string
  readonly pattern: string
  readonly weight: number
  readonly alone: boolean
  readonly summary: boolean
  /** The tool writes this failure at a warning level: the line is no mere warning (see Cue.warningFails). */
  readonly warningFails: boolean
  /** The severity the cue implies for its line (0 when it implies none). */
  readonly severity: number
  /** The cue only names a tool of its family (see Cue.toolName). */
  readonly toolName: boolean
}

/** One evidence line of a step. */
export interface Evidence {
  line: number
  /** The cleaned line, at most MAX_EVIDENCE_TEXT characters. */
  text: string
  timestamp?: string
  section?: string
  /** 0–1: how much the line alone says that something failed. */
  severity: number
  cues: CueHit[]
  /** A catalogue rule that matched the line, if any (its pattern and weight). */
  rule?: { pattern: string; id: string; weight: number }
  fingerprint: number
  /** One of the last lines before a step's failure marker, kept whatever they say. */
  tail?: boolean
  /** Outside any Markdown code fence: in a pasted log that has fences, the reporter's prose. */
  prose?: boolean
  /** Its tool wrote it as a warning (`WARNING:`, `##[warning]`, a checkstyle `severity="warning"`). */
  warning?: boolean
  /**
   * It is part of a diagnostic whose header is at warning level (`warning:`, `a.c:3:1: warning:`,
   * `warning[unused_variable]:`), header or one of its ` --> `, `= note:`, code-frame lines: a
   * warning unless the log says warnings are fatal (`-D warnings`, `-Werror`).
   */
  warningBlock?: boolean
  /**
   * A line within two after it announces that what failed is tried again (`attempt 1 of 5 failed:
   * retrying in 2s`, `Retrying in 5 seconds`): the tool went on, as after a warning.
   */
  retried?: boolean
  /** It goes on an error-level diagnostic (a ` --> `, `= help:` or code-frame line): the header's line. */
  header?: number
  /** Lines from this one on, for the finding's excerpt (filled once the lines have been read). */
  excerpt: string[]
  excerptChars: number
  /** No longer among its step's evidence (its excerpt need not be made). */
  dropped?: boolean
}

export const MAX_EVIDENCE_TEXT = 500
/** Evidence lines kept per step (the strongest). */
export const STEP_EVIDENCE = 24
/** Lines before a step's failure marker kept as last-resort evidence. */
export const TAIL_LINES = 6

/** Words that make a line a candidate for SEVERE_WORDS / LINE_START_FAILURE (literal prefilter). */
export const SEVERITY_LITERALS: readonly string[] = [
  'error',
  'fail',
  'fatal',
  'panic',
  'exception',
  'cannot',
  "can't",
  "couldn't",
  'could not',
  'unable to',
  'not found',
  'no such',
  'denied',
  'refused',
  'invalid',
  'missing',
  'undefined',
  'unresolved',
  'timed out',
  'timeout',
  'abort',
  'killed',
  'crash',
  'segmentation fault',
  'core dumped',
  'violation',
  'forbidden',
  'unauthorized',
  'rejected',
  'exceeded',
  'unsatisfied',
  'unsupported',
  'incompatible',
  'mismatch',
  'broken',
  'not allowed',
  'not compliant',
  'did not pass',
  'not ok',
  'traceback',
  'caused by',
  '✗',
  '✕',
  '✘',
  '×',
  '✖',
  '❌',
  '●'
]

// A diagnostic after a source location: `a.c:3:5: error:`, `a.ts(4,7): error TS2322`, `a.kt:3: e:`,
// also indented under the tool that ran the compiler (stack, cabal, a build script's log) or
// repeated in a build tool's summary (MSBuild's `  a.cs(3,13): error CS0234`).
const LOCATED_ERROR =
  /^[ \t]{0,8}\S{1,300}?(?::\d+|\(\d+(?:, ?\d+)?\)|:\[\d+(?:,\d+)?\])\S{0,20}:? ?(?:fatal )?(?:error|Error|ERROR)\b/

/**
 * How much a cleaned line alone says that something failed, 0–1: an error annotation or
 * level 1, a line opening with a failure marker 0.9, failure words 0.55, a warning 0.2. An
 * echo of an earlier failure counts 0.3 at most; an all-clear line ("0 failed") 0.05.
 */
export function lineSeverity(text: string, level: LineLevel, command: LineCommand | undefined, words: boolean): number {
  let s = 0
  if (command === 'error' || level === 'error' || LOCATED_ERROR.test(text)) s = 1
  else if (LINE_START_FAILURE.test(text)) s = 0.9
  else if (words && SEVERE_WORDS.test(text)) s = level === 'warning' ? 0.25 : 0.55
  else if (level === 'warning' || command === 'warning') s = 0.2
  if (s === 0) return 0
  if (ECHO.test(text)) s = Math.min(s, 0.3)
  if (isAllClear(text)) s = Math.min(s, 0.05)
  return s
}

/** A line that reports a clean result ("0 failed", "No vulnerabilities found") and no failure. */
export function isAllClear(text: string): boolean {
  return ALL_CLEAR.test(text) && !NONZERO_FAILURES.test(text)
}

/** Each cue's hit, made once: hits are never changed, so every line shares them. */
const CUE_HITS: readonly CueHit[] = CUES.map((c) => ({
  id: c.id,
  pattern: c.pattern,
  weight: c.weight,
  alone: c.alone === true,
  summary: c.summary === true,
  warningFails: c.warningFails === true,
  severity: c.severity ?? 0,
  toolName: c.toolName === true
}))

/**
 * An annotation's message that ends with a rule's or linter's name (`(errcheck)`,
 * `(jsdoc/require-jsdoc)`, `(E501)`), as linters report through GitHub with the file in the
 * annotation's properties: the `##[error]` or `::error::` line, or the web view's `Error: `.
 * Words that end a runner's or tool's own message in parentheses are not names.
 */
const ANNOTATION_RULE_SUFFIX =
  /\((?:@?[\w-]{1,40}\/)?(?!(?:timeout|failure|failed|error|errors|warning|cancell?ed|aborted|required|optional|default|main|master|latest|deprecated|skipped|none|null|undefined|true|false)\))(?:[a-z][a-z\d]*(?:[-_.][a-z\d]+){0,6}|[A-Z]{1,4}\d{2,5})\)\.?$/
const ANNOTATION_TEXT = /^(?:::(?:error|warning)\b[^:]{0,300}::|(?:Error|Warning): (?!.{0,600}: ))/
const ANNOTATION_LINT_HIT = CUE_HITS[CUES.findIndex((c) => c.id === 'annotation-lint')]!

/**
 * The lint cue of an annotation (`command`: the line's `##[…]` command) whose message ends
 * with a rule's name, when no lint cue read the line already; undefined otherwise. In a step
 * whose command ran a linter and no other family's tool (`stepLints`), every error annotation
 * but the runner's exit-code line is the linter's finding, whatever its message says (biome's
 * `##[error]Using == may be unsafe …`, a workflow's `##[error]a.go is not formatted`).
 */
export function annotationLintCue(
  text: string,
  command: string | undefined,
  cues: readonly CueHit[],
  stepLints = false
): CueHit | undefined {
  if (stepLints && command === 'error' && !cues.some((c) => c.pattern === 'PAT-007' || c.alone) && !ECHO.test(text))
    return ANNOTATION_LINT_HIT
  // Most lines end otherwise, or start as no annotation does: no regex for them.
  const last = text.charCodeAt(text.length - 1)
  if (last !== 0x29 && last !== 0x2e) return undefined
  if (command !== 'error' && command !== 'warning') {
    const first = text.charCodeAt(0)
    if ((first !== 0x3a && first !== 0x45 && first !== 0x57) || !ANNOTATION_TEXT.test(text)) return undefined
  }
  if (cues.some((c) => c.pattern === 'PAT-007')) return undefined
  return ANNOTATION_RULE_SUFFIX.test(text) ? ANNOTATION_LINT_HIT : undefined
}

/** The cues among the first `count` of `candidates` (indexes into CUES) whose regex matches `text`. */
export function matchCues(text: string, candidates: ArrayLike<number>, count = candidates.length): CueHit[] {
  const out: CueHit[] = []
  for (let k = 0; k < count; k++) {
    const i = candidates[k]!
    if (!CUES[i]!.regex.test(text)) continue
    out.push(i === HOOK_FAILED ? hookHit(text) : CUE_HITS[i]!)
  }
  return out
}

const HOOK_FAILED = CUES.findIndex((c) => c.id === 'hook-failed')
const hookHits = new Map<string, CueHit>()

/**
 * A pre-commit hook's `Name.....Failed` line points at the family its name says (`Python License
 * Checker`, `bandit`, `pytest`), as a step's name does; a hook named for no family is lint's.
 */
function hookHit(text: string): CueHit {
  const base = CUE_HITS[HOOK_FAILED]!
  let top: string | undefined
  let weight = 0
  for (const [p, w] of stepPriors(text.slice(0, text.indexOf('...')))) {
    if (w > weight) {
      top = p
      weight = w
    }
  }
  if (top === undefined || top === base.pattern) return base
  let hit = hookHits.get(top)
  if (!hit) hookHits.set(top, (hit = { ...base, pattern: top }))
  return hit
}

/** Whether one of the cues alone says something failed. */
export function hasAloneCue(hits: readonly CueHit[]): boolean {
  return hits.some((h) => h.alone)
}

/** The order in which a step keeps its evidence: severity, then the strongest cue or rule. */
export function evidenceKey(e: Pick<Evidence, 'severity' | 'cues' | 'rule'>): number {
  let cue = 0
  for (const h of e.cues) if (h.weight > cue) cue = h.weight
  return e.severity + cue / 100 + (e.rule ? e.rule.weight / 100 : 0)
}

/**
 * A step's evidence: the STEP_EVIDENCE strongest lines (the earliest among equals, as a first
 * error explains the ones after it), and the last lines before its failure marker.
 */
export class StepEvidence {
  readonly strongest: Evidence[] = []
  readonly tail: Evidence[] = []
  private weakest = -1
  private weakestKey = -1

  /** Whether a line of this key would be kept (so the caller need not build it otherwise). */
  wouldKeep(key: number): boolean {
    return this.strongest.length < STEP_EVIDENCE || key > this.weakestKey
  }

  offer(e: Evidence): boolean {
    if (this.strongest.length < STEP_EVIDENCE) {
      this.strongest.push(e)
      if (this.strongest.length === STEP_EVIDENCE) this.findWeakest()
      return true
    }
    if (evidenceKey(e) <= this.weakestKey) return false
    this.strongest[this.weakest]!.dropped = true
    this.strongest[this.weakest] = e
    this.findWeakest()
    return true
  }

  /** Every distinct evidence line of the step, in line order. */
  all(): Evidence[] {
    const seen = new Set<number>()
    const out: Evidence[] = []
    for (const e of [...this.strongest, ...this.tail]) {
      if (seen.has(e.line)) continue
      seen.add(e.line)
      out.push(e)
    }
    return out.sort((a, b) => a.line - b.line)
  }

  get size(): number {
    return this.strongest.length + this.tail.length
  }

  private findWeakest(): void {
    let w = 0
    let wk = evidenceKey(this.strongest[0]!)
    for (let i = 1; i < this.strongest.length; i++) {
      // Among equals the latest goes first: the earliest error explains the later ones.
      const k = evidenceKey(this.strongest[i]!)
      if (k <= wk) {
        w = i
        wk = k
      }
    }
    this.weakest = w
    this.weakestKey = wk
  }
}

/**
 * Counts repeats per fingerprint, in bounded memory: once MAX_TRACKED fingerprints are known,
 * new ones are not counted (they read as seen once), known ones still are.
 */
export class RepeatCounter {
  static readonly MAX_TRACKED = 16384
  private readonly counts = new Map<number, number>()

  bump(fp: number): void {
    const c = this.counts.get(fp)
    if (c !== undefined) this.counts.set(fp, c + 1)
    else if (this.counts.size < RepeatCounter.MAX_TRACKED) this.counts.set(fp, 1)
  }

  count(fp: number): number {
    return this.counts.get(fp) ?? 1
  }
}

/**
 * 1 for a line seen up to three times (a failure and its summary repeat it), less the more
 * often the log repeats it (a retry loop, a warning printed per file).
 */
export function novelty(count: number): number {
  return count <= 3 ? 1 : 1 / (1 + 0.3 * Math.log2(count / 3))
}

// A test runner's progress line: the test's name, then its failure mark (`test_x (m.T) ... FAIL`,
// `1/3 Test #2: ring ......***Failed  0.47 sec`, vitest's `× knows sunday 11ms`).
const PROGRESS_TRAILING =
  /^(?:\d+\/\d+ )?(?:Test +#\d+: )?(\S.{2,300}?) (?:\.{2,}|…) ?\*{0,3}(?:FAIL(?:ED)?|ERROR|Failed|Error|failed)\b/
/** How far under a banner that heads a list of failures the first listed failure may be. */
const SUMMARY_LIST_LINES = 8
/**
 * A level word alone (`error:`), the header of a message its tool prints on the lines below
 * (Nix's evaluation errors: `error:`, its `… while evaluating` trace, then the indented
 * `error: <message>` last): no detail to quote in itself.
 */
const BARE_LEVEL = /^\s*(?:error|ERROR|Error|fatal|FATAL|Fatal)\s*:?\s*$/

/** `e` is a bare level word whose message is told on the indented lines of its own block. */
function bareHeader(e: Evidence, evidence: readonly Evidence[]): boolean {
  return BARE_LEVEL.test(e.text) && evidence.some((x) => x.header === e.line)
}

/**
 * A runner's verdict on a whole test file (jest's `FAIL src/a.test.js (5.2 s)`, `FAILED t/a.t`):
 * the tests that failed in it are listed under it, each the line to quote.
 */
const FILE_VERDICT = /^\s*(?:FAIL|FAILED|Failed)\s+\S{1,300}\.[A-Za-z]{1,6}(?:\s+\(\d[^)]{0,30}\))?\s*$/
/** How far under a file's verdict its first failed test may be. */
const FILE_VERDICT_LINES = 60

const PROGRESS_MARKED = /^[✗✕✘×⨯] (\S.{2,300}?) \(?\d+(?:\.\d+)? ?m?s\)?$/

/**
 * The name of the failed test a runner's progress line reports, or undefined when the line is
 * not one. Runners explain each failure further on, under the same name (`FAIL: test_x (m.T)`,
 * ` FAIL  a.test.js > suite > knows sunday`): that explanation is the line to quote.
 */
function progressTestName(text: string): string | undefined {
  const line = text.trim()
  const m = PROGRESS_TRAILING.exec(line) ?? PROGRESS_MARKED.exec(line)
  const name = m?.[1]?.trim()
  return name !== undefined && name.length >= 4 ? name : undefined
}

/** The line's strongest cue of `pattern` is a count of failures told in detail elsewhere, and no rule of it read the line. */
function isCount(e: Evidence, pattern: string): boolean {
  return strongestCueOnly(e, pattern)?.summary === true
}

/** The line's strongest cue of `pattern` only names the family's tool, and no rule of it read the line. */
export function namesToolOnly(e: Evidence, pattern: string): boolean {
  return strongestCueOnly(e, pattern)?.toolName === true
}

/** The line's strongest cue of `pattern`, when no rule of `pattern` read the line. */
function strongestCueOnly(e: Evidence, pattern: string): CueHit | undefined {
  if (e.rule && e.rule.pattern === pattern) return undefined
  let top: CueHit | undefined
  for (const c of e.cues) if (c.pattern === pattern && (!top || c.weight > top.weight)) top = c
  return top
}

/**
 * The line of a step's evidence that tells in detail what `shown` only stands for, or
 * undefined when `shown` is the detail. A runner's progress line gives way to the failure's
 * explanation further on under the same test name; a count of failures to the first failure
 * line before it of no other family (not a warning); a line that only names the family's tool
 * (its command, its config notice) to the first report of a finding of the family in the step,
 * or else the first error-level line of no other family after it.
 */
export function detailOf(shown: Evidence, evidence: readonly Evidence[], pattern: string): Evidence | undefined {
  if (namesToolOnly(shown, pattern)) {
    // A diagnostic's note that names the tool (clippy's `= help: … rust-clippy/…`): its header.
    const header = shown.header === undefined ? undefined : evidence.find((e) => e.line === shown.header)
    if (header && !header.warning) return header
    const own = (e: Evidence): boolean =>
      !e.cues.some((c) => c.pattern !== pattern) && !(e.rule && e.rule.pattern !== pattern) && !e.warning
    return (
      evidence.find(
        (e) => e !== shown && own(e) && e.cues.some((c) => c.pattern === pattern && c.severity > 0 && !c.summary)
      ) ??
      evidence.find((e) => e.line > shown.line && own(e) && e.severity >= 0.9 && !namesToolOnly(e, pattern)) ??
      evidence.find((e) => e.line > shown.line && own(e) && e.cues.some((c) => c.pattern === pattern && c.summary)) ??
      evidence.find(
        (e) => e.line > shown.line && e.severity >= 0.9 && !e.warning && !e.warningBlock && !namesToolOnly(e, pattern)
      )
    )
  }
  if (FILE_VERDICT.test(shown.text)) {
    const first = evidence.find(
      (e) => e.line > shown.line && e.line - shown.line <= FILE_VERDICT_LINES && progressTestName(e.text) !== undefined
    )
    if (first) return detailOf(first, evidence, pattern) ?? first
  }
  const name = progressTestName(shown.text)
  if (name !== undefined)
    return evidence.find(
      (e) =>
        e.line > shown.line &&
        e.text.includes(name) &&
        e.text !== shown.text &&
        (e.severity >= 0.5 || e.cues.some((c) => c.pattern === pattern))
    )
  if (!isCount(shown, pattern)) return undefined
  const own = (e: Evidence): boolean =>
    !e.warning && !e.cues.some((c) => c.pattern !== pattern) && !(e.rule && e.rule.pattern !== pattern)
  return (
    evidence.find((e) => e.line < shown.line && e.severity >= 0.9 && own(e) && !bareHeader(e, evidence)) ??
    // A banner that heads the list of failures (`UNITY FAILED TEST SUMMARY`, `Failed tests:`)
    // with nothing told before it: the first failure listed under it.
    evidence.find(
      (e) =>
        e.line > shown.line &&
        e.line - shown.line <= SUMMARY_LIST_LINES &&
        own(e) &&
        !isCount(e, pattern) &&
        e.cues.some((c) => c.pattern === pattern && !c.summary)
    )
  )
}
