import { describe, expect, it } from 'vitest'
import type { Incident } from '../../../packages/core/src/capsule/types.js'
import { DEFAULT_MATRIX } from '../../../packages/core/src/alerts/escalation.js'
import {
  UNCLASSIFIED_PATTERN,
  incidentKey,
  trackIncidents,
  withIssueNumbers,
  type IncidentFinding,
  type TrackInput
} from '../../../packages/core/src/alerts/incidents.js'

const T0 = new Date('2025-03-01T10:00:00.000Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)

const testFailure: IncidentFinding = {
  pattern: 'PAT-002',
  name: 'Test failure',
  severity: 'high',
  line: 812,
  excerpt: 'FAIL src/sum.test.ts > adds\nAssertionError: expected 3 to be 4\n ❯ src/sum.test.ts:7:17',
  file: 'src/sum.test.ts',
  fileLine: 7,
  step: 'Run tests',
  job: 'test'
}

function run(
  previous: Record<string, Incident>,
  runId: number,
  minutes: number,
  conclusion: TrackInput['conclusion'],
  findings: IncidentFinding[] = [testFailure]
) {
  return trackIncidents({
    previous,
    repository: 'acme/app',
    workflow: 'CI',
    runId,
    runUrl: `https://github.com/acme/app/actions/runs/${runId}`,
    conclusion,
    findings: conclusion === 'success' ? [] : findings,
    now: at(minutes),
    matrix: DEFAULT_MATRIX
  })
}

describe('trackIncidents', () => {
  it('closes the incidents of a run whose re-run (attempt 2) succeeds, and ignores that attempt the second time', () => {
    const failed = run({}, 300, 0, 'failure')
    const rerun = trackIncidents({
      previous: failed.incidents,
      workflow: 'CI',
      runId: 300,
      runAttempt: 2,
      conclusion: 'success',
      findings: [],
      now: at(3),
      matrix: DEFAULT_MATRIX
    })
    expect(rerun.alerts.map((a) => a.kind)).toEqual(['fixed'])
    expect(rerun.incidents).toEqual({})
    const again = trackIncidents({
      previous: failed.incidents,
      workflow: 'CI',
      runId: 300,
      runAttempt: 1,
      conclusion: 'success',
      findings: [],
      now: at(4),
      matrix: DEFAULT_MATRIX
    })
    expect(again.alerts).toEqual([])
  })

  it('walks broke → suppressed inside the window → re-alerted after it → fixed', () => {
    const r1 = run({}, 100, 0, 'failure')
    expect(r1.alerts.map((a) => a.kind)).toEqual(['broke'])
    const key = incidentKey('CI', 'PAT-002')
    expect(r1.incidents[key]).toEqual({
      workflow: 'CI',
      pattern: 'PAT-002',
      severity: 'high',
      since: T0.toISOString(),
      first_run_id: 100,
      last_run_id: 100,
      runs: 1,
      last_alert_at: T0.toISOString()
    })
    const broke = r1.alerts[0]!
    expect(broke.title).toBe('CI broke: Test failure')
    expect(broke.evidence).toMatchObject({
      file: 'src/sum.test.ts',
      line: 7,
      logLine: 812,
      step: 'Run tests',
      job: 'test'
    })
    expect(broke.summary).not.toContain('\n')
    expect(broke.runUrl).toBe('https://github.com/acme/app/actions/runs/100')

    const r2 = run(r1.incidents, 101, 3, 'failure')
    expect(r2.alerts).toEqual([])
    expect(r2.incidents[key]).toMatchObject({ runs: 2, last_run_id: 101, last_alert_at: T0.toISOString() })

    const r3 = run(r2.incidents, 102, 6, 'failure')
    expect(r3.alerts).toHaveLength(1)
    expect(r3.alerts[0]).toMatchObject({
      kind: 'still-failing',
      runs: 3,
      since: T0.toISOString(),
      title: 'CI still failing: Test failure (3 runs)'
    })
    expect(r3.incidents[key]).toMatchObject({ runs: 3, last_alert_at: at(6).toISOString() })

    const r4 = run(r3.incidents, 103, 7, 'success')
    expect(r4.alerts).toHaveLength(1)
    expect(r4.alerts[0]).toMatchObject({
      kind: 'fixed',
      pattern: 'PAT-002',
      patternName: 'Test failure',
      runs: 3,
      runId: 103
    })
    expect(r4.incidents).toEqual({})
  })

  it('changes nothing and emits nothing when the same run is analysed twice', () => {
    const r1 = run({}, 100, 0, 'failure')
    const again = run(r1.incidents, 100, 30, 'failure')
    expect(again.alerts).toEqual([])
    expect(again.incidents).toEqual(r1.incidents)
    const older = run(r1.incidents, 99, 30, 'success')
    expect(older.alerts).toEqual([])
    expect(older.incidents).toEqual(r1.incidents)
  })

  it('emits nothing for a success when nothing was failing, or for a cancelled run', () => {
    expect(run({}, 1, 0, 'success')).toEqual({ incidents: {}, alerts: [] })
    const r1 = run({}, 1, 0, 'failure')
    expect(run(r1.incidents, 2, 100, 'cancelled')).toEqual({ incidents: r1.incidents, alerts: [] })
  })

  it('does not modify the previous map', () => {
    const r1 = run({}, 1, 0, 'failure')
    const frozen = structuredClone(r1.incidents)
    run(r1.incidents, 2, 100, 'failure')
    run(r1.incidents, 3, 100, 'success')
    expect(r1.incidents).toEqual(frozen)
  })

  it('tracks each pattern separately and keeps incidents of other workflows', () => {
    const other: Incident = {
      workflow: 'Release',
      pattern: 'PAT-001',
      severity: 'critical',
      since: T0.toISOString(),
      first_run_id: 5,
      last_run_id: 500,
      runs: 1
    }
    const lint: IncidentFinding = {
      pattern: 'PAT-007',
      name: 'Lint or format violation',
      severity: 'medium',
      line: 3,
      excerpt: 'src/a.ts:1:1 error no-unused-vars'
    }
    const r1 = run({ 'Release::PAT-001': other }, 100, 0, 'failure', [testFailure, lint, { ...testFailure, line: 900 }])
    expect(r1.alerts.map((a) => [a.kind, a.pattern])).toEqual([
      ['broke', 'PAT-002'],
      ['broke', 'PAT-007']
    ])
    expect(r1.alerts[0]!.evidence?.logLine).toBe(812)
    // Lint fixed, tests still failing: lint stays open (an earlier failure can hide it).
    const r2 = run(r1.incidents, 101, 20, 'failure', [testFailure])
    expect(r2.alerts.map((a) => [a.kind, a.pattern])).toEqual([['still-failing', 'PAT-002']])
    expect(r2.incidents['CI::PAT-007']).toEqual(r1.incidents['CI::PAT-007'])
    const r3 = run(r2.incidents, 102, 21, 'success')
    expect(r3.alerts.map((a) => [a.kind, a.pattern]).sort()).toEqual([
      ['fixed', 'PAT-002'],
      ['fixed', 'PAT-007']
    ])
    expect(r3.incidents).toEqual({ 'Release::PAT-001': other })
  })

  it('opens an unclassified incident for a failed run without findings', () => {
    const r = run({}, 7, 0, 'failure', [])
    expect(Object.keys(r.incidents)).toEqual([incidentKey('CI', UNCLASSIFIED_PATTERN)])
    expect(r.alerts[0]).toMatchObject({ kind: 'broke', severity: 'high', patternName: 'Unclassified failure' })
  })

  it('uses the severity window: critical re-alerts after 5 minutes, low after an hour', () => {
    const crit: IncidentFinding = {
      ...testFailure,
      pattern: 'PAT-001',
      name: 'Compilation failure',
      severity: 'critical'
    }
    const c1 = run({}, 1, 0, 'failure', [crit])
    expect(run(c1.incidents, 2, 4, 'failure', [crit]).alerts).toEqual([])
    expect(run(c1.incidents, 2, 5, 'failure', [crit]).alerts).toHaveLength(1)
    const low: IncidentFinding = { ...testFailure, pattern: 'PAT-008', name: 'Infrastructure flake', severity: 'low' }
    const l1 = run({}, 1, 0, 'failure', [low])
    expect(run(l1.incidents, 2, 59, 'failure', [low]).alerts).toEqual([])
    expect(run(l1.incidents, 2, 60, 'failure', [low]).alerts).toHaveLength(1)
  })

  it('carries a stored issue number into later alerts', () => {
    const r1 = run({}, 1, 0, 'failure')
    const withIssue = withIssueNumbers(r1.incidents, new Map([[incidentKey('CI', 'PAT-002'), 42]]))
    expect(withIssue['CI::PAT-002']!.issue_number).toBe(42)
    expect(run(withIssue, 2, 10, 'failure').alerts[0]!.issueNumber).toBe(42)
    expect(run(withIssue, 2, 10, 'success').alerts[0]!.issueNumber).toBe(42)
  })
})
