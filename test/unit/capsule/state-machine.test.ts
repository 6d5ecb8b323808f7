import { describe, expect, it } from 'vitest'
import {
  STATUS_TRANSITIONS,
  assertTransition,
  canTransition,
  nextStates,
  pathTo
} from '../../../packages/core/src/capsule/state-machine.js'
import { CAPSULE_STATUSES } from '../../../packages/core/src/capsule/types.js'
import type { CapsuleStatus } from '../../../packages/core/src/capsule/types.js'
import { heeError } from './fixtures.js'

// The arrows of the spec's diagram, transcribed independently of the implementation.
const DIAGRAM = `
Operational --> Degraded: Failures Detected
Degraded --> Operational: Auto-Fix Successful
Degraded --> Failed: Critical Failure
Failed --> Degraded: Partial Recovery
Failed --> Operational: Full Recovery
Operational --> Maintenance: Scheduled Update
Maintenance --> Operational: Update Complete
Degraded --> Maintenance: Manual Intervention`
const ARROWS = DIAGRAM.trim()
  .split('\n')
  .map((l) => {
    const m = /^(\w+) --> (\w+): (.+)$/.exec(l)!
    return { from: m[1]!.toLowerCase() as CapsuleStatus, to: m[2]!.toLowerCase() as CapsuleStatus, event: m[3]! }
  })

const PAIRS = CAPSULE_STATUSES.flatMap((from) => CAPSULE_STATUSES.map((to) => [from, to] as const))

describe('status state machine', () => {
  it('holds exactly the arrows of the spec diagram with their labels', () => {
    expect(STATUS_TRANSITIONS).toEqual(ARROWS)
  })

  it.each(PAIRS)('decides %s → %s as the diagram does', (from, to) => {
    const legal = from === to || ARROWS.some((a) => a.from === from && a.to === to)
    expect(canTransition(from, to)).toBe(legal)
    if (legal) expect(() => assertTransition(from, to)).not.toThrow()
    else {
      const e = heeError(() => assertTransition(from, to))
      expect(e.code).toBe('capsule.transition')
      expect(e.message).toContain(`illegal status transition ${from} → ${to}`)
    }
  })

  it('names the allowed next states in the error', () => {
    expect(heeError(() => assertTransition('operational', 'failed')).message).toBe(
      'illegal status transition operational → failed; from operational the allowed next states are: degraded, maintenance'
    )
    expect(nextStates('maintenance')).toEqual(['operational'])
  })

  it.each(PAIRS)('finds a shortest legal path %s → %s', (from, to) => {
    const path = pathTo(from, to)
    expect(path[0]).toBe(from)
    expect(path.at(-1)).toBe(to)
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true)
    // Shortest: no single arrow leads from the start to the end when the path is longer than one step.
    if (path.length > 2) expect(canTransition(from, to)).toBe(false)
    if (from === to) expect(path).toEqual([from])
  })

  it('routes operational → failed through degraded', () => {
    expect(pathTo('operational', 'failed')).toEqual(['operational', 'degraded', 'failed'])
    expect(pathTo('failed', 'maintenance')).toEqual(['failed', 'degraded', 'maintenance'])
  })
})
