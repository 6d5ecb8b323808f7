import type { Severity } from '../severity.js'
import type { LineRegex } from './line-regex.js'

/** Which message level a line must (or must not) carry for a rule to count. */
export type LineLevel = 'error' | 'warning' | 'none'

/**
 * Conditions on the surroundings of a matching line. All given conditions must hold.
 * Kept to what a single forward pass can answer with bounded state.
 */
export interface RuleContext {
  /** Regex on the current section title (GitHub `##[group]Run …`, Travis `$ cmd`). */
  section?: string
  /** Regex that must have matched one of the previous `within` lines (default 10, at most 500; 50 with `evidence: context`). */
  after?: string
  within?: number
  /** Levels the line may carry; default any. */
  level?: LineLevel[]
}

/** One way of recognising a pattern in a log line, as written in the catalogue (data). */
export interface RuleSpec {
  /** Short name, unique within its pattern; used in findings for traceability. */
  id: string
  /** Regex source, matched against one cleaned line (ANSI, timestamp, `##[…]` prefix removed). */
  regex: string
  /** Regex flags: only `i` is accepted. */
  flags?: string
  /**
   * How decisive this evidence is, 1–100: ~95 a root cause that explains everything after it
   * (disk full, runner lost), ~80 a tool's own error line, ~60 a summary, ≤ 45 an echo such as
   * "Compilation failed" that only repeats an earlier error.
   */
  weight: number
  context?: RuleContext
  /**
   * Which line is the evidence: the matching line, or the line where `context.after` matched
   * (for rules that only know what an earlier line meant once a later one is seen).
   */
  evidence?: 'line' | 'context'
  /** Warning-level lines normally count half; set for tools whose warnings fail the build. */
  warningsCount?: boolean
  /** A repository's own rule: it runs on RE2, in linear time whatever its pattern. */
  user?: boolean
}

/** A failure pattern of DESIGN §3 or one a user adds. */
export interface PatternSpec {
  id: string
  name: string
  severity: Severity
  enabled: boolean
  rules: RuleSpec[]
}

/** A rule ready to run: regexes compiled once (RegExp for built-in rules, RE2 for users'). */
export interface CompiledRule {
  id: string
  pattern: string
  weight: number
  regex: LineRegex
  /** Lowercase texts of which a matching line must contain one (a cheap pre-check), if known. */
  literals?: readonly string[]
  section?: LineRegex
  after?: LineRegex
  within: number
  levels?: ReadonlySet<LineLevel>
  evidence: 'line' | 'context'
  warningsCount: boolean
}

/** The catalogue the classifier runs: the patterns as data plus their compiled rules. */
export interface Catalogue {
  readonly patterns: ReadonlyMap<string, PatternSpec>
  readonly rules: readonly CompiledRule[]
}
