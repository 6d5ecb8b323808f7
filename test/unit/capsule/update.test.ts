import { describe, expect, it } from 'vitest'
import { capsuleDigest } from '../../../packages/core/src/capsule/canonical.js'
import { parseKey } from '../../../packages/core/src/capsule/keys.js'
import { signCapsule } from '../../../packages/core/src/capsule/sign.js'
import { applyUpdate, createCapsule, parseUpdate } from '../../../packages/core/src/capsule/update.js'
import { checkSuccession } from '../../../packages/core/src/capsule/validate.js'
import { NOW, fresh, heeError } from './fixtures.js'

const LATER = new Date('2024-05-01T13:00:00.000Z')
const LATEST = new Date('2024-05-01T14:00:00.000Z')

describe('createCapsule', () => {
  it('starts at version 1, operational since now, with an empty history', () => {
    const c = createCapsule({ repository: 'octo/hello-world', workflow: 'CI', runId: 7, now: NOW })
    expect(c).toEqual({
      schema: 'hee.capsule/v1',
      version: 1,
      previous_digest: null,
      repository: 'octo/hello-world',
      workflow: 'CI',
      run_id: 7,
      updated_at: NOW.toISOString(),
      body: {
        monitoring_state: { current_status: 'operational', status_since: NOW.toISOString(), consecutive_failures: 0 },
        auto_fix_history: []
      }
    })
  })

  it('refuses a repository that is not owner/name', () => {
    expect(heeError(() => createCapsule({ repository: 'nope', workflow: 'CI', runId: 1, now: NOW })).code).toBe(
      'capsule.schema'
    )
  })
})

describe('applyUpdate', () => {
  it('returns a new chained version and never mutates the previous one', () => {
    const v1 = fresh()
    const before = structuredClone(v1)
    const v2 = applyUpdate(
      v1,
      { status: 'degraded', last_run_id: 101 },
      { now: LATER, runId: 101, workflow: 'Nightly' }
    )
    expect(v1).toEqual(before)
    expect(v2).toMatchObject({
      version: 2,
      previous_digest: capsuleDigest(v1),
      run_id: 101,
      workflow: 'Nightly',
      updated_at: LATER.toISOString()
    })
    expect(v2.body.monitoring_state).toMatchObject({
      current_status: 'degraded',
      status_since: LATER.toISOString(),
      last_run_id: 101
    })
  })

  it('appends without touching the previous version and shares no mutable state but history entries', () => {
    const v1 = applyUpdate(
      fresh(),
      { append_history: [{ pattern_id: 'PAT-001', success: true }], monitoring: { seen_jobs: ['1:1:1'] } },
      { now: LATER }
    )
    const before = structuredClone(v1)
    const v2 = applyUpdate(v1, { append_history: [{ pattern_id: 'PAT-002', success: false }] }, { now: LATEST })
    expect(v1).toEqual(before)
    expect(v2.body.auto_fix_history.map((e) => e.pattern_id)).toEqual(['PAT-001', 'PAT-002'])
    expect(v2.body.auto_fix_history).not.toBe(v1.body.auto_fix_history)
    v2.body.auto_fix_history.push({ timestamp: LATEST.toISOString(), pattern_id: 'PAT-003', success: true })
    v2.body.monitoring_state.seen_jobs!.push('2:2:2')
    expect(v1).toEqual(before)
    const v3 = applyUpdate(v1, {}, { now: LATEST })
    expect(v3.body.auto_fix_history).not.toBe(v1.body.auto_fix_history)
    expect(v3.body.auto_fix_history).toEqual(v1.body.auto_fix_history)
    expect(Object.keys(v3)).toEqual(Object.keys(v1))
    expect(Object.keys(v3.body)).toEqual(Object.keys(v1.body))
  })

  it('updates status_since only when the status changes', () => {
    const v2 = applyUpdate(fresh(), { status: 'degraded' }, { now: LATER })
    const v3 = applyUpdate(v2, { status: 'degraded' }, { now: LATEST })
    expect(v3.body.monitoring_state.status_since).toBe(LATER.toISOString())
    const v4 = applyUpdate(v3, { status: 'failed' }, { now: LATEST })
    expect(v4.body.monitoring_state.status_since).toBe(LATEST.toISOString())
  })

  it('refuses a status change the diagram does not allow', () => {
    const e = heeError(() => applyUpdate(fresh(), { status: 'failed' }, { now: LATER }))
    expect(e.code).toBe('capsule.transition')
    expect(e.message).toContain('operational → failed')
  })

  it('drops the signature of the previous version', () => {
    const signed = signCapsule(fresh(), parseKey('0123456789abcdef0123456789abcdef'))
    const v2 = applyUpdate(signed, {}, { now: LATER })
    expect(v2.signature).toBeUndefined()
    expect(v2.previous_digest).toBe(capsuleDigest(signed))
  })

  it('appends history with default timestamps, then compacts to the limit', () => {
    let c = fresh()
    for (let i = 0; i < 5; i++)
      c = applyUpdate(
        c,
        { append_history: [{ pattern_id: `PAT-00${(i % 2) + 1}`, success: i % 2 === 0 }] },
        { now: LATER, historyLimit: 3 }
      )
    expect(c.body.auto_fix_history).toHaveLength(3)
    expect(c.body.auto_fix_history[0]!.timestamp).toBe(LATER.toISOString())
    expect(c.body.history_summary).toEqual({
      compacted_entries: 2,
      oldest_timestamp: LATER.toISOString(),
      by_pattern: {
        'PAT-001': { attempts: 1, successes: 1, rollbacks: 0 },
        'PAT-002': { attempts: 1, successes: 0, rollbacks: 0 }
      }
    })
  })

  it('merges metrics and monitoring fields rather than replacing them', () => {
    const v2 = applyUpdate(
      fresh(),
      { coverage_metrics: { line: 80, branch: 60 }, monitoring: { consecutive_failures: 2, seen_jobs: ['1:1:1'] } },
      { now: LATER }
    )
    const v3 = applyUpdate(
      v2,
      { coverage_metrics: { line: 85 }, monitoring: { pattern_counts: { 'PAT-002': 1 } } },
      { now: LATER }
    )
    expect(v3.body.monitoring_state.coverage_metrics).toEqual({ line: 85, branch: 60 })
    expect(v3.body.monitoring_state).toMatchObject({
      consecutive_failures: 2,
      seen_jobs: ['1:1:1'],
      pattern_counts: { 'PAT-002': 1 }
    })
  })

  it('validates the result against the schema', () => {
    const e = heeError(() => applyUpdate(fresh(), { hee_specific: { spec_coverage: 150 } }, { now: LATER }))
    expect(e.code).toBe('capsule.schema')
    expect(e.message).toContain('/body/monitoring_state/hee_specific/spec_coverage')
  })

  it('builds a chain v1 → v2 → v3 that passes succession and refuses replays and forgeries', () => {
    const v1 = fresh()
    const v2 = applyUpdate(v1, { status: 'degraded' }, { now: LATER })
    const v3 = applyUpdate(v2, { status: 'operational' }, { now: LATEST })
    expect(checkSuccession(v1, v2)).toEqual({ linked: true })
    expect(checkSuccession(v2, v3)).toEqual({ linked: true })
    expect(checkSuccession(v1, v3)).toEqual({ linked: false })
    expect(heeError(() => checkSuccession(v3, v2)).code).toBe('capsule.replay')
    const forged = { ...v3, previous_digest: `sha256:${'0'.repeat(64)}` }
    expect(heeError(() => checkSuccession(v2, forged)).code).toBe('capsule.chain')
    const otherBranch = applyUpdate(v1, { status: 'maintenance' }, { now: LATER })
    expect(heeError(() => checkSuccession(otherBranch, v3)).code).toBe('capsule.chain')
  })
})

describe('parseUpdate', () => {
  it('accepts a full update', () => {
    const u = {
      status: 'degraded',
      last_run_id: 5,
      coverage_metrics: { line: 1 },
      hee_specific: { spec_coverage: 50 },
      append_history: [
        { pattern_id: 'PAT-002', success: false, rollback: true, hee_context: { decision_impact: 'low' } }
      ],
      monitoring: {
        consecutive_failures: 1,
        pattern_counts: { 'PAT-002': 1 },
        incidents: {
          'CI::PAT-002': {
            workflow: 'CI',
            pattern: 'PAT-002',
            severity: 'high',
            since: NOW.toISOString(),
            first_run_id: 1,
            last_run_id: 1,
            runs: 1
          }
        },
        seen_jobs: ['1:2:1']
      }
    }
    expect(parseUpdate(u)).toEqual(u)
  })

  it.each<[unknown, string]>([
    [{ status: 'broken' }, 'status:'],
    [{ append_history: [{ pattern_id: 'PAT-002', success: 'yes' }] }, 'append_history[0].success:'],
    [{ append_history: [{ pattern_id: 'PAT-002', success: true, timestamp: 'now' }] }, 'append_history[0].timestamp:'],
    [{ monitoring: { consecutive_failures: -1 } }, 'monitoring.consecutive_failures:'],
    [{ hee_specific: { spec_coverage: 101 } }, 'hee_specific.spec_coverage:'],
    [{ stauts: 'degraded' }, 'unknown field(s) stauts'],
    ['text', '(update)']
  ])('names the bad field of %j', (input, expected) => {
    const e = heeError(() => parseUpdate(input))
    expect(e.code).toBe('capsule.update')
    expect(e.message).toContain(expected)
  })
})
