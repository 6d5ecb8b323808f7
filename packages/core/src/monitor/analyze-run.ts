/**
 * From one workflow run to located causes: reads the run's jobs, streams the logs of the
 * failed jobs only through the classifier, and attributes each finding to its job and step.
 * A log that cannot be read whole still yields what was read, plus a note saying so.
 */
import { FAILED_JOB_CONCLUSIONS, isFailedRun } from '../conclusions.js'
import { describeError } from '../errors.js'
import type { JobInfo, RunsReader, WorkflowRunInfo } from '../github/runs.js'
import { DEFAULT_PATTERNS } from '../diagnosis/default-patterns.js'
import { LogClassifier, type EndOptions } from '../diagnosis/log-classifier.js'
import { compareFindings, type ClassifyResult, type Finding } from '../diagnosis/finding.js'
import type { Catalogue, PatternSpec } from '../diagnosis/pattern-types.js'
import { matchesAny } from '../artifacts/artifact-names.js'
import type { LastGreen } from './last-green.js'
import { DEFAULT_SECURITY_ARTIFACTS, readZipSecurityReports, reportFindings } from './security-artifacts.js'

/** A finding placed in its run: which job and step showed it. */
export interface RunFinding extends Finding {
  /** The job's name, or `artifact <name>` for a finding from a report the run uploaded. */
  job: string
  /** 0 for a finding from an artifact. */
  jobId: number
  step?: string
  /** Link to the job's log on GitHub, when known. */
  jobUrl?: string
}

export interface JobAnalysis {
  id: number
  name: string
  conclusion: string | null
  /** The first failed step, as the API reports it. */
  failedStep?: string
  findings: RunFinding[]
  logBytes: number
  /** Why the log could not be read (whole), if it could not. */
  logError?: string
}

export interface RunAnalysis {
  run: WorkflowRunInfo
  /** The workflow's name (or its file path when the name is empty). */
  workflow: string
  /** Jobs that failed, each with its findings. */
  jobs: JobAnalysis[]
  /** Every finding of the run, most significant first. */
  findings: RunFinding[]
  /** What could not be read (a log, a job list), in words. */
  unreadable: string[]
}

export interface AnalyzeOptions {
  catalogue?: Catalogue
  /** A job cancelled after running this long hit its time limit (GitHub's default: 360). */
  timeoutMinutes?: number
  /**
   * Names (glob-ish: `*`, `?`) of the artifacts read for SARIF / npm / cargo audit reports when
   * the run failed (default `*sarif*`, `*audit*`); an empty list reads none.
   */
  securityArtifacts?: readonly string[]
  /** Most of each job log read (default MAX_LOG_BYTES): past it the findings come from what was read. */
  maxLogBytes?: number
  /**
   * Reads a failed job again against its last green run when the first reading is unsure
   * (see `unsure`); none when absent.
   */
  lastGreen?: LastGreen
  /**
   * Longest time the run's analysis may take, in seconds: past it no more is fetched, a log
   * being read is cut (its findings come from what was read), and the jobs left are named in a
   * `limit reached` note. Default: none.
   */
  runDeadlineSeconds?: number
}

/** At most this many matching artifacts are downloaded per run. */
export const MAX_SECURITY_ARTIFACTS = 3
/** Larger artifacts are not downloaded (20 MB). */
export const MAX_SECURITY_ARTIFACT_BYTES = 20 * 1024 * 1024

/** A pattern of the catalogue in use (the built-in one when none is given). */
export function patternOf(catalogue: Catalogue | undefined, id: string): PatternSpec | undefined {
  return catalogue ? catalogue.patterns.get(id) : DEFAULT_PATTERNS.find((p) => p.id === id)
}

/** Pattern id → name, from the catalogue in use: alerts name patterns as the user does. */
export function patternNamesOf(catalogue: Catalogue | undefined): Record<string, string> {
  const specs = catalogue ? [...catalogue.patterns.values()] : DEFAULT_PATTERNS
  return Object.fromEntries(specs.map((p) => [p.id, p.name]))
}

function minutes(job: JobInfo): number | undefined {
  if (!job.startedAt || !job.completedAt) return undefined
  const ms = Date.parse(job.completedAt) - Date.parse(job.startedAt)
  return Number.isFinite(ms) ? ms / 60_000 : undefined
}

/** What the API says about how a job ended, worked out once and read by every later step. */
export interface JobVerdict {
  job: JobInfo
  /** Failed, or stopped at its time limit (a person's cancel is not a failure). */
  failed: boolean
  timedOut: boolean
  /** The first failed step, as the API reports it. */
  failedStep?: string
  /** How long the job ran, when the API gives both ends. */
  minutes?: number
}

/** The verdict on `job`, for a workflow whose jobs time out after `timeoutMinutes`. */
export function judgeJob(job: JobInfo, timeoutMinutes: number): JobVerdict {
  const m = minutes(job)
  // GitHub reports a job killed at `timeout-minutes` as cancelled; a minute of slack covers
  // the time the runner takes to stop it.
  const out =
    job.conclusion === 'timed_out' || (job.conclusion === 'cancelled' && m !== undefined && m >= timeoutMinutes - 1)
  const failedStep = job.steps.find((s) => s.conclusion === 'failure')?.name
  return {
    job,
    failed: FAILED_JOB_CONCLUSIONS.has(job.conclusion ?? '') || out,
    timedOut: out,
    ...(failedStep !== undefined ? { failedStep } : {}),
    ...(m !== undefined ? { minutes: m } : {})
  }
}

/** True when the job ended because it ran into its time limit, judged from its timing. */
export function timedOut(job: JobInfo, timeoutMinutes: number): boolean {
  return judgeJob(job, timeoutMinutes).timedOut
}

/** The step a finding belongs to: by the log line's time, else by the group title, else the failed step. */
export function stepOf(
  finding: Finding,
  job: JobInfo,
  failedStep: string | undefined = job.steps.find((s) => s.conclusion === 'failure')?.name
): string | undefined {
  if (finding.timestamp) {
    const t = Date.parse(finding.timestamp)
    // The API gives step times in whole seconds; a line logged within a step's second counts.
    const hit = job.steps.find((s) => {
      if (!s.startedAt || !s.completedAt) return false
      const a = Date.parse(s.startedAt)
      const b = Date.parse(s.completedAt) + 999
      return t >= a && t <= b
    })
    if (hit) return hit.name
  }
  if (finding.section) {
    const byName = job.steps.find((s) => s.name === finding.section)
    if (byName) return byName.name
  }
  return failedStep ?? finding.section
}

/**
 * A failed job's causes: its strongest finding, and beside it only findings as certain as a
 * cause can be (`high`). A weaker second finding in the same job is nearly always the tool's
 * summary of the first (cargo's "could not compile … due to 2 previous errors" under clippy's
 * lints, make's `***`, npm's ELIFECYCLE) and must not open an incident, raise the severity or
 * change the status of its own.
 */
export function oneCausePerJob<T extends { confidence: string }>(findings: readonly T[]): T[] {
  return findings.filter((f, i) => i === 0 || f.confidence === 'high')
}

/**
 * Whether a failed job's reading is unsure enough to ask its last green run: no finding, or
 * the first one less than `high` (no tool's own error line that clearly explains it).
 */
export function unsure(findings: readonly Finding[]): boolean {
  return findings[0]?.confidence !== 'high'
}

/**
 * The findings of `classifier` (the failed log read) again with the job's last green run as
 * the baseline: from the capsule's cache when it holds the job at this commit, else fetched
 * and remembered. A passing log that cannot be read leaves the first reading as it was.
 */
async function againstLastGreen(
  lastGreen: LastGreen,
  run: WorkflowRunInfo,
  job: JobInfo,
  classifier: LogClassifier,
  first: ClassifyResult,
  end: EndOptions,
  notes: string[],
  deadline: number
): Promise<ClassifyResult> {
  const cached = lastGreen.cached(job.name, run.headSha)
  if (cached) return cached.size > 0 ? classifier.endWithBaseline(cached, end) : first
  let found
  try {
    found = await lastGreen.fetch(run, job.name, deadline, (note) => notes.push(note))
  } catch (e) {
    notes.push(`the last green log of job "${job.name}": ${describeError(e)}`)
    return first
  }
  if (!found) {
    lastGreen.remember(job.name, run.headSha, undefined, [])
    return first
  }
  const again = classifier.endWithBaseline(found.baseline, end)
  lastGreen.remember(job.name, run.headSha, found.runId, found.baseline.matched())
  return again
}

async function analyzeJob(
  reader: RunsReader,
  run: WorkflowRunInfo,
  verdict: JobVerdict,
  opts: AnalyzeOptions,
  notes: string[],
  deadline: number
): Promise<JobAnalysis> {
  const { job, failedStep } = verdict
  let logError: string | undefined
  const classifier = new LogClassifier(opts.catalogue ? { catalogue: opts.catalogue } : {})
  try {
    const logOptions = {
      ...(opts.maxLogBytes !== undefined ? { maxBytes: opts.maxLogBytes } : {}),
      ...(Number.isFinite(deadline) ? { deadline } : {})
    }
    for await (const chunk of reader.downloadJobLog(job.id, logOptions)) classifier.push(chunk)
  } catch (e) {
    logError = describeError(e)
  }
  // The API says the job failed, so the log is read as a failed job's, whatever markers it
  // shows or lacks (a log cut off early, an action that fails without an exit-code line): its
  // row always names a cause, one no class explains well with confidence `low`. The failed
  // step's name is a hint for the classifier's step priors.
  const end: EndOptions = { knownFailed: true, ...(failedStep !== undefined ? { failedStep } : {}) }
  let result = classifier.end(end)
  // Unsure of the cause: lines the job's last green run printed too are its everyday noise.
  // A job stopped at its time limit is explained by its timing.
  if (opts.lastGreen && !verdict.timedOut && Date.now() < deadline && unsure(result.findings))
    result = await againstLastGreen(opts.lastGreen, run, job, classifier, result, end, notes, deadline)
  // A job stopped at its time limit is explained by its timing: a low-confidence guess from
  // its log would only add noise next to it.
  const read = oneCausePerJob(
    verdict.timedOut ? result.findings.filter((f) => f.confidence !== 'low') : result.findings
  )
  const findings: RunFinding[] = read.map((f) => {
    const step = stepOf(f, job, failedStep)
    return {
      ...f,
      job: job.name,
      jobId: job.id,
      ...(step ? { step } : {}),
      ...(job.htmlUrl ? { jobUrl: job.htmlUrl } : {})
    }
  })
  const limit = opts.timeoutMinutes ?? 360
  if (verdict.timedOut && !findings.some((f) => f.pattern === 'PAT-005')) {
    const m = verdict.minutes
    const spec = patternOf(opts.catalogue, 'PAT-005')
    findings.push({
      pattern: 'PAT-005',
      name: spec?.name ?? 'Timeout',
      severity: spec?.severity ?? 'medium',
      confidence: 'high',
      line: Math.max(1, result.lines),
      lines: [Math.max(1, result.lines)],
      excerpt: `job "${job.name}" ran ${m !== undefined ? Math.round(m) : '?'} min and was stopped at its time limit (${limit} min)`,
      rule: 'PAT-005/job-timing',
      // Above any log evidence: the timing is certain, the log may only show the echo.
      score: 1_000,
      job: job.name,
      jobId: job.id,
      ...(failedStep ? { step: failedStep } : {})
    })
  }
  findings.sort(compareFindings)
  return {
    id: job.id,
    name: job.name,
    conclusion: job.conclusion,
    ...(failedStep ? { failedStep } : {}),
    findings,
    logBytes: result.bytes,
    ...(logError ? { logError } : {})
  }
}

/**
 * PAT-003 findings from the security reports (SARIF, npm / cargo audit JSON) in the run's
 * artifacts whose names match `patterns`. Costs the artifact list plus one download (and its
 * signed-URL redirect) per matching artifact, at most MAX_SECURITY_ARTIFACTS of them.
 */
async function analyzeArtifacts(
  reader: RunsReader,
  runId: number,
  patterns: readonly string[],
  opts: AnalyzeOptions,
  out: RunAnalysis,
  deadline: number
): Promise<void> {
  const spec = patternOf(opts.catalogue, 'PAT-003')
  if (!spec?.enabled) return
  if (Date.now() >= deadline) {
    out.unreadable.push(`artifacts of run ${runId}: limit reached: the run's deadline passed before they were read`)
    return
  }
  let artifacts
  try {
    artifacts = await reader.listRunArtifacts(runId, { onLimit: (note) => out.unreadable.push(note) })
  } catch (e) {
    out.unreadable.push(`artifacts of run ${runId}: ${describeError(e)}`)
    return
  }
  const matching = artifacts.filter((a) => !a.expired && matchesAny(a.name, patterns))
  for (const a of matching.slice(0, MAX_SECURITY_ARTIFACTS)) {
    const what = `artifact "${a.name}" (${a.id})`
    if (Date.now() >= deadline) {
      out.unreadable.push(`${what}: limit reached: the run's deadline passed before it was read`)
      continue
    }
    if (a.sizeInBytes > MAX_SECURITY_ARTIFACT_BYTES) {
      out.unreadable.push(
        `${what}: limit reached: ${(a.sizeInBytes / 1024 / 1024).toFixed(1)} MB is more than the ${MAX_SECURITY_ARTIFACT_BYTES / 1024 / 1024} MB read, it was skipped`
      )
      continue
    }
    let zip: Buffer
    try {
      zip = await reader.downloadArtifactZip(a.id, {
        maxBytes: MAX_SECURITY_ARTIFACT_BYTES,
        ...(Number.isFinite(deadline) ? { deadline } : {})
      })
    } catch (e) {
      out.unreadable.push(`${what}: ${describeError(e)}`)
      continue
    }
    const files = await readZipSecurityReports(zip)
    const found = reportFindings(a.name, files.value, { catalogueSeverity: spec.severity, name: spec.name })
    for (const note of [...files.notes, ...found.notes]) out.unreadable.push(`${what}: ${note}`)
    out.findings.push(...found.value.map((f) => ({ ...f, jobId: 0 })))
  }
  if (matching.length > MAX_SECURITY_ARTIFACTS)
    out.unreadable.push(
      `artifacts of run ${runId}: ${matching.length} match the security-artifact names, only the first ${MAX_SECURITY_ARTIFACTS} were read`
    )
}

// Steps that upload artifacts or run a scanner; a run without one has no report to read, so
// its artifact list is not asked for (a failed run then costs 2 + failed jobs requests).
const REPORT_STEP =
  /upload[-_ ]?artifact|upload[-_ ]?sarif|\bsarif\b|\baudit\b|codeql|scan|trivy|snyk|semgrep|grype|osv|security/i

/** True when a job of the run (by its name or a step's) may have left a security report behind. */
export function uploadsReports(jobs: readonly JobInfo[]): boolean {
  return jobs.some((j) => REPORT_STEP.test(j.name) || j.steps.some((s) => REPORT_STEP.test(s.name)))
}

/**
 * Analyses one completed run. A run that did not fail costs one request (the run itself,
 * when only an id is given); a failed run costs the job list plus one log per failed job,
 * with `lastGreen` one more log per failed job whose reading is unsure (and once the newest
 * passing run and its job list), none for a job the capsule's cache holds; and — only when one of its steps uploads or scans (`uploadsReports`) and `securityArtifacts`
 * is not empty — the artifact list plus one download per matching artifact.
 */
export async function analyzeRun(
  reader: RunsReader,
  run: WorkflowRunInfo | number,
  opts: AnalyzeOptions = {}
): Promise<RunAnalysis> {
  const deadline = opts.runDeadlineSeconds === undefined ? Infinity : Date.now() + opts.runDeadlineSeconds * 1000
  const info = typeof run === 'number' ? await reader.getRun(run) : run
  const workflow = info.name || info.path || `workflow ${info.workflowId}`
  const out: RunAnalysis = { run: info, workflow, jobs: [], findings: [], unreadable: [] }
  if (!isFailedRun(info.conclusion) && info.conclusion !== 'cancelled') return out

  let jobs: JobInfo[]
  try {
    jobs = await reader.listJobs(info.id, { onLimit: (note) => out.unreadable.push(note) })
  } catch (e) {
    out.unreadable.push(`jobs of run ${info.id}: ${describeError(e)}`)
    return out
  }
  const limit = opts.timeoutMinutes ?? 360
  // A run cancelled by a person is not a failure; one whose jobs hit their time limit is.
  const failing = jobs.map((j) => judgeJob(j, limit)).filter((v) => v.failed)
  const left: JobInfo[] = []
  for (const verdict of failing) {
    const job = verdict.job
    if (Date.now() >= deadline) {
      left.push(job)
      continue
    }
    const notes: string[] = []
    const a = await analyzeJob(reader, info, verdict, opts, notes, deadline)
    if (a.logError) out.unreadable.push(`log of job "${job.name}" (${job.id}): ${a.logError}`)
    out.unreadable.push(...notes)
    out.jobs.push(a)
    out.findings.push(...a.findings)
  }
  if (left.length)
    out.unreadable.push(
      `limit reached: run ${info.id} passed its ${opts.runDeadlineSeconds} s deadline (run-deadline-seconds); ` +
        `failed job(s) not analysed: ${left.map((j) => `"${j.name}" (${j.id})`).join(', ')}`
    )
  const patterns = opts.securityArtifacts ?? DEFAULT_SECURITY_ARTIFACTS
  if (patterns.length > 0 && (isFailedRun(info.conclusion) || failing.length > 0) && uploadsReports(jobs))
    await analyzeArtifacts(reader, info.id, patterns, opts, out, deadline)
  out.findings.sort(compareFindings)
  return out
}
