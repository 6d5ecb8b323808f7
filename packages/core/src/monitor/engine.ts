/**
 * The monitoring engine: picks the runs a trigger asks for, analyses each one once, turns
 * the findings into incidents, edge-triggered alerts and a status along the spec's state
 * diagram, and returns the capsule update that records it all. No I/O of its own: the runs
 * reader and the alert channels are passed in.
 */
import { tokenExpiryAlert } from '../alerts/compose.js'
import { dispatchAlerts, type DispatchResult } from '../alerts/dispatch.js'
import type { EscalationMatrix } from '../alerts/escalation.js'
import { migrateIncidentKeys, trackIncidents, withIssueNumbers, type IncidentFinding } from '../alerts/incidents.js'
import type { Alert, Channel } from '../alerts/types.js'
import type { CapsuleUpdate, Incident, MonitoringState } from '../capsule/types.js'
import { isFailedRun, type RunConclusion } from '../conclusions.js'
import { ConfigurationError } from '../errors.js'
import type { RunsReader, WorkflowRunInfo } from '../github/runs.js'
import { severityRank, type Severity } from '../severity.js'
import { analyzeRun, patternNamesOf, type RunAnalysis } from './analyze-run.js'
import { LastGreen } from './last-green.js'
import type { Catalogue } from '../diagnosis/pattern-types.js'
import { decideStatus, DEFAULT_STATUS_POLICY, type StatusDecision, type StatusPolicy } from './status.js'

/** Which runs to look at. */
export type MonitorTrigger =
  /** One run: the `workflow_run` that triggered us, or a `run-id` given by hand. */
  | {
      kind: 'run'
      runId: number
      /**
       * Asked for by a person (`workflow_dispatch` with `run-id`, `hee monitor --run-id`): a run
       * already counted is analysed again for its findings, but changes no counter, incident
       * or alert.
       */
      reread?: boolean
    }
  /** Every completed run since the capsule's `last_run_id` (the hourly schedule). */
  | { kind: 'since-last' }
  /** The newest completed run of each watched workflow (a manual dispatch without a run id). */
  | { kind: 'latest' }

export interface MonitorConfig {
  repository: string
  /** Workflows to watch, by name, file name or path; empty watches all but `selfWorkflow`. */
  workflows: string[]
  /** The monitoring workflow itself, never analysed. */
  selfWorkflow?: string
  /**
   * Branches whose runs open, escalate and close incidents; empty or absent: the default
   * branch. Runs of other branches of the repository are skipped.
   */
  branches?: string[]
  /** The repository's default branch when the caller knows it (saves one request). */
  defaultBranch?: string
  /**
   * Runs whose head commit comes from another repository (a fork's pull request) are analysed
   * and reported, but change no state; their alerts reach the console only, unless this is on.
   */
  forkAlerts?: boolean
  /** At most this many runs per invocation (schedule catch-up). */
  maxRuns: number
  matrix: EscalationMatrix
  catalogue?: Catalogue
  policy?: StatusPolicy
  /** Patterns auto-fix may try: a finding of one of them sets `fixRequired`. */
  fixablePatterns: string[]
  timeoutMinutes?: number
  /**
   * Artifact names (glob-ish) read for SARIF / npm / cargo audit reports of a failed run;
   * default `*sarif*`, `*audit*`; an empty list reads none (see AnalyzeOptions).
   */
  securityArtifacts?: readonly string[]
  /** Most of each job log read (default 1 GiB); a cap reached is reported under "Limits reached". */
  maxLogBytes?: number
  /**
   * Longest time one run's analysis may take, in seconds (see AnalyzeOptions); the jobs it
   * left are reported under "Limits reached". Default: none.
   */
  runDeadlineSeconds?: number
  /** How many `seen_jobs` keys the capsule keeps (default 500). */
  seenLimit?: number
  /**
   * When a failed job's cause is unsure, read the log of the same job's newest successful
   * run on the same branch and take the lines it printed too as noise (default on). A fork's
   * run is read without one.
   */
  lastGreen?: boolean
}

/** Warn about an expiring token from this many days before it expires, once a day. */
export const TOKEN_WARNING_DAYS = 14
const DAY = 24 * 3600 * 1000

/** The token the pass reads GitHub with, for the expiry warning. */
export interface TokenWatch {
  /** When the token expires, as GitHub reported it during the pass (read after the API calls). */
  expiresAt: () => Date | undefined
  /** Name of the secret holding it, for the notice; never its value. */
  name: string
  /** The monitoring workflow, named in the notice. */
  workflow: string
}

export interface MonitorDeps {
  reader: RunsReader
  channels: Channel[]
  now: () => Date
  /** Progress lines for a person; already safe to print (no log text in them). */
  log?: (line: string) => void
  knownSecrets?: string[]
  /** Issue numbers the GitHub issue channel opened, keyed by incident key. */
  issueNumbers?: () => ReadonlyMap<string, number>
  /** Warn before this token expires (state `notices` keeps it to once a day). */
  token?: TokenWatch
}

export interface MonitorOutcome {
  /** Every run analysed; `fork` is set on a fork's, which changed no state. */
  analyses: Array<RunAnalysis & { branch?: string; fork?: string }>
  /** Runs looked at but not analysed, and why. */
  skipped: Array<{ runId: number; reason: string }>
  incidents: Record<string, Incident>
  alerts: Alert[]
  deliveries: DispatchResult[]
  decision: StatusDecision
  /** Apply in order: one per status step, so every transition is a legal one. */
  updates: CapsuleUpdate[]
  fixRequired: boolean
  /** Most severe finding of the analysed runs. */
  severity?: Severity
  /** Distinct patterns found, most significant first. */
  patterns: string[]
  /** What could not be read, in words. */
  unreadable: string[]
}

/** Where a run belongs: its branch and, for a fork's run, the repository its head comes from. */
export interface RunPlace {
  /** The head branch; for a fork's run `owner/fork:branch`, which no branch of ours can equal. */
  branch: string
  fork?: string
}

/**
 * Where `run` belongs. A run is a fork's when its head repository is another one than
 * `repository`, or unknown on a pull request (a deleted fork).
 */
export function placeOf(run: WorkflowRunInfo, repository: string): RunPlace {
  const head = run.headRepository
  const branch = run.headBranch ?? ''
  const foreign = head === null ? run.event.startsWith('pull_request') : head.toLowerCase() !== repository.toLowerCase()
  if (!foreign) return { branch }
  const fork = head ?? 'an unknown repository'
  return { branch: `${fork}:${branch}`, fork }
}

/** True when `run` belongs to one of the watched workflows. */
export function watches(config: Pick<MonitorConfig, 'workflows' | 'selfWorkflow'>, run: WorkflowRunInfo): boolean {
  const names = [run.name ?? '', run.path, run.path.split('/').pop() ?? ''].filter(Boolean)
  if (config.selfWorkflow && names.includes(config.selfWorkflow)) return false
  return config.workflows.length === 0 || config.workflows.some((w) => names.includes(w))
}

/**
 * What the per-workflow runs list takes for each watched workflow: an id or a file name as
 * given (`ci.yml`, `.github/workflows/ci.yml` → `ci.yml`); a display name (`CI`), which that
 * endpoint answers with 404, becomes the ids of the workflows of that name (one request for
 * the repository's workflow list, only when a name is given).
 */
export async function workflowIds(
  watched: readonly string[],
  reader: Pick<RunsReader, 'listWorkflows'>,
  onLimit?: (note: string) => void
): Promise<Array<string | number>> {
  const isId = (w: string) => /^\d+$/.test(w)
  const isFile = (w: string) => isId(w) || /\.ya?ml$/i.test(w)
  const names = watched.filter((w) => !isFile(w))
  const all = names.length ? await reader.listWorkflows(onLimit ? { onLimit } : {}) : []
  const out = new Set<string | number>()
  for (const w of watched) {
    if (isFile(w)) {
      out.add(isId(w) ? Number(w) : w.split('/').pop()!)
      continue
    }
    const ids = all.filter((x) => x.name === w || x.path === w).map((x) => x.id)
    if (ids.length === 0)
      throw new ConfigurationError(
        `no workflow named ${JSON.stringify(w)} in ${all.length ? `this repository (it has: ${all.map((x) => `${x.name} (${x.path.split('/').pop()})`).join(', ')})` : 'this repository (it lists no workflows)'}`,
        { hint: 'name a workflow in `workflows` by its `name:` or its file name (ci.yml)' }
      )
    for (const id of ids) out.add(id)
  }
  return [...out]
}

async function pickRuns(
  trigger: MonitorTrigger,
  state: MonitoringState,
  config: MonitorConfig,
  reader: RunsReader,
  branches: readonly string[],
  onLimit: (note: string) => void
): Promise<WorkflowRunInfo[]> {
  if (trigger.kind === 'run') return [await reader.getRun(trigger.runId)]
  const first = state.last_run_id === undefined
  // A capsule that has never seen a run starts from the newest one instead of alerting
  // about a backlog of old failures.
  const sinceRunId = trigger.kind === 'since-last' ? state.last_run_id : undefined
  const limit = trigger.kind === 'latest' || first ? 1 : config.maxRuns
  const lists =
    config.workflows.length === 0
      ? [
          await reader.listCompletedRuns({
            sinceRunId,
            limit: trigger.kind === 'latest' || first ? 5 : config.maxRuns,
            onLimit
          })
        ]
      : await Promise.all(
          (await workflowIds(config.workflows, reader, onLimit)).map((workflow) =>
            reader.listCompletedRuns({ workflow, sinceRunId, limit, onLimit })
          )
        )
  const byId = new Map<number, WorkflowRunInfo>()
  for (const list of lists) for (const r of list) if (watches(config, r)) byId.set(r.id, r)
  let runs = [...byId.values()].sort((a, b) => a.id - b.id)
  if (trigger.kind === 'latest' || first) {
    // The newest run of each workflow on a watched branch: a pull request's is not the state.
    const newest = new Map<string, WorkflowRunInfo>()
    const own = runs.filter((r) => {
      const place = placeOf(r, config.repository)
      return !place.fork && branches.includes(place.branch)
    })
    for (const r of own) newest.set(r.path || String(r.workflowId), r)
    runs = [...newest.values()].sort((a, b) => a.id - b.id)
  }
  return runs.slice(-config.maxRuns)
}

function conclusionOf(a: RunAnalysis): RunConclusion {
  const c = a.run.conclusion
  // A run whose jobs ran into their time limit shows as cancelled; it did fail.
  if (c === 'cancelled' && a.jobs.length > 0) return 'timed_out'
  return (c ?? null) as RunConclusion
}

function toIncidentFinding(f: RunAnalysis['findings'][number]): IncidentFinding {
  return {
    pattern: f.pattern,
    name: f.name,
    severity: f.severity,
    line: f.line,
    excerpt: f.excerpt,
    job: f.job,
    ...(f.step ? { step: f.step } : {}),
    ...(f.file ? { file: f.file, ...(f.fileLine ? { fileLine: f.fileLine } : {}) } : {})
  }
}

/**
 * Runs one monitoring pass over the runs `trigger` names. Each run is analysed at most once
 * per attempt (`seen_jobs`), so a re-delivered event or an overlapping schedule window
 * changes no counter and sends no alert. Throws (a HeeError naming the call) when the runs
 * to look at cannot be read; a job list or log that cannot be read is reported in `unreadable`.
 */
export async function runMonitor(
  state: MonitoringState,
  trigger: MonitorTrigger,
  config: MonitorConfig,
  deps: MonitorDeps
): Promise<MonitorOutcome> {
  const log = deps.log ?? (() => {})
  const now = deps.now()
  const seen = [...(state.seen_jobs ?? [])]
  const seenSet = new Set(seen)
  const patternCounts = { ...(state.pattern_counts ?? {}) }
  // The default branch is read only when it is needed: no branches named, or incidents stored
  // before they were keyed by branch.
  const legacy = Object.values(state.incidents ?? {}).some((i) => i.branch === undefined)
  const defaultBranch =
    config.defaultBranch ?? (!config.branches?.length || legacy ? await deps.reader.getDefaultBranch() : undefined)
  const branches = config.branches?.length ? config.branches : [defaultBranch!]
  let incidents: Record<string, Incident> = migrateIncidentKeys(
    { ...(state.incidents ?? {}) },
    defaultBranch ?? branches[0]!
  )
  let consecutive = state.consecutive_failures ?? 0
  let lastRunId = state.last_run_id
  const out: Omit<MonitorOutcome, 'decision' | 'updates' | 'fixRequired' | 'patterns' | 'incidents'> = {
    analyses: [],
    skipped: [],
    alerts: [],
    deliveries: [],
    unreadable: []
  }

  // Without the runs there is nothing to record: the error ends the pass before any alert or
  // capsule update, so a bad token or a garbled answer cannot pass for "nothing happened".
  const runs = await pickRuns(trigger, state, config, deps.reader, branches, (note) => out.unreadable.push(note))
  const lastGreen =
    config.lastGreen === false ? undefined : new LastGreen(deps.reader, state.baselines ?? [], config.maxLogBytes)
  /** Alerts about forks' runs that go to the console only. */
  const consoleOnly: Alert[] = []
  const patternNames = patternNamesOf(config.catalogue)

  for (const run of runs) {
    const key = `${run.id}:${run.runAttempt}`
    if (trigger.kind === 'run' && !watches({ workflows: config.workflows, selfWorkflow: config.selfWorkflow }, run)) {
      out.skipped.push({ runId: run.id, reason: `workflow "${run.name ?? run.path}" is not watched` })
      continue
    }
    if (run.status !== 'completed') {
      out.skipped.push({ runId: run.id, reason: `still ${run.status ?? 'running'}` })
      continue
    }
    const place = placeOf(run, config.repository)
    if (!place.fork && !branches.includes(place.branch)) {
      out.skipped.push({
        runId: run.id,
        reason: `branch "${place.branch}" is not watched (watched: ${branches.join(', ')})`
      })
      lastRunId = Math.max(lastRunId ?? 0, run.id)
      continue
    }
    const counted = seenSet.has(key)
    if (counted && !(trigger.kind === 'run' && trigger.reread)) {
      out.skipped.push({ runId: run.id, reason: `attempt ${run.runAttempt} was analysed already` })
      continue
    }
    const analysis = await analyzeRun(deps.reader, run, {
      ...(config.catalogue ? { catalogue: config.catalogue } : {}),
      ...(config.timeoutMinutes ? { timeoutMinutes: config.timeoutMinutes } : {}),
      ...(config.securityArtifacts ? { securityArtifacts: config.securityArtifacts } : {}),
      ...(config.maxLogBytes !== undefined ? { maxLogBytes: config.maxLogBytes } : {}),
      ...(lastGreen && !place.fork ? { lastGreen } : {}),
      ...(config.runDeadlineSeconds !== undefined ? { runDeadlineSeconds: config.runDeadlineSeconds } : {})
    })
    out.analyses.push({ ...analysis, branch: place.branch, ...(place.fork ? { fork: place.fork } : {}) })
    out.unreadable.push(...analysis.unreadable)
    const conclusion = conclusionOf(analysis)
    log(
      `run ${run.id} (${analysis.workflow}, attempt ${run.runAttempt}): ${conclusion ?? 'no conclusion'}` +
        (analysis.findings.length
          ? `, ${analysis.findings.length} finding(s), first ${analysis.findings[0]!.pattern}`
          : '') +
        (counted ? ' (analysed again on request; already counted)' : '')
    )
    if (counted) continue
    if (place.fork) {
      // A fork's run is reported, never state: its failure alerts as new each time (no incident
      // is kept for it), and only on the console unless the user opted in.
      const forked = trackIncidents({
        previous: {},
        repository: config.repository,
        workflow: analysis.workflow,
        branch: place.branch,
        runId: run.id,
        runAttempt: run.runAttempt,
        runUrl: run.htmlUrl,
        conclusion,
        findings: analysis.findings.map(toIncidentFinding),
        now,
        matrix: config.matrix,
        patternNames
      }).alerts.map((a) => ({ ...a, fork: place.fork! }))
      if (config.forkAlerts) {
        out.alerts.push(...forked)
        seen.push(key)
        seenSet.add(key)
      } else consoleOnly.push(...forked)
      lastRunId = Math.max(lastRunId ?? 0, run.id)
      continue
    }
    const tracked = trackIncidents({
      previous: incidents,
      branch: place.branch,
      repository: config.repository,
      workflow: analysis.workflow,
      runId: run.id,
      runAttempt: run.runAttempt,
      runUrl: run.htmlUrl,
      conclusion,
      findings: analysis.findings.map(toIncidentFinding),
      now,
      matrix: config.matrix,
      patternNames
    })
    incidents = tracked.incidents
    out.alerts.push(...tracked.alerts)
    if (isFailedRun(conclusion)) {
      consecutive += 1
      for (const p of new Set(analysis.findings.map((f) => f.pattern))) patternCounts[p] = (patternCounts[p] ?? 0) + 1
    } else if (conclusion === 'success') {
      consecutive = 0
    }
    seen.push(key)
    seenSet.add(key)
    lastRunId = Math.max(lastRunId ?? 0, run.id)
  }

  // Decided after the runs were read: GitHub reports the expiry on its answers.
  const notices = { ...(state.notices ?? {}) }
  const tokenNotice = deps.token ? tokenNoticeDue(deps.token, notices, config.repository, now) : undefined
  if (tokenNotice) {
    out.alerts.push(tokenNotice)
    notices['token-expiry'] = now.toISOString()
  }

  out.deliveries = await dispatchAlerts(out.alerts, deps.channels, config.matrix, {
    alertLevel: config.matrix.alertLevel,
    knownSecrets: deps.knownSecrets ?? []
  })
  if (consoleOnly.length) {
    out.deliveries.push(
      ...(await dispatchAlerts(consoleOnly, deps.channels, config.matrix, {
        alertLevel: config.matrix.alertLevel,
        knownSecrets: deps.knownSecrets ?? [],
        onlyChannels: ['console']
      }))
    )
    out.alerts.push(...consoleOnly)
  }
  for (const channel of deps.channels) out.unreadable.push(...(channel.takeNotes?.() ?? []))
  if (deps.issueNumbers) incidents = withIssueNumbers(incidents, deps.issueNumbers())

  const decision = decideStatus(
    state.current_status ?? 'operational',
    incidents,
    consecutive,
    config.policy ?? DEFAULT_STATUS_POLICY
  )
  const monitoring: NonNullable<CapsuleUpdate['monitoring']> = {
    consecutive_failures: consecutive,
    pattern_counts: patternCounts,
    incidents,
    seen_jobs: seen.slice(-(config.seenLimit ?? 500)),
    notices,
    ...(lastGreen && (state.baselines || lastGreen.list().length > 0) ? { baselines: lastGreen.list() } : {})
  }
  const steps = decision.path.slice(1)
  const updates: CapsuleUpdate[] = steps.map((status) => ({ status }))
  const final: CapsuleUpdate = {
    ...(updates.pop() ?? {}),
    monitoring,
    ...(lastRunId !== undefined ? { last_run_id: lastRunId } : {})
  }
  updates.push(final)

  // A fork's findings are reported, but decide nothing: not the severity, nor auto-fix.
  const own = out.analyses.filter((a) => !a.fork)
  const all = own.flatMap((a) => a.findings)
  const severity = all.reduce<Severity | undefined>(
    (m, f) => (m === undefined || severityRank(f.severity) > severityRank(m) ? f.severity : m),
    undefined
  )
  const patterns = [...new Set(all.map((f) => f.pattern))]
  // A fix is asked for on evidence, never on a low-confidence guess at a failure's class.
  const fixRequired =
    decision.to !== 'maintenance' &&
    own.some((a) => a.findings.some((f) => f.confidence !== 'low' && config.fixablePatterns.includes(f.pattern)))
  return { ...out, incidents, decision, updates, fixRequired, ...(severity ? { severity } : {}), patterns }
}

/** The token-expiry notice when the token expires within TOKEN_WARNING_DAYS and none went out today. */
function tokenNoticeDue(
  token: TokenWatch,
  notices: Readonly<Record<string, string>>,
  repository: string,
  now: Date
): Alert | undefined {
  const expires = token.expiresAt()
  if (!expires || expires.getTime() - now.getTime() > TOKEN_WARNING_DAYS * DAY) return undefined
  const last = notices['token-expiry'] ? Date.parse(notices['token-expiry']) : 0
  if (now.getTime() - last < DAY) return undefined
  return tokenExpiryAlert({
    repository,
    workflow: token.workflow,
    tokenName: token.name,
    expiresAt: expires.toISOString(),
    now
  })
}
