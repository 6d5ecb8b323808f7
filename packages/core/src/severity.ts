/** Severity levels of the spec's escalation matrix, most severe first. */
export type Severity = 'critical' | 'high' | 'medium' | 'low'

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low']

/** Larger is more severe: critical 4 … low 1. */
export function severityRank(s: Severity): number {
  return 4 - SEVERITIES.indexOf(s)
}

/** True when `s` is at least as severe as `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) >= severityRank(threshold)
}

export function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)
}
