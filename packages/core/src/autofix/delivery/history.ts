/**
 * Every attempt, as one `auto_fix_history` entry of the capsule, and the status that follows:
 * degraded → operational on "Auto-Fix Successful", the spec's arrow; nothing else moves.
 */
import type { CapsuleStatus, CapsuleUpdate } from '../../capsule/types.js'
import type { FixAttempt } from '../types.js'
import type { Delivery } from './deliver.js'

export type HistoryAppend = NonNullable<CapsuleUpdate['append_history']>[number]

export interface HistoryInput {
  attempts: readonly FixAttempt[]
  delivery?: Delivery
  branch: string
  headSha: string
  /** The capsule version the attempt started from. */
  capsuleVersion?: number
  now?: Date
}

/** The outcome recorded for an attempt once delivery is known. */
export function recordedOutcome(
  a: FixAttempt,
  d: Delivery | undefined
): { outcome: string; success: boolean; reason?: string } {
  if (a.outcome !== 'fixed') return { outcome: a.outcome, success: false, ...(a.reason ? { reason: a.reason } : {}) }
  if (!d || d.kind === 'none')
    return { outcome: 'not-delivered', success: false, reason: d?.notes.at(-1) ?? 'the fix was not delivered' }
  if (d.kind === 'refused')
    return { outcome: 'refused', success: false, reason: d.refusals.map((r) => r.message.split('\n')[0]).join('; ') }
  return { outcome: 'fixed', success: true }
}

export function historyEntries(input: HistoryInput): HistoryAppend[] {
  const timestamp = (input.now ?? new Date()).toISOString()
  const d = input.delivery
  return input.attempts.map((a) => {
    const r = recordedOutcome(a, d)
    const delivered = r.success
      ? (d?.pullRequest?.url ?? (d?.kind === 'push' ? `push to ${d.branch}` : undefined))
      : undefined
    const entry: HistoryAppend = {
      timestamp,
      pattern_id: a.pattern,
      success: r.success,
      rollback: a.outcome === 'rolled-back',
      strategy: a.strategy,
      outcome: r.outcome,
      ...(r.reason ? { reason: r.reason.slice(0, 500) } : {}),
      duration_ms: Math.max(0, Math.round(a.durationMs)),
      files_changed: r.success ? (d?.filesChanged ?? a.filesChanged) : a.filesChanged,
      lines_changed: r.success ? (d?.linesChanged ?? a.linesChanged) : a.linesChanged,
      validations: a.validations.map((v) => ({ command: v.command, code: v.code, passed: v.passed })),
      ...(r.success && d?.commit ? { commit: d.commit } : {}),
      ...(d?.pullRequest && r.success ? { pr_url: d.pullRequest.url } : {}),
      ...(a.outcome === 'report-only' && d?.reportUrl ? { pr_url: d.reportUrl } : {}),
      branch: input.branch,
      head_sha: input.headSha,
      hee_context: {
        ...(input.capsuleVersion === undefined ? {} : { state_capsule_version: String(input.capsuleVersion) }),
        decision_impact: r.success
          ? `fixed, delivered as ${delivered}`
          : `${r.outcome}${r.reason ? `: ${r.reason}` : ''}`.slice(0, 300),
        context_preservation: true
      }
    }
    return entry
  })
}

/**
 * degraded → operational when every failure of the run was fixed: each fix held and was
 * delivered. A failure left alone (a failing assertion beside a fixed lint error) or a fix
 * rolled back keeps the capsule degraded: CI is not green until a person acts, and the next
 * monitor run moves it on when that failure recovers.
 */
export function statusAfter(current: CapsuleStatus, entries: readonly HistoryAppend[]): CapsuleStatus {
  return current === 'degraded' && entries.length > 0 && entries.every((e) => e.success) ? 'operational' : current
}
