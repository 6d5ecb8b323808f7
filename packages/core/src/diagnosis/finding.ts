import type { Severity } from '../severity.js'

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
}

/** What one pass over a log produced. */
export interface ClassifyResult {
  /** Most significant first; empty for a clean or passing log. */
  findings: Finding[]
  lines: number
  bytes: number
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
