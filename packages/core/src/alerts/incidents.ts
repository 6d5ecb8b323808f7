/**
 * Edge-triggered alerting from stored state. A pure function of the previous incidents and
 * one analysed run: no I/O, no clock of its own, so the same input always gives the same
 * alerts and re-analysing a run is harmless.
 */
import type { Incident } from '../capsule/types.js'
import { isFailedRun, type RunConclusion } from '../conclusions.js'
import { isSeverity, type Severity } from '../severity.js'
import { PATTERN_NAMES, composeAlert } from './compose.js'
import { realertWindowMs, type EscalationMatrix } from './escalation.js'
import type { Alert, AlertEvidence } from './types.js'

export type { RunConclusion }

/** One classified failure in the run, most significant first (as the monitor reports them). */
export interface IncidentFinding {
  pattern: string
  name: string
  severity: Severity
  /** Line of the job log. */
  line: number
  excerpt: string
  step?: string
  job?: string
  /** Source file and line the evidence names, as the classifier located them. */
  file?: string
  fileLine?: number
}

export interface TrackInput {
  previous: Record<string, Incident>
  /** `owner/name`, shown in alerts. */
  repository?: string
  workflow: string
  /**
   * The branch the run belongs to (`owner/fork:branch` for a fork's): only incidents of this
   * branch are opened, escalated or closed by it. Default: the branch of incidents without one.
   */
  branch?: string
  runId: number
  /** Attempt of the run (default 1): a re-run of a counted run is new information. */
  runAttempt?: number
  runUrl?: string
  conclusion: RunConclusion
  findings: readonly IncidentFinding[]
  now: Date
  matrix: EscalationMatrix
  /** Pattern id → name of the catalogue in use (default: the built-in patterns' names). */
  patternNames?: Readonly<Record<string, string>>
}

export interface TrackResult {
  /** The new open incidents (a new object; `previous` is not modified). */
  incidents: Record<string, Incident>
  alerts: Alert[]
}

/** Pattern used when a run failed but no finding explains it. */
export const UNCLASSIFIED_PATTERN = 'UNCLASSIFIED'

/** Key of an incident in `MonitoringState.incidents`: `workflow::pattern::branch` (no branch: `workflow::pattern`). */
export function incidentKey(workflow: string, pattern: string, branch?: string): string {
  return branch === undefined ? `${workflow}::${pattern}` : `${workflow}::${pattern}::${branch}`
}

/**
 * Incidents stored before they were keyed by branch (`workflow::pattern`) moved to
 * `workflow::pattern::<branch>` of `branch` (the default branch, which was the only one that
 * could open them on purpose). Returns the same object when nothing needed moving.
 */
export function migrateIncidentKeys(incidents: Record<string, Incident>, branch: string): Record<string, Incident> {
  if (Object.values(incidents).every((i) => i.branch !== undefined)) return incidents
  const out: Record<string, Incident> = {}
  for (const [key, inc] of Object.entries(incidents)) {
    if (inc.branch !== undefined) {
      out[key] = inc
      continue
    }
    const moved = { ...inc, branch }
    out[incidentKey(inc.workflow, inc.pattern, branch)] = moved
  }
  return out
}

function evidenceOf(f: IncidentFinding): AlertEvidence {
  const e: AlertEvidence = { logLine: f.line }
  if (f.file) {
    e.file = f.file
    if (f.fileLine !== undefined) e.line = f.fileLine
  } else {
    e.line = f.line
  }
  if (f.excerpt) e.excerpt = f.excerpt
  if (f.step) e.step = f.step
  if (f.job) e.job = f.job
  return e
}

function severityOf(i: Incident): Severity {
  return isSeverity(i.severity) ? i.severity : 'high'
}

/**
 * Updates the open incidents with one analysed run and returns the alerts that are due:
 * - a pattern failing for the first time → `broke`;
 * - a pattern still failing → `runs` + 1, and `still-failing` only once its severity's
 *   re-alert window has passed since `last_alert_at`;
 * - a successful run of a workflow with open incidents → `fixed` for each, and they close;
 * - a run already counted (a newer run, or this run at the same or a later attempt, on one of the workflow's incidents) or
 *   neither failed nor succeeded (cancelled, skipped, …) → no change, no alerts.
 * Open incidents of the workflow that this failing run does not show stay open untouched:
 * an earlier step failing can hide them, so their absence is not a fix.
 */
export function trackIncidents(input: TrackInput): TrackResult {
  const { previous, workflow, runId, now, matrix, branch } = input
  const repository = input.repository ?? ''
  const mine = Object.entries(previous).filter(([, i]) => i.workflow === workflow && i.branch === branch)
  const unchanged: TrackResult = { incidents: { ...previous }, alerts: [] }

  const attempt = input.runAttempt ?? 1
  const counted = (i: Incident) =>
    i.last_run_id > runId || (i.last_run_id === runId && (i.last_run_attempt ?? 1) >= attempt)
  if (mine.some(([, i]) => counted(i))) return unchanged

  const nowIso = now.toISOString()
  const common = {
    repository,
    workflow,
    runId,
    ...(input.runUrl ? { runUrl: input.runUrl } : {}),
    ...(branch !== undefined ? { branch } : {})
  }

  if (input.conclusion === 'success') {
    if (mine.length === 0) return unchanged
    const incidents = { ...previous }
    const alerts: Alert[] = []
    for (const [key, inc] of mine) {
      delete incidents[key]
      const severity = severityOf(inc)
      alerts.push(
        composeAlert({
          ...common,
          kind: 'fixed',
          severity,
          pattern: inc.pattern,
          patternName: (input.patternNames ?? PATTERN_NAMES)[inc.pattern] ?? inc.pattern,
          runs: inc.runs,
          since: inc.since,
          realertMs: realertWindowMs(matrix, severity),
          ...(inc.issue_number !== undefined ? { issueNumber: inc.issue_number } : {})
        })
      )
    }
    return { incidents, alerts }
  }

  if (!isFailedRun(input.conclusion)) return unchanged

  // One finding per pattern: the first, which the monitor ranks most significant.
  const byPattern = new Map<string, IncidentFinding>()
  for (const f of input.findings) if (!byPattern.has(f.pattern)) byPattern.set(f.pattern, f)
  if (byPattern.size === 0) {
    byPattern.set(UNCLASSIFIED_PATTERN, {
      pattern: UNCLASSIFIED_PATTERN,
      name: 'Unclassified failure',
      severity: 'high',
      line: 0,
      excerpt: ''
    })
  }

  const incidents = { ...previous }
  const alerts: Alert[] = []
  for (const [pattern, f] of byPattern) {
    const key = incidentKey(workflow, pattern, branch)
    const old = previous[key]
    const severity = f.severity
    const window = realertWindowMs(matrix, severity)
    const evidence = f.line > 0 || f.excerpt ? evidenceOf(f) : undefined
    const base = {
      ...common,
      severity,
      pattern,
      patternName: f.name,
      realertMs: window,
      ...(evidence ? { evidence } : {})
    }
    if (!old) {
      incidents[key] = {
        workflow,
        pattern,
        ...(branch !== undefined ? { branch } : {}),
        severity,
        since: nowIso,
        first_run_id: runId,
        last_run_id: runId,
        ...(attempt > 1 ? { last_run_attempt: attempt } : {}),
        runs: 1,
        last_alert_at: nowIso
      }
      alerts.push(composeAlert({ ...base, kind: 'broke', runs: 1, since: nowIso }))
      continue
    }
    const runs = old.runs + 1
    const last = old.last_alert_at ? Date.parse(old.last_alert_at) : Number.NaN
    const due = Number.isNaN(last) || now.getTime() - last >= window
    incidents[key] = {
      ...old,
      severity,
      last_run_id: runId,
      ...(attempt > 1 ? { last_run_attempt: attempt } : {}),
      runs,
      ...(due ? { last_alert_at: nowIso } : {})
    }
    if (due) {
      alerts.push(
        composeAlert({
          ...base,
          kind: 'still-failing',
          runs,
          since: old.since,
          ...(old.issue_number !== undefined ? { issueNumber: old.issue_number } : {})
        })
      )
    }
  }
  return { incidents, alerts }
}

/** Stores issue numbers reported by the GitHub issue channel into the incidents they belong to. */
export function withIssueNumbers(
  incidents: Record<string, Incident>,
  issues: ReadonlyMap<string, number>
): Record<string, Incident> {
  const out = { ...incidents }
  for (const [key, number] of issues) {
    const inc = out[key]
    if (inc && inc.issue_number !== number) out[key] = { ...inc, issue_number: number }
  }
  return out
}
