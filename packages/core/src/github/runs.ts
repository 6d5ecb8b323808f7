/**
 * Readers for workflow runs, their jobs, job logs and artifacts, returning plain records the
 * monitor engine can use without knowing Octokit. Every failure is a HeeError naming the call.
 * (What changes a repository — issues, pulls, refs, contents, re-runs — is in `writer.ts`.)
 */
import { HeeError, OperationalError } from '../errors.js'
import { readBody, readWholeBody, type BodyFailures } from './body-reader.js'
import { caller } from './call.js'
import type { GitHubClient } from './octokit.js'
import { eachPage, listCap } from './pages.js'
import { openRedirected, streamed } from './redirected-download.js'
import { repoRefOf, type RepoRef } from './repo-ref.js'

export { parseRepo, type RepoRef } from './repo-ref.js'

export interface WorkflowRunInfo {
  id: number
  name: string | null
  workflowId: number
  /** e.g. `.github/workflows/ci.yml` */
  path: string
  event: string
  status: string | null
  conclusion: string | null
  headSha: string
  headBranch: string | null
  /** `owner/name` of the repository the run belongs to. */
  repository: string
  /** `owner/name` of the repository its head commit comes from: another one for a fork's pull request. */
  headRepository: string | null
  runNumber: number
  runAttempt: number
  displayTitle: string
  createdAt: string
  updatedAt: string
  htmlUrl: string
}

export interface JobStepInfo {
  number: number
  name: string
  status: string
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
}

export interface JobInfo {
  id: number
  runId: number
  runAttempt: number | null
  name: string
  status: string
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
  htmlUrl: string | null
  labels: string[]
  steps: JobStepInfo[]
}

export interface ListCompletedRunsOptions {
  /** Workflow id or file name (`ci.yml`); all workflows when omitted. */
  workflow?: string | number
  /** Only runs with a greater id (the last one already handled). */
  sinceRunId?: number
  /** At most this many runs (default 50): the newest ones, returned oldest first. */
  limit?: number
  /** Told when the client's page cap stopped the list (a `limit reached: …` note). */
  onLimit?: (note: string) => void
}

/** A workflow of the repository, as `GET /repos/{owner}/{repo}/actions/workflows` lists it. */
export interface WorkflowInfo {
  id: number
  /** The `name:` of the file (GitHub shows the path when the file has none). */
  name: string
  /** `.github/workflows/ci.yml`. */
  path: string
}

/** Options of the list readers: where a page cap reached is reported. */
export interface ListOptions {
  /**
   * Told when the client's page cap (`maxPages`) stopped the list (a `limit reached: …` note);
   * without it the note goes to the client's warning log.
   */
  onLimit?: (note: string) => void
}

/** Options of the download readers. */
export interface DownloadOptions {
  /** Most bytes read (default: MAX_LOG_BYTES for a log, MAX_ARTIFACT_ZIP_BYTES for a zip). */
  maxBytes?: number
  /**
   * When the download must be done (epoch ms), if sooner than the client's `downloadMs` from
   * now: a run's deadline.
   */
  deadline?: number
}

/** How long a download may take: the client's `downloadMs`, or less when a deadline is nearer. */
function timeLimit(client: GitHubClient, options: DownloadOptions): { maxMs: number; label: string } {
  const left = options.deadline === undefined ? Infinity : Math.max(0, options.deadline - Date.now())
  return left < client.limits.downloadMs
    ? { maxMs: left, label: "the run's deadline" }
    : { maxMs: client.limits.downloadMs, label: 'download time limit' }
}

export interface ArtifactInfo {
  id: number
  name: string
  /** Size of the zip, as the API reports it. */
  sizeInBytes: number
  expired: boolean
}

/** Most of a job log read (1 GiB); the classifier reads on with what came before. */
export const MAX_LOG_BYTES = 1024 * 1024 * 1024

/** Largest artifact zip `downloadArtifactZip` reads by default (20 MB). */
export const MAX_ARTIFACT_ZIP_BYTES = 20 * 1024 * 1024

export interface RunsReader {
  getRun(runId: number): Promise<WorkflowRunInfo>
  /** The repository's default branch (one request). */
  getDefaultBranch(): Promise<string>
  /**
   * All jobs of a run (every page up to the client's page cap); `latest` (default) keeps the
   * newest attempt only.
   */
  listJobs(runId: number, options?: ListOptions & { filter?: 'latest' | 'all' }): Promise<JobInfo[]>
  /**
   * Completed runs newer than `sinceRunId`, oldest first. Bounded by `limit`: pagination stops
   * as soon as it reaches `sinceRunId` or has `limit` runs, so a poller that fell far behind
   * catches up with the newest runs rather than paging through history.
   */
  listCompletedRuns(options?: ListCompletedRunsOptions): Promise<WorkflowRunInfo[]>
  /** The repository's workflows (every page up to the page cap): id, name and file path. */
  listWorkflows(options?: ListOptions): Promise<WorkflowInfo[]>
  /**
   * The newest successful run of a workflow on `branch`, undefined when it has none (one
   * request: `status=success`, `branch`, `per_page=1`).
   */
  lastSuccessfulRun(workflowId: number, branch: string): Promise<WorkflowRunInfo | undefined>
  /**
   * The plain-text log of a job, streamed chunk by chunk (never buffered whole). Past
   * `maxBytes` (default MAX_LOG_BYTES), or still coming at its time limit, it fails with
   * `github.log-limit` ("limit reached") after yielding what came before.
   */
  downloadJobLog(jobId: number, options?: DownloadOptions): AsyncIterable<Buffer>
  /** Every artifact a run uploaded (every page up to the page cap), expired ones included and marked. */
  listRunArtifacts(runId: number, options?: ListOptions): Promise<ArtifactInfo[]>
  /**
   * An artifact's zip, read whole. The API's 302 is followed without the token; a zip larger
   * than `maxBytes` (default MAX_ARTIFACT_ZIP_BYTES) fails with `github.artifact-too-large`
   * before more than that is read; one still coming at its time limit fails with `github.timeout`.
   */
  downloadArtifactZip(artifactId: number, options?: DownloadOptions): Promise<Buffer>
}

type Raw = Record<string, unknown>

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null)
const fullName = (v: unknown): string | null => (v && typeof v === 'object' ? str((v as Raw).full_name) : null)

function malformed(call: string, what: string): HeeError {
  return new OperationalError('github.malformed-response', `${call}: GitHub's answer lacks ${what}`, {
    retryable: true
  })
}

function toRun(raw: unknown, call: string): WorkflowRunInfo {
  const r = raw as Raw
  if (!r || typeof r !== 'object' || typeof r.id !== 'number') throw malformed(call, 'a workflow run id')
  return {
    id: r.id,
    name: str(r.name),
    workflowId: num(r.workflow_id) ?? 0,
    path: str(r.path) ?? '',
    event: str(r.event) ?? '',
    status: str(r.status),
    conclusion: str(r.conclusion),
    headSha: str(r.head_sha) ?? '',
    headBranch: str(r.head_branch),
    repository: fullName(r.repository) ?? '',
    headRepository: fullName(r.head_repository),
    runNumber: num(r.run_number) ?? 0,
    runAttempt: num(r.run_attempt) ?? 1,
    displayTitle: str(r.display_title) ?? '',
    createdAt: str(r.created_at) ?? '',
    updatedAt: str(r.updated_at) ?? '',
    htmlUrl: str(r.html_url) ?? ''
  }
}

function toJob(raw: unknown, call: string): JobInfo {
  const j = raw as Raw
  if (!j || typeof j !== 'object' || typeof j.id !== 'number') throw malformed(call, 'a job id')
  const steps = Array.isArray(j.steps) ? (j.steps as Raw[]) : []
  return {
    id: j.id,
    runId: num(j.run_id) ?? 0,
    runAttempt: num(j.run_attempt),
    name: str(j.name) ?? '',
    status: str(j.status) ?? '',
    conclusion: str(j.conclusion),
    startedAt: str(j.started_at),
    completedAt: str(j.completed_at),
    htmlUrl: str(j.html_url),
    labels: Array.isArray(j.labels) ? j.labels.filter((l): l is string => typeof l === 'string') : [],
    steps: steps.map((s) => ({
      number: num(s.number) ?? 0,
      name: str(s.name) ?? '',
      status: str(s.status) ?? '',
      conclusion: str(s.conclusion),
      startedAt: str(s.started_at),
      completedAt: str(s.completed_at)
    }))
  }
}

function toArtifact(raw: unknown, call: string): ArtifactInfo {
  const a = raw as Raw
  if (!a || typeof a !== 'object' || typeof a.id !== 'number') throw malformed(call, 'an artifact id')
  return { id: a.id, name: str(a.name) ?? '', sizeInBytes: num(a.size_in_bytes) ?? 0, expired: a.expired === true }
}

/** Binds the run/job/log readers to one repository. */
export function createRunsReader(client: GitHubClient, repository: RepoRef | string): RunsReader {
  const { owner, repo } = repoRefOf(repository)
  const { octokit } = client
  const call = caller(client)
  const capOf = (what: string, options: ListOptions) => listCap(client, what, options)

  return {
    getRun(runId) {
      const name = `get run ${runId}`
      return call(name, async () => {
        const res = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
          owner,
          repo,
          run_id: runId
        })
        return toRun(res.data, name)
      })
    },

    getDefaultBranch() {
      const name = `read the default branch of ${owner}/${repo}`
      return call(name, async () => {
        const res = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo })
        const branch = str((res.data as Raw).default_branch)
        if (!branch) throw malformed(name, 'a default branch')
        return branch
      })
    },

    listJobs(runId, options = {}) {
      const name = `list the jobs of run ${runId}`
      return call(name, async () => {
        const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
          owner,
          repo,
          run_id: runId,
          filter: options.filter ?? 'latest',
          per_page: 100
        })
        const jobs: JobInfo[] = []
        await eachPage(pages, capOf(name, options), (data) => void jobs.push(...data.map((j) => toJob(j, name))))
        return jobs
      })
    },

    listCompletedRuns(options = {}) {
      const limit = Math.max(1, options.limit ?? 50)
      const since = options.sinceRunId
      const name =
        options.workflow === undefined ? 'list completed runs' : `list completed runs of workflow ${options.workflow}`
      const params = { owner, repo, status: 'completed' as const, per_page: Math.min(100, limit) }
      return call(name, async () => {
        const pages =
          options.workflow === undefined
            ? octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs', params)
            : octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
                ...params,
                workflow_id: options.workflow
              })
        const runs: WorkflowRunInfo[] = []
        await eachPage(pages, capOf(name, options), (page) => {
          const data = page as unknown
          if (!Array.isArray(data)) throw malformed(name, 'a list of workflow runs')
          for (const raw of data) {
            const run = toRun(raw, name)
            if (since !== undefined && run.id <= since) return false
            runs.push(run)
            if (runs.length >= limit) return false
          }
        })
        return runs.reverse()
      })
    },

    listWorkflows(options = {}) {
      const name = `list the workflows of ${owner}/${repo}`
      return call(name, async () => {
        const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/workflows', {
          owner,
          repo,
          per_page: 100
        })
        const workflows: WorkflowInfo[] = []
        await eachPage(pages, capOf(name, options), (page) => {
          const data = page as unknown
          if (!Array.isArray(data)) throw malformed(name, 'a list of workflows')
          for (const raw of data as Raw[]) {
            const id = num(raw.id)
            const path = str(raw.path)
            if (id === null || path === null) throw malformed(name, 'workflows with an id and a path')
            workflows.push({ id, name: str(raw.name) ?? path, path })
          }
        })
        return workflows
      })
    },

    lastSuccessfulRun(workflowId, branch) {
      const name = `find the last successful run of workflow ${workflowId} on ${branch}`
      return call(name, async () => {
        const res = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
          owner,
          repo,
          workflow_id: workflowId,
          branch,
          status: 'success',
          per_page: 1
        })
        const runs = (res.data as Raw).workflow_runs
        if (!Array.isArray(runs)) throw malformed(name, 'a list of workflow runs')
        return runs.length > 0 ? toRun(runs[0], name) : undefined
      })
    },

    downloadJobLog(jobId, options = {}) {
      return streamLog(client, owner, repo, jobId, options.maxBytes ?? MAX_LOG_BYTES, timeLimit(client, options))
    },

    listRunArtifacts(runId, options = {}) {
      const name = `list the artifacts of run ${runId}`
      return call(name, async () => {
        const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
          owner,
          repo,
          run_id: runId,
          per_page: 100
        })
        const artifacts: ArtifactInfo[] = []
        await eachPage(pages, capOf(name, options), (data) => {
          artifacts.push(...data.map((a) => toArtifact(a, name)))
        })
        return artifacts
      })
    },

    downloadArtifactZip(artifactId, options = {}) {
      const maxBytes = options.maxBytes ?? MAX_ARTIFACT_ZIP_BYTES
      return downloadZip(client, owner, repo, artifactId, maxBytes, timeLimit(client, options))
    }
  }
}

function tooLarge(artifactId: number, maxBytes: number, size?: number): HeeError {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`
  return new OperationalError(
    'github.artifact-too-large',
    `limit reached: artifact ${artifactId} is ${size !== undefined ? mb(size) : `larger than ${mb(maxBytes)}`}; at most ${mb(maxBytes)} is read, it was skipped`,
    { hint: 'upload the report files on their own, not inside a larger artifact', retryable: false }
  )
}

async function downloadZip(
  client: GitHubClient,
  owner: string,
  repo: string,
  artifactId: number,
  maxBytes: number,
  time: { maxMs: number; label: string }
): Promise<Buffer> {
  const name = `download artifact ${artifactId}`
  const source = await openRedirected(client, caller(client), name, (signal) =>
    client.octokit.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
      owner,
      repo,
      artifact_id: artifactId,
      archive_format: 'zip',
      request: streamed(signal)
    })
  )
  const fail: BodyFailures = {
    tooLarge: (size) => tooLarge(artifactId, maxBytes, size),
    cut: (bytes, expected, cause) =>
      cause === undefined
        ? new OperationalError('github.network', `${name}: the download ended after ${bytes} of ${expected} bytes`, {
            retryable: true
          })
        : new OperationalError('github.network', client.redact(`${name}: the download was cut after ${bytes} bytes`), {
            retryable: true,
            cause
          }),
    slow: (bytes, limit, ms) =>
      new OperationalError(
        'github.timeout',
        `limit reached: ${name}: ${slowly(bytes, limit, ms, time.label)}; it was skipped`,
        {
          retryable: true
        }
      )
  }
  return readWholeBody(source, { maxBytes, maxMs: time.maxMs, idleMs: client.limits.requestTimeoutMs }, fail)
}

async function* streamLog(
  client: GitHubClient,
  owner: string,
  repo: string,
  jobId: number,
  maxBytes: number,
  time: { maxMs: number; label: string }
): AsyncGenerator<Buffer> {
  const source = await openRedirected(client, caller(client), `download the log of job ${jobId}`, (signal) =>
    client.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
      owner,
      repo,
      job_id: jobId,
      request: streamed(signal)
    })
  )
  const fail: BodyFailures = {
    tooLarge: (size) =>
      new OperationalError(
        'github.log-limit',
        `limit reached: log of job ${jobId} is ${size !== undefined ? `${size} bytes, ` : ''}more than the ${maxBytes} bytes read`,
        {
          hint: 'the findings come from the part that was read',
          retryable: false
        }
      ),
    cut: (bytes, expected, cause) =>
      new OperationalError(
        'github.log-truncated',
        `log of job ${jobId} ended early after ${bytes} bytes${Number.isFinite(expected) ? ` of ${expected}` : ''}`,
        {
          hint: 'the connection was cut while reading the log; the findings come from the part that was read',
          retryable: true,
          ...(cause === undefined ? {} : { cause })
        }
      ),
    slow: (bytes, limit, ms) =>
      new OperationalError(
        'github.log-limit',
        `limit reached: log of job ${jobId}: ${slowly(bytes, limit, ms, time.label)}`,
        {
          hint: 'the findings come from the part that was read',
          retryable: false
        }
      )
  }
  yield* readBody(source, { maxBytes, partial: true, maxMs: time.maxMs, idleMs: client.limits.requestTimeoutMs }, fail)
}

/** A download abandoned for time, in words: how long, which limit, how much came. */
function slowly(bytes: number, limit: 'total' | 'idle', ms: number, label: string): string {
  return limit === 'total'
    ? `still coming after ${seconds(ms)} s (${label}), ${bytes} bytes read`
    : `no data for ${seconds(ms)} s (request timeout), ${bytes} bytes read`
}

/** Milliseconds as seconds for a message: `120`, `1.5`. */
export function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10)
}
