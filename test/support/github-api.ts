/**
 * A stand-in for the parts of GitHub's REST API that HEE CI reads and writes: workflow runs,
 * jobs, job logs (302 to a plain-text URL), re-runs, issues and the rate limit. Bodies are
 * built from GitHub's own OpenAPI examples and, in validation mode (the default), every JSON
 * body is checked against the documented response schema before it is served.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Handler, Reply, RequestCtx, StandinServer } from './http-server.js'
import { example, isDocumentedStatus, validateResponse } from './openapi.js'

export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
export type Conclusion =
  'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'neutral' | 'action_required' | 'stale'

export interface StepSpec {
  name: string
  conclusion?: Conclusion | null
  status?: 'queued' | 'in_progress' | 'completed'
}

export interface JobSpec {
  name: string
  conclusion?: Conclusion | null
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting'
  /** Step names (all succeed unless the job failed: then the last one fails) or full specs. */
  steps?: Array<string | StepSpec>
  /** Served verbatim; when omitted a log in GitHub's format is generated from the steps. */
  log?: string | Buffer
  /** Lines reported as `##[error]` in a generated log of a failed job. */
  errorLines?: string[]
  runAttempt?: number
  labels?: string[]
}

export interface RunSpec {
  id?: number
  /** Workflow display name (default `CI`). */
  name?: string
  /** Workflow file name under `.github/workflows/` (default `ci.yml`). */
  workflow?: string
  event?: string
  status?: RunStatus
  conclusion?: Conclusion | null
  headSha?: string
  branch?: string
  /** ISO 8601; default: one minute after the previous run. */
  createdAt?: string
  runAttempt?: number
  displayTitle?: string
  jobs?: JobSpec[]
}

export interface FakeStep {
  name: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: Conclusion | null
  number: number
  started_at: string | null
  completed_at: string | null
}

export interface FakeJob {
  id: number
  runId: number
  runAttempt: number
  name: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting'
  conclusion: Conclusion | null
  steps: FakeStep[]
  labels: string[]
  createdAt: string
  startedAt: string
  completedAt: string | null
  log: Buffer
}

export interface FakeWorkflow {
  id: number
  name: string
  path: string
}

export interface FakeRun {
  id: number
  name: string
  workflow: FakeWorkflow
  runNumber: number
  event: string
  status: RunStatus
  conclusion: Conclusion | null
  headSha: string
  branch: string
  createdAt: string
  updatedAt: string
  runAttempt: number
  displayTitle: string
}

export interface FakeIssue {
  number: number
  id: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  labels: string[]
  createdAt: string
  updatedAt: string
  closedAt: string | null
  comments: FakeComment[]
}

export interface FakeComment {
  id: number
  body: string
  createdAt: string
}

const BASE_TIME = Date.parse('2024-05-01T10:00:00Z')
const DOCS = 'https://docs.github.com/rest'

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Formats log lines the way GitHub serves a job log: each line prefixed with a
 * 7-digit-fraction UTC timestamp, one second apart from `start`.
 */
export function formatLog(lines: string[], start = BASE_TIME): string {
  return lines.map((l, i) => `${new Date(start + i * 1000).toISOString().replace('Z', '0000Z')} ${l}`).join('\n') + '\n'
}

/** A job log in GitHub's format: one `##[group]Run …` block per step, `##[error]` lines for a failure. */
export function generateJobLog(steps: FakeStep[], errorLines: string[], start = BASE_TIME): string {
  const lines: string[] = []
  for (const step of steps) {
    if (step.name === 'Set up job') {
      lines.push("Current runner version: '2.327.1'", '##[group]Operating System', 'Ubuntu', '24.04', '##[endgroup]')
      continue
    }
    if (step.name === 'Complete job') {
      lines.push('Cleaning up orphan processes')
      continue
    }
    const title = step.name.startsWith('Run ') ? step.name : `Run ${step.name}`
    lines.push(`##[group]${title}`, title.slice(4), 'shell: /usr/bin/bash -e {0}', '##[endgroup]')
    if (step.conclusion === 'failure') {
      for (const e of errorLines) lines.push(e.startsWith('##[') ? e : `##[error]${e}`)
    } else {
      lines.push(`${step.name}: ok`)
    }
  }
  return formatLog(lines, start)
}

/** The model behind the stand-in: populate it from a test, then let the client read it. */
export class FakeRepo {
  readonly owner: string
  readonly name: string
  readonly runs = new Map<number, FakeRun>()
  readonly jobs = new Map<number, FakeJob>()
  readonly workflows = new Map<string, FakeWorkflow>()
  readonly issues: FakeIssue[] = []
  /** Run ids that received `POST …/rerun-failed-jobs`, in order. */
  readonly rerunRequests: number[] = []
  /** When set, only this token is accepted (`authorization: token …` or `Bearer …`); others get 401. */
  token?: string
  /** When set, every response carries `github-authentication-token-expiration`. */
  tokenExpiration?: Date
  readonly rateLimit = { limit: 5000, remaining: 5000, used: 0, reset: Math.floor(Date.now() / 1000) + 3600 }
  private nextRunId = 30_433_642
  private nextJobId = 399_444_496
  private nextIssueId = 1
  private nextCommentId = 1
  private clock = BASE_TIME

  constructor(fullName = 'owner/name') {
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`FakeRepo needs "owner/name", got ${fullName}`)
    this.owner = owner
    this.name = name
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  /** Adds a workflow run (and its jobs, if given). Runs get increasing ids and creation times. */
  addRun(spec: RunSpec = {}): FakeRun {
    const file = spec.workflow ?? 'ci.yml'
    const path = `.github/workflows/${file}`
    let workflow = this.workflows.get(file)
    if (!workflow) {
      workflow = { id: 159_038 + this.workflows.size, name: spec.name ?? 'CI', path }
      this.workflows.set(file, workflow)
    }
    this.clock += 60_000
    const id = spec.id ?? this.nextRunId++
    if (id >= this.nextRunId) this.nextRunId = id + 1
    const createdAt = spec.createdAt ?? iso(this.clock)
    const status = spec.status ?? 'completed'
    const runNumber = [...this.runs.values()].filter((r) => r.workflow === workflow).length + 1
    const run: FakeRun = {
      id,
      name: workflow.name,
      workflow,
      runNumber,
      event: spec.event ?? 'push',
      status,
      conclusion: spec.conclusion !== undefined ? spec.conclusion : status === 'completed' ? 'success' : null,
      headSha: spec.headSha ?? createHash('sha1').update(`commit-${id}`).digest('hex'),
      branch: spec.branch ?? 'main',
      createdAt,
      updatedAt: createdAt,
      runAttempt: spec.runAttempt ?? 1,
      displayTitle: spec.displayTitle ?? `Commit for run ${id}`
    }
    this.runs.set(id, run)
    for (const j of spec.jobs ?? []) this.addJob(id, j)
    if (spec.conclusion === undefined && spec.jobs?.some((j) => j.conclusion === 'failure') && status === 'completed') {
      run.conclusion = 'failure'
    }
    return run
  }

  /** Adds a job to a run. A failed job's last step fails unless steps say otherwise. */
  addJob(runId: number, spec: JobSpec): FakeJob {
    const run = this.runs.get(runId)
    if (!run) throw new Error(`no run ${runId}`)
    const status = spec.status ?? 'completed'
    const conclusion = spec.conclusion !== undefined ? spec.conclusion : status === 'completed' ? 'success' : null
    const start = Date.parse(run.createdAt) + 5_000
    const names = spec.steps ?? ['Set up job', 'Run actions/checkout@v4', 'Run npm test', 'Complete job']
    const failIndex =
      conclusion === 'failure' && spec.steps?.every((s) => typeof s === 'string') !== false
        ? lastRealStep(names.map((s) => (typeof s === 'string' ? s : s.name)))
        : -1
    let skipping = false
    const steps: FakeStep[] = names.map((s, i) => {
      const stepSpec: StepSpec = typeof s === 'string' ? { name: s } : s
      let stepConclusion: Conclusion | null
      if (stepSpec.conclusion !== undefined) stepConclusion = stepSpec.conclusion
      else if (status !== 'completed') stepConclusion = null
      else if (i === failIndex) stepConclusion = 'failure'
      else if (skipping && stepSpec.name !== 'Complete job') stepConclusion = 'skipped'
      else stepConclusion = 'success'
      if (stepConclusion === 'failure') skipping = true
      const stepStatus = stepSpec.status ?? (status === 'completed' ? 'completed' : 'queued')
      return {
        name: stepSpec.name,
        status: stepStatus,
        conclusion: stepConclusion,
        number: i + 1,
        started_at: stepStatus === 'queued' ? null : iso(start + i * 1000),
        completed_at: stepStatus === 'completed' ? iso(start + i * 1000 + 1000) : null
      }
    })
    const job: FakeJob = {
      id: this.nextJobId++,
      runId,
      runAttempt: spec.runAttempt ?? run.runAttempt,
      name: spec.name,
      status,
      conclusion,
      steps,
      labels: spec.labels ?? ['ubuntu-latest'],
      createdAt: iso(start - 2_000),
      startedAt: iso(start),
      completedAt: status === 'completed' ? iso(start + steps.length * 1000) : null,
      log: Buffer.isBuffer(spec.log)
        ? spec.log
        : Buffer.from(
            spec.log ?? generateJobLog(steps, spec.errorLines ?? ['Process completed with exit code 1.'], start),
            'utf8'
          )
    }
    this.jobs.set(job.id, job)
    return job
  }

  /** Jobs of a run; `latest` keeps only the jobs of the newest attempt. */
  jobsOf(runId: number, filter: 'latest' | 'all' = 'latest'): FakeJob[] {
    const all = [...this.jobs.values()].filter((j) => j.runId === runId)
    if (filter === 'all') return all
    const latest = Math.max(0, ...all.map((j) => j.runAttempt))
    return all.filter((j) => j.runAttempt === latest)
  }

  addIssue(spec: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed' }): FakeIssue {
    this.clock += 1000
    const at = iso(this.clock)
    const n = this.nextIssueId++
    const issue: FakeIssue = {
      number: n,
      id: 1_000_000 + n,
      title: spec.title,
      body: spec.body ?? null,
      state: spec.state ?? 'open',
      labels: spec.labels ?? [],
      createdAt: at,
      updatedAt: at,
      closedAt: spec.state === 'closed' ? at : null,
      comments: []
    }
    this.issues.push(issue)
    return issue
  }

  addComment(issue: FakeIssue, body: string): FakeComment {
    this.clock += 1000
    const c: FakeComment = { id: 2_000_000 + this.nextCommentId++, body, createdAt: iso(this.clock) }
    issue.comments.push(c)
    issue.updatedAt = c.createdAt
    return c
  }

  /** Internal clock for generated timestamps. */
  now(): string {
    this.clock += 1000
    return iso(this.clock)
  }
}

function lastRealStep(names: string[]): number {
  for (let i = names.length - 1; i >= 0; i--) {
    if (names[i] !== 'Complete job' && !names[i]!.startsWith('Post ')) return i
  }
  return names.length - 1
}

export interface ActionsApiOptions {
  /**
   * Validate every JSON body against GitHub's OpenAPI description (default on; set
   * `HEE_STANDIN_VALIDATE=0` to switch it off). A violating body is recorded in
   * `violations` and replaced by a 500 so the calling test fails.
   */
  validate?: boolean
}

export interface ActionsApi {
  repo: FakeRepo
  /** Schema violations found in bodies the stand-in was about to serve. */
  readonly violations: string[]
  /** How many JSON bodies were validated. */
  readonly stats: { validated: number }
}

type ApiHandler = (ctx: RequestCtx, origin: string) => Reply | Promise<Reply>

/** Registers the REST routes on `server`; see the module comment. */
export function registerActionsApi(
  server: StandinServer,
  repo = new FakeRepo('owner/name'),
  options: ActionsApiOptions = {}
): ActionsApi {
  const validate = options.validate ?? process.env.HEE_STANDIN_VALIDATE !== '0'
  const api: ActionsApi = { repo, violations: [], stats: { validated: 0 } }
  const logSecrets = new Map<number, string>()

  const route = (
    method: string,
    template: string,
    handler: ApiHandler,
    opts: { countsAgainstLimit?: boolean } = {}
  ): void => {
    const openApiTemplate = template.replace(/:([a-z_]+)/g, '{$1}')
    const wrapped: Handler = async (ctx) => {
      const reply = await serve(ctx, handler, opts.countsAgainstLimit ?? true)
      if (validate && isJsonBody(reply.body)) {
        api.stats.validated++
        // Error statuses an operation does not document are GitHub's generic `basic-error`.
        const result =
          reply.status >= 400 && !isDocumentedStatus(method, openApiTemplate, reply.status)
            ? validateBasicError(reply.body)
            : validateResponse(method, openApiTemplate, reply.status, reply.body)
        if (!result.valid) {
          const line = `${method} ${ctx.url.pathname} ${reply.status}: ${result.errors.slice(0, 5).join('; ')}`
          api.violations.push(line)
          return {
            status: 500,
            headers: reply.headers,
            body: { message: `stand-in body violates the OpenAPI description: ${line}` }
          }
        }
      }
      return reply
    }
    server.route(method, template, wrapped)
  }

  const rateHeaders = (): Record<string, number | string> => ({
    'x-ratelimit-limit': repo.rateLimit.limit,
    'x-ratelimit-remaining': repo.rateLimit.remaining,
    'x-ratelimit-used': repo.rateLimit.used,
    'x-ratelimit-reset': repo.rateLimit.reset,
    'x-ratelimit-resource': 'core'
  })

  const serve = async (ctx: RequestCtx, handler: ApiHandler, counts: boolean): Promise<Reply> => {
    const headers: Record<string, string | number> = {
      'x-github-request-id': randomUUID().toUpperCase().slice(0, 23).replace(/-/g, ':'),
      'x-github-api-version-selected': '2022-11-28'
    }
    if (repo.tokenExpiration) headers['github-authentication-token-expiration'] = formatExpiration(repo.tokenExpiration)
    const auth = ctx.headers.authorization
    const presented = auth?.replace(/^(token|bearer)\s+/i, '')
    if (!auth || (repo.token !== undefined && presented !== repo.token)) {
      return {
        status: 401,
        headers: { ...headers, ...rateHeaders() },
        body: { message: auth ? 'Bad credentials' : 'Requires authentication', documentation_url: DOCS, status: '401' }
      }
    }
    if (counts && repo.rateLimit.remaining <= 0) {
      return {
        status: 403,
        headers: { ...headers, ...rateHeaders() },
        body: {
          message: `API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID ${headers['x-github-request-id']}.`,
          documentation_url: DOCS,
          status: '403'
        }
      }
    }
    const wrongRepo =
      ctx.params.owner !== undefined &&
      `${ctx.params.owner}/${ctx.params.repo}`.toLowerCase() !== repo.fullName.toLowerCase()
    const reply = wrongRepo ? { status: 404, body: notFound() } : await handler(ctx, ctx.origin)
    return finish(ctx, { ...reply, headers: { ...headers, ...reply.headers } }, counts)
  }

  const finish = (ctx: RequestCtx, reply: Reply, counts: boolean): Reply => {
    const headers = reply.headers ?? {}
    if (ctx.method === 'GET' && reply.status === 200 && isJsonBody(reply.body)) {
      const etag = `W/"${createHash('sha256').update(JSON.stringify(reply.body)).digest('hex').slice(0, 40)}"`
      headers.etag = etag
      const inm = ctx.headers['if-none-match']
      if (inm && inm.split(/\s*,\s*/).includes(etag)) {
        // Conditional requests that answer 304 do not count against the rate limit.
        return { status: 304, headers: { ...headers, ...rateHeaders() } }
      }
    }
    if (counts) {
      repo.rateLimit.remaining = Math.max(0, repo.rateLimit.remaining - 1)
      repo.rateLimit.used++
    }
    return { ...reply, headers: { ...headers, ...rateHeaders() } }
  }

  const runsList = (ctx: RequestCtx, origin: string, runs: FakeRun[]): Reply => {
    const q = ctx.url.searchParams
    let list = runs
    const status = q.get('status')
    if (status) list = list.filter((r) => r.status === status || r.conclusion === status)
    const event = q.get('event')
    if (event) list = list.filter((r) => r.event === event)
    const sha = q.get('head_sha')
    if (sha) list = list.filter((r) => r.headSha === sha)
    const branch = q.get('branch')
    if (branch) list = list.filter((r) => r.branch === branch)
    const created = q.get('created')
    if (created) {
      const test = createdFilter(created)
      list = list.filter((r) => test(Date.parse(r.createdAt)))
    }
    list = [...list].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
    const { items, link } = paginate(ctx, origin, list)
    return {
      status: 200,
      headers: linkHeader(link),
      body: { total_count: list.length, workflow_runs: items.map((r) => runBody(repo, r, origin)) }
    }
  }

  route('GET', '/repos/:owner/:repo/actions/runs', (ctx, origin) => runsList(ctx, origin, [...repo.runs.values()]))

  route('GET', '/repos/:owner/:repo/actions/workflows/:workflow_id/runs', (ctx, origin) => {
    const key = ctx.params.workflow_id!
    const wf = [...repo.workflows.entries()].find(([file, w]) => file === key || String(w.id) === key)?.[1]
    if (!wf) return { status: 404, body: notFound() }
    return runsList(
      ctx,
      origin,
      [...repo.runs.values()].filter((r) => r.workflow === wf)
    )
  })

  route('GET', '/repos/:owner/:repo/actions/runs/:run_id', (ctx, origin) => {
    const run = repo.runs.get(Number(ctx.params.run_id))
    return run ? { status: 200, body: runBody(repo, run, origin) } : { status: 404, body: notFound() }
  })

  route('GET', '/repos/:owner/:repo/actions/runs/:run_id/jobs', (ctx, origin) => {
    const run = repo.runs.get(Number(ctx.params.run_id))
    if (!run) return { status: 404, body: notFound() }
    const filter = ctx.url.searchParams.get('filter') === 'all' ? 'all' : 'latest'
    const jobs = repo.jobsOf(run.id, filter)
    const { items, link } = paginate(ctx, origin, jobs)
    return {
      status: 200,
      headers: linkHeader(link),
      body: { total_count: jobs.length, jobs: items.map((j) => jobBody(repo, j, origin)) }
    }
  })

  route('GET', '/repos/:owner/:repo/actions/jobs/:job_id', (ctx, origin) => {
    const job = repo.jobs.get(Number(ctx.params.job_id))
    return job ? { status: 200, body: jobBody(repo, job, origin) } : { status: 404, body: notFound() }
  })

  route('GET', '/repos/:owner/:repo/actions/jobs/:job_id/logs', (ctx, origin) => {
    const job = repo.jobs.get(Number(ctx.params.job_id))
    if (!job) return { status: 404, body: notFound() }
    const sig = randomBytes(12).toString('hex')
    logSecrets.set(job.id, sig)
    const expires = encodeURIComponent(new Date(Date.now() + 60_000).toISOString())
    return {
      status: 302,
      headers: {
        location: `${origin}/_standin/job-logs/${job.id}/signedlogcontent?urlExpires=${expires}&urlSignature=${sig}`
      }
    }
  })

  // The signed log URL: no authorization, like GitHub's blob storage.
  server.route('GET', '/_standin/job-logs/:job_id/signedlogcontent', (ctx) => {
    const id = Number(ctx.params.job_id)
    const job = repo.jobs.get(id)
    if (!job || logSecrets.get(id) !== ctx.url.searchParams.get('urlSignature')) {
      return {
        status: 403,
        headers: { 'content-type': 'application/xml' },
        body: '<Error><Code>AuthenticationFailed</Code></Error>'
      }
    }
    return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: job.log }
  })

  route('POST', '/repos/:owner/:repo/actions/runs/:run_id/rerun-failed-jobs', (ctx) => {
    const run = repo.runs.get(Number(ctx.params.run_id))
    if (!run) return { status: 404, body: notFound() }
    if (run.status !== 'completed')
      return {
        status: 403,
        body: { message: 'This workflow is already running', documentation_url: DOCS, status: '403' }
      }
    repo.rerunRequests.push(run.id)
    run.runAttempt += 1
    run.status = 'queued'
    run.conclusion = null
    run.updatedAt = repo.now()
    return { status: 201, body: {} }
  })

  route('GET', '/repos/:owner/:repo/issues', (ctx, origin) => {
    const q = ctx.url.searchParams
    const state = q.get('state') ?? 'open'
    const labels = (q.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean)
    const list = repo.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .sort((a, b) => b.number - a.number)
    const { items, link } = paginate(ctx, origin, list)
    return { status: 200, headers: linkHeader(link), body: items.map((i) => issueBody(repo, i, origin)) }
  })

  route('POST', '/repos/:owner/:repo/issues', (ctx, origin) => {
    const input = parseJson<{ title?: unknown; body?: unknown; labels?: unknown }>(ctx)
    if (!input || typeof input.title !== 'string' || input.title === '') return validationFailed('Issue', 'title')
    const labels = Array.isArray(input.labels)
      ? input.labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name)))
      : []
    const issue = repo.addIssue({
      title: input.title,
      body: typeof input.body === 'string' ? input.body : undefined,
      labels
    })
    const body = issueBody(repo, issue, origin)
    return { status: 201, headers: { location: String(body.url) }, body }
  })

  route('PATCH', '/repos/:owner/:repo/issues/:issue_number', (ctx, origin) => {
    const issue = repo.issues.find((i) => i.number === Number(ctx.params.issue_number))
    if (!issue) return { status: 404, body: notFound() }
    const input = parseJson<{ title?: unknown; body?: unknown; state?: unknown; labels?: unknown }>(ctx)
    if (!input) return validationFailed('Issue', 'body')
    if (typeof input.title === 'string') issue.title = input.title
    if (typeof input.body === 'string' || input.body === null) issue.body = input.body
    if (input.state === 'open' || input.state === 'closed') {
      if (input.state !== issue.state) issue.closedAt = input.state === 'closed' ? repo.now() : null
      issue.state = input.state
    }
    if (Array.isArray(input.labels))
      issue.labels = input.labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name)))
    issue.updatedAt = repo.now()
    return { status: 200, body: issueBody(repo, issue, origin) }
  })

  route('POST', '/repos/:owner/:repo/issues/:issue_number/comments', (ctx, origin) => {
    const issue = repo.issues.find((i) => i.number === Number(ctx.params.issue_number))
    if (!issue) return { status: 404, body: notFound() }
    const input = parseJson<{ body?: unknown }>(ctx)
    if (!input || typeof input.body !== 'string' || input.body === '') return validationFailed('IssueComment', 'body')
    const c = repo.addComment(issue, input.body)
    const body = commentBody(repo, issue, c, origin)
    return { status: 201, headers: { location: String(body.url) }, body }
  })

  route('GET', '/repos/:owner/:repo/issues/:issue_number/comments', (ctx, origin) => {
    const issue = repo.issues.find((i) => i.number === Number(ctx.params.issue_number))
    if (!issue) return { status: 404, body: notFound() }
    const { items, link } = paginate(ctx, origin, issue.comments)
    return { status: 200, headers: linkHeader(link), body: items.map((c) => commentBody(repo, issue, c, origin)) }
  })

  // Reading the rate limit does not count against it.
  route(
    'GET',
    '/rate_limit',
    () => {
      const body = example<{ resources: Record<string, unknown>; rate: unknown }>('rate-limit-overview')
      const core = { ...repo.rateLimit }
      body.resources.core = core
      body.rate = core
      return { status: 200, body }
    },
    { countsAgainstLimit: false }
  )

  return api
}

function isJsonBody(body: Reply['body']): body is object {
  return body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)
}

function validateBasicError(body: unknown): { valid: boolean; errors: string[] } {
  const valid = typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
  return { valid, errors: valid ? [] : ['/ an error body needs a string `message` (basic-error)'] }
}

function notFound(): object {
  return { message: 'Not Found', documentation_url: DOCS, status: '404' }
}

function validationFailed(resource: string, field: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'missing_field', field }],
      documentation_url: DOCS,
      status: '422'
    }
  }
}

function parseJson<T>(ctx: RequestCtx): T | undefined {
  try {
    const v = ctx.json<T>()
    return typeof v === 'object' && v !== null ? v : undefined
  } catch {
    return undefined
  }
}

function formatExpiration(d: Date): string {
  return d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC')
}

/** `created` filter of the runs API: `>=d`, `<=d`, `>d`, `<d`, `a..b` or a date/day. */
function createdFilter(expr: string): (t: number) => boolean {
  const range = /^(.+)\.\.(.+)$/.exec(expr)
  if (range) {
    const [from, to] = [dayStart(range[1]!), dayEnd(range[2]!)]
    return (t) => (range[1] === '*' || t >= from) && (range[2] === '*' || t <= to)
  }
  const m = /^(>=|<=|>|<)?(.+)$/.exec(expr)!
  const op = m[1]
  const v = m[2]!
  switch (op) {
    case '>=':
      return (t) => t >= dayStart(v)
    case '>':
      return (t) => t > dayEnd(v)
    case '<=':
      return (t) => t <= dayEnd(v)
    case '<':
      return (t) => t < dayStart(v)
    default:
      return (t) => t >= dayStart(v) && t <= dayEnd(v)
  }
}

function dayStart(v: string): number {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v)
}

function dayEnd(v: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T23:59:59.999Z`) : Date.parse(v)
}

/** `per_page` (default 30, max 100) and `page`, with an RFC 5988 `Link` header like GitHub's. */
function paginate<T>(ctx: RequestCtx, origin: string, all: T[]): { items: T[]; link?: string } {
  const q = ctx.url.searchParams
  const perPage = Math.min(100, Math.max(1, Number(q.get('per_page') ?? 30) || 30))
  const page = Math.max(1, Number(q.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const items = all.slice((page - 1) * perPage, page * perPage)
  const url = (p: number): string => {
    const u = new URL(ctx.url.pathname + ctx.url.search, origin)
    u.searchParams.set('page', String(p))
    return u.toString()
  }
  const parts: string[] = []
  if (page < last) parts.push(`<${url(page + 1)}>; rel="next"`, `<${url(last)}>; rel="last"`)
  if (page > 1) parts.push(`<${url(1)}>; rel="first"`, `<${url(page - 1)}>; rel="prev"`)
  return { items, link: parts.length ? parts.join(', ') : undefined }
}

function linkHeader(link: string | undefined): Record<string, string> {
  return link ? { link } : {}
}

function apiRepo(repo: FakeRepo, origin: string): string {
  return `${origin}/repos/${repo.fullName}`
}

function runBody(repo: FakeRepo, run: FakeRun, origin: string): Record<string, unknown> {
  const body = example<Record<string, unknown>>('workflow-run')
  const base = `${apiRepo(repo, origin)}/actions/runs/${run.id}`
  const repository = {
    ...(body.repository as object),
    name: repo.name,
    full_name: repo.fullName,
    url: apiRepo(repo, origin),
    html_url: `https://github.com/${repo.fullName}`
  }
  return {
    ...body,
    id: run.id,
    name: run.name,
    node_id: Buffer.from(`WorkflowRun${run.id}`).toString('base64'),
    check_suite_id: run.id + 1,
    head_branch: run.branch,
    head_sha: run.headSha,
    path: run.workflow.path,
    run_number: run.runNumber,
    event: run.event,
    display_title: run.displayTitle,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflow.id,
    url: base,
    html_url: `https://github.com/${repo.fullName}/actions/runs/${run.id}`,
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_attempt: run.runAttempt,
    run_started_at: run.createdAt,
    jobs_url: `${base}/jobs`,
    logs_url: `${base}/logs`,
    artifacts_url: `${base}/artifacts`,
    cancel_url: `${base}/cancel`,
    rerun_url: `${base}/rerun`,
    previous_attempt_url: run.runAttempt > 1 ? `${base}/attempts/${run.runAttempt - 1}` : null,
    workflow_url: `${apiRepo(repo, origin)}/actions/workflows/${run.workflow.id}`,
    head_commit: {
      ...(body.head_commit as object),
      id: run.headSha,
      message: run.displayTitle,
      timestamp: run.createdAt
    },
    repository,
    head_repository: repository
  }
}

function jobBody(repo: FakeRepo, job: FakeJob, origin: string): Record<string, unknown> {
  const run = repo.runs.get(job.runId)!
  // GitHub's own `job` example lacks the required `created_at`; we always send it.
  return {
    ...example<Record<string, unknown>>('job'),
    id: job.id,
    run_id: job.runId,
    run_url: `${apiRepo(repo, origin)}/actions/runs/${job.runId}`,
    run_attempt: job.runAttempt,
    node_id: Buffer.from(`Job${job.id}`).toString('base64'),
    head_sha: run.headSha,
    head_branch: run.branch,
    workflow_name: run.name,
    url: `${apiRepo(repo, origin)}/actions/jobs/${job.id}`,
    html_url: `https://github.com/${repo.fullName}/actions/runs/${job.runId}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: job.createdAt,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    name: job.name,
    steps: job.steps.map((s) => ({ ...s })),
    check_run_url: `${apiRepo(repo, origin)}/check-runs/${job.id}`,
    labels: job.labels,
    runner_id: 1,
    runner_name: 'GitHub Actions 1',
    runner_group_id: 1,
    runner_group_name: 'GitHub Actions'
  }
}

function issueBody(repo: FakeRepo, issue: FakeIssue, origin: string): Record<string, unknown> {
  const ex = example<Record<string, unknown>>('issue')
  const url = `${apiRepo(repo, origin)}/issues/${issue.number}`
  const labelTemplate = (ex.labels as Array<Record<string, unknown>>)[0]!
  return {
    ...ex,
    id: issue.id,
    node_id: Buffer.from(`Issue${issue.id}`).toString('base64'),
    url,
    repository_url: apiRepo(repo, origin),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `https://github.com/${repo.fullName}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state === 'closed' ? 'completed' : null,
    title: issue.title,
    body: issue.body,
    labels: issue.labels.map((name, i) => ({
      ...labelTemplate,
      id: 208_045_946 + i,
      name,
      url: `${apiRepo(repo, origin)}/labels/${encodeURIComponent(name)}`,
      default: false
    })),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: issue.comments.length,
    pull_request: undefined,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: null
  }
}

function commentBody(repo: FakeRepo, issue: FakeIssue, c: FakeComment, origin: string): Record<string, unknown> {
  return {
    ...example<Record<string, unknown>>('issue-comment'),
    id: c.id,
    node_id: Buffer.from(`IssueComment${c.id}`).toString('base64'),
    url: `${apiRepo(repo, origin)}/issues/comments/${c.id}`,
    html_url: `https://github.com/${repo.fullName}/issues/${issue.number}#issuecomment-${c.id}`,
    body: c.body,
    created_at: c.createdAt,
    updated_at: c.createdAt,
    issue_url: `${apiRepo(repo, origin)}/issues/${issue.number}`
  }
}
