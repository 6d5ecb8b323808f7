import type { Severity } from '../severity.js'

/**
 * How sure the classifier is of a finding's pattern: `high` when a tool's own error format
 * matched in the failed step and nothing competes, `medium` on a clear tool rule or family
 * cue, `low` when only the step's command or exit code (or nothing) pointed at the class.
 */
export type Confidence = 'high' | 'medium' | 'low'

/** One explained failure in a log: a pattern and the lines that show it. */
export interface Finding {
  /** Pattern id, e.g. `PAT-002`. */
  pattern: string
  name: string
  severity: Severity
  /** 1-based line (lines split on `\n`) of the most decisive, earliest evidence. */
  line: number
  /** Every evidence line found for this pattern, ascending (at most MAX_EVIDENCE_LINES). */
  lines: number[]
  /** Up to 5 lines from the evidence on, ANSI-stripped, at most 500 characters. */
  excerpt: string
  /** The step or section the evidence appeared in (`Run cargo test`, `$ make test`). */
  section?: string
  /** The evidence line's runner timestamp, to map it onto the API's step times. */
  timestamp?: string
  /** The rule that gave the decisive evidence (`PAT-001/rustc-error`). */
  rule: string
  /** Ranking score: higher is more significant. */
  score: number
  confidence: Confidence
  /** The source file and line the evidence names (`src/a.rs:12:5` → `src/a.rs`, 12), if any. */
  file?: string
  fileLine?: number
}

/** How one pattern scored on the failed step (with `explain`): evidence and priors apart. */
export interface PatternScore {
  pattern: string
  score: number
  /** The best catalogue rule's score in the step, and where it matched. */
  rule: number
  ruleId?: string
  ruleLine?: number
  /** The best family cue's score, and where it matched. */
  cue: number
  cueId?: string
  cueLine?: number
  /** Step command, exit code and base-rate points. */
  prior: number
}

/** What one pass over a log produced. */
export interface ClassifyResult {
  /** Most significant first; empty for a clean or passing log. */
  findings: Finding[]
  lines: number
  bytes: number
  /** Per-pattern scores of the failed step, best first, when asked for (`explain`). */
  scores?: PatternScore[]
}

export const MAX_EVIDENCE_LINES = 20
export const MAX_EXCERPT_LINES = 5
export const MAX_EXCERPT_CHARS = 500

/** Orders findings most significant first: higher score, then earlier evidence. */
export function compareFindings(a: Finding, b: Finding): number {
  return b.score - a.score || a.line - b.line || a.pattern.localeCompare(b.pattern)
}

/** Joins excerpt lines and trims the result to MAX_EXCERPT_CHARS. */
export function formatExcerpt(lines: readonly string[]): string {
  const text = lines.slice(0, MAX_EXCERPT_LINES).join('\n')
  return text.length <= MAX_EXCERPT_CHARS ? text : text.slice(0, MAX_EXCERPT_CHARS - 1) + '…'
}
