import { HeeError } from '../errors.js'
import { CAPSULE_STATUSES } from './types.js'
import type { CapsuleStatus } from './types.js'

/** One arrow of the spec's state diagram ("State Transition Workflow"). */
export interface StatusTransition {
  from: CapsuleStatus
  to: CapsuleStatus
  /** The arrow's label in the spec's diagram. */
  event: string
}

/** `[*] --> Operational`: where a new capsule starts. */
export const INITIAL_STATUS: CapsuleStatus = 'operational'

/** The spec's diagram, arrow for arrow and in its order; nothing else is legal. */
export const STATUS_TRANSITIONS: readonly StatusTransition[] = [
  { from: 'operational', to: 'degraded', event: 'Failures Detected' },
  { from: 'degraded', to: 'operational', event: 'Auto-Fix Successful' },
  { from: 'degraded', to: 'failed', event: 'Critical Failure' },
  { from: 'failed', to: 'degraded', event: 'Partial Recovery' },
  { from: 'failed', to: 'operational', event: 'Full Recovery' },
  { from: 'operational', to: 'maintenance', event: 'Scheduled Update' },
  { from: 'maintenance', to: 'operational', event: 'Update Complete' },
  { from: 'degraded', to: 'maintenance', event: 'Manual Intervention' }
]

/** States reachable in one step from `from`, in the diagram's order. */
export function nextStates(from: CapsuleStatus): CapsuleStatus[] {
  return STATUS_TRANSITIONS.filter((t) => t.from === from).map((t) => t.to)
}

/** True when `from → to` is an arrow of the diagram, or `from === to` (staying put is a no-op). */
export function canTransition(from: CapsuleStatus, to: CapsuleStatus): boolean {
  return from === to || STATUS_TRANSITIONS.some((t) => t.from === from && t.to === to)
}

/** Throws `capsule.transition` naming the allowed next states when `from → to` is not legal. */
export function assertTransition(from: CapsuleStatus, to: CapsuleStatus): void {
  if (canTransition(from, to)) return
  throw new HeeError(
    'capsule.transition',
    `illegal status transition ${from} → ${to}; from ${from} the allowed next states are: ${nextStates(from).join(', ')}`,
    { hint: `go through ${pathTo(from, to).slice(1, -1).join(' → ')} first` }
  )
}

/**
 * Shortest legal path from `from` to `to`, both included (`[from]` when equal), for a caller
 * that must record intermediate states, e.g. operational → degraded → failed.
 */
export function pathTo(from: CapsuleStatus, to: CapsuleStatus): CapsuleStatus[] {
  const previous = new Map<CapsuleStatus, CapsuleStatus | null>([[from, null]])
  const queue: CapsuleStatus[] = [from]
  while (queue.length > 0) {
    const s = queue.shift() as CapsuleStatus
    if (s === to) break
    for (const n of nextStates(s)) {
      if (!previous.has(n)) {
        previous.set(n, s)
        queue.push(n)
      }
    }
  }
  if (!previous.has(to)) throw new Error(`state diagram has no path ${from} → ${to}`) // a bug: the diagram is strongly connected
  const path: CapsuleStatus[] = []
  for (let s: CapsuleStatus | null = to; s !== null; s = previous.get(s) ?? null) path.unshift(s)
  return path
}

/** True for one of the four statuses. */
export function isCapsuleStatus(v: unknown): v is CapsuleStatus {
  return typeof v === 'string' && (CAPSULE_STATUSES as readonly string[]).includes(v)
}
