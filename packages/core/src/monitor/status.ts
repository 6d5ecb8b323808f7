/**
 * The spec's state transitions driven by what the monitor found. The status follows the
 * open incidents: none → operational; some → degraded ("Failures Detected"); a critical one,
 * or failures that persist → failed ("Critical Failure"). Recovery walks back along the
 * diagram ("Partial Recovery", "Full Recovery"). Maintenance is left alone: it is set and
 * ended by people.
 */
import type { CapsuleStatus, Incident } from '../capsule/types.js'
import { pathTo } from '../capsule/state-machine.js'
import { atLeast, isSeverity, type Severity } from '../severity.js'

export interface StatusPolicy {
  /** Consecutive failed runs after which the status is `failed` (default 3). */
  failedAfter: number
  /** An open incident at least this severe makes the status `failed` (default critical). */
  failOnSeverity: Severity
}

export const DEFAULT_STATUS_POLICY: StatusPolicy = { failedAfter: 3, failOnSeverity: 'critical' }

export interface StatusDecision {
  from: CapsuleStatus
  to: CapsuleStatus
  /** Every status passed through, `from` first, `to` last (legal steps of the diagram). */
  path: CapsuleStatus[]
  reason: string
}

/** Decides the next status from the open incidents and the run of failures. */
export function decideStatus(
  current: CapsuleStatus,
  incidents: Record<string, Incident>,
  consecutiveFailures: number,
  policy: StatusPolicy = DEFAULT_STATUS_POLICY
): StatusDecision {
  const open = Object.values(incidents)
  if (current === 'maintenance') {
    return { from: current, to: current, path: [current], reason: 'in maintenance: status is left to people' }
  }
  let to: CapsuleStatus
  let reason: string
  const severe = open.find((i) => isSeverity(i.severity) && atLeast(i.severity, policy.failOnSeverity))
  if (open.length === 0) {
    to = 'operational'
    reason = current === 'operational' ? 'no open failures' : 'every open failure recovered'
  } else if (severe) {
    to = 'failed'
    reason = `${severe.severity} failure open: ${severe.workflow} ${severe.pattern}`
  } else if (consecutiveFailures >= policy.failedAfter) {
    to = 'failed'
    reason = `${consecutiveFailures} failed runs in a row (limit ${policy.failedAfter})`
  } else {
    to = 'degraded'
    reason = `${open.length} open failure(s)`
  }
  return { from: current, to, path: pathTo(current, to), reason }
}
