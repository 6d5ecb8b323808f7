/**
 * What the security report parsers share: the loose JSON accessors they read untrusted reports
 * with, the one-line item each vulnerability or alert becomes, and the score → severity scale.
 */
import type { Severity } from '../severity.js'

export type Json = Record<string, unknown>
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined)

/** One vulnerability or alert of a report. */
export interface ReportItem {
  severity: Severity
  /** `minimist <=1.2.5 (GHSA-…: title)` */
  text: string
}

/** Severity from a CVSS-like score: ≥ 9 critical, ≥ 7 high, ≥ 4 medium, else low. */
export function severityOfScore(score: number): Severity {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low'
}

/** One line of at most `n` characters: control characters and runs of space folded. */
export function clip(s: string, n = 160): string {
  const one = s
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`
}
