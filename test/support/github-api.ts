/**
 * A stand-in for the parts of GitHub's REST API that HEE CI reads and writes: workflow runs,
 * jobs, job logs (302 to a plain-text URL), re-runs, issues, pull requests, git refs, file
 * contents and the rate limit. Bodies are built from GitHub's own OpenAPI examples and, in
 * validation mode (the default), every JSON body is checked against the documented response
 * schema before it is served.
 *
 * The repository has real state: commits with file trees, refs pointing at them, pull requests
 * whose head follows their branch. Writes answer as GitHub does, refusals included (422 for a
 * ref that exists, a pull request that exists, an update that is not a fast-forward; 409 for a
 * stale file sha; 403 naming the permission the token lacks when `permissions` is set).
 *
 * With `gitDir` set (`repo.linkGit(bare)`), branches and commits are those of a real bare
 * repository that tests push to with git: every request first reads its refs and commit graph,
 * and ref writes through the API go to it with `git update-ref`.
 */
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Handler, Reply, RequestCtx, StandinServer } from './http-server.js'
import { documentsJsonBody, example, validateResponse } from './openapi.js'

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
  /** `owner/name` the head commit comes from: another repository for a fork's pull request. */
  headRepository?: string
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
  /** `owner/name` of a fork the head commit comes from; undefined for the repository itself. */
  headRepository?: string
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

/** A commit: the whole tree it records, by path. */
export interface FakeCommit {
  sha: string
  treeSha: string
  files: ReadonlyMap<string, Buffer>
  parents: string[]
  message: string
  date: string
  author: { name: string; email: string }
}

/** A pull request: an issue (number, title, comments, …) with a head and a base branch. */
export interface FakePull extends FakeIssue {
  /** `ref` is the head branch; `owner` its repository's owner (a fork when not this one). */
  head: { ref: string; owner: string; sha: string }
  base: { ref: string }
  draft: boolean
  maintainerCanModify: boolean
}

/** Repository permissions of a token, as a workflow's `permissions:` names them. */
export type Permission = 'actions' | 'contents' | 'issues' | 'pull-requests'
export type Access = 'none' | 'read' | 'write'
/** What a route accepts: any one of these permissions at this access (GitHub's alternatives). */
type Needs = Array<[Permission, 'read' | 'write']>

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
  /**
   * The token's permissions, like a job's `permissions:` (what is not named is `none`). Unset:
   * everything is allowed. A route the token may not use answers 403 with
   * `x-accepted-github-permissions`, as GitHub does.
   */
  permissions?: Partial<Record<Permission, Access>>
  defaultBranch = 'main'
  readonly commits = new Map<string, FakeCommit>()
  /** Full ref name (`refs/heads/main`) → commit sha. */
  readonly refs = new Map<string, string>()
  readonly pulls: FakePull[] = []
  /** Branches with classic branch protection (`protected: true` on `GET …/branches/{branch}`). */
  readonly protectedBranches = new Set<string>()
  /** Ruleset rule types that apply to a branch (`GET …/rules/branches/{branch}`). */
  readonly branchRules = new Map<string, string[]>()
  /** A real bare repository whose branches and commits this repository is (see `linkGit`). */
  gitDir?: string
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
    const root = this.makeCommit(new Map([['README.md', Buffer.from(`# ${name}\n`)]]), [], 'Initial commit')
    this.refs.set(`refs/heads/${this.defaultBranch}`, root.sha)
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  /**
   * Makes the branches and commits those of the bare repository `dir`: what a test pushes there
   * with git is what the API serves (refs, pull request heads, ancestry).
   */
  linkGit(dir: string, defaultBranch = 'main'): void {
    this.gitDir = dir
    this.defaultBranch = defaultBranch
    this.syncFromGit()
  }

  /** Reads the linked repository's branches and commit graph (a no-op without `gitDir`). */
  syncFromGit(): void {
    if (!this.gitDir) return
    const run = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: this.gitDir,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' }
      })
    for (const name of [...this.refs.keys()]) if (name.startsWith('refs/heads/')) this.refs.delete(name)
    for (const line of run('for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads').split('\n')) {
      const [sha, name] = line.split(' ')
      if (sha && name) this.refs.set(name, sha)
    }
    if (![...this.refs.keys()].some((r) => r.startsWith('refs/heads/'))) return
    const log = run('log', '--branches', '--format=%H%x00%P%x00%an%x00%ae%x00%cI%x00%s%x00')
    const parts = log.split('\0')
    for (let i = 0; i + 5 < parts.length; i += 6) {
      const sha = parts[i]!.trim()
      if (!sha || this.commits.has(sha)) continue
      this.commits.set(sha, {
        sha,
        treeSha: '',
        files: new Map(),
        parents: parts[i + 1]!.trim() ? parts[i + 1]!.trim().split(' ') : [],
        message: parts[i + 5]!,
        date: parts[i + 4]!.replace(/\+00:00$/, 'Z'),
        author: { name: parts[i + 2]!, email: parts[i + 3]! }
      })
    }
  }

  /** Moves (or with `undefined` deletes) a ref, in the linked repository too. */
  setRef(name: string, sha: string | undefined): void {
    if (sha === undefined) this.refs.delete(name)
    else this.refs.set(name, sha)
    if (this.gitDir)
      execFileSync('git', sha === undefined ? ['update-ref', '-d', name] : ['update-ref', name, sha], {
        cwd: this.gitDir,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' }
      })
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
      ...(spec.headRepository && spec.headRepository !== this.fullName ? { headRepository: spec.headRepository } : {}),
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

  /** A new branch at `from` (a branch name or a commit sha; default the default branch). */
  createBranch(name: string, from = this.defaultBranch): string {
    const sha = this.resolve(from)
    if (!sha) throw new Error(`no branch or commit ${from}`)
    this.refs.set(`refs/heads/${name}`, sha)
    return sha
  }

  /** The commit a branch points at. */
  branchSha(name: string): string | undefined {
    return this.refs.get(`refs/heads/${name}`)
  }

  /** A branch name, tag name or commit sha → commit sha. */
  resolve(ref: string): string | undefined {
    return (
      this.refs.get(`refs/heads/${ref}`) ??
      this.refs.get(`refs/tags/${ref}`) ??
      this.refs.get(ref) ??
      (this.commits.has(ref) ? ref : undefined)
    )
  }

  /**
   * Commits `changes` (path → new content, `null` deletes) on top of `branch` and moves the
   * branch, like a push. Returns the new commit.
   */
  commitFiles(
    branch: string,
    changes: Record<string, string | Buffer | null>,
    message = 'Update files',
    author = { name: 'Monalisa Octocat', email: 'octocat@github.com' }
  ): FakeCommit {
    const parent = this.branchSha(branch)
    if (!parent) throw new Error(`no branch ${branch}`)
    const files = new Map(this.commits.get(parent)!.files)
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) files.delete(path)
      else files.set(path, Buffer.isBuffer(content) ? content : Buffer.from(content))
    }
    const commit = this.makeCommit(files, [parent], message, author)
    this.refs.set(`refs/heads/${branch}`, commit.sha)
    return commit
  }

  /** True when `ancestor` is `sha` or one of its ancestors. */
  isAncestor(ancestor: string, sha: string): boolean {
    const seen = new Set<string>()
    const todo = [sha]
    while (todo.length) {
      const s = todo.pop()!
      if (s === ancestor) return true
      if (seen.has(s)) continue
      seen.add(s)
      todo.push(...(this.commits.get(s)?.parents ?? []))
    }
    return false
  }

  /** Opens a pull request from `head` (a branch of this repository) into `base`. */
  addPull(spec: { head: string; base?: string; title: string; body?: string; draft?: boolean }): FakePull {
    const sha = this.branchSha(spec.head)
    if (!sha) throw new Error(`no branch ${spec.head}`)
    const issue = this.addIssue({ title: spec.title, body: spec.body })
    // Pull requests share the issues' numbers but are not listed as plain issues.
    this.issues.splice(this.issues.indexOf(issue), 1)
    const pull: FakePull = {
      ...issue,
      head: { ref: spec.head, owner: this.owner, sha },
      base: { ref: spec.base ?? this.defaultBranch },
      draft: spec.draft ?? false,
      maintainerCanModify: true
    }
    this.pulls.push(pull)
    return pull
  }

  /** The issue or pull request with this number. */
  issueOrPull(n: number): FakeIssue | FakePull | undefined {
    return this.issues.find((i) => i.number === n) ?? this.pulls.find((p) => p.number === n)
  }

  /** A pull request's head sha follows its branch, as on GitHub. */
  pullHeadSha(pull: FakePull): string {
    return (pull.head.owner === this.owner ? this.branchSha(pull.head.ref) : undefined) ?? pull.head.sha
  }

  private makeCommit(
    files: Map<string, Buffer>,
    parents: string[],
    message: string,
    author = { name: 'Monalisa Octocat', email: 'octocat@github.com' }
  ): FakeCommit {
    this.clock += 1000
    const listing = [...files.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, content]) => `${blobSha(content)} ${path}`)
      .join('\n')
    const treeSha = createHash('sha1').update(`tree ${listing}`).digest('hex')
    const date = iso(this.clock)
    const sha = createHash('sha1')
      .update(`commit ${treeSha} ${parents.join(' ')} ${date} ${message} ${this.commits.size}`)
      .digest('hex')
    const commit: FakeCommit = { sha, treeSha, files, parents, message, date, author }
    this.commits.set(sha, commit)
    return commit
  }

  /** Internal clock for generated timestamps. */
  now(): string {
    this.clock += 1000
    return iso(this.clock)
  }
}

/** Git's blob id: sha1 of `blob <length>\\0<content>`. */
export function blobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
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
type Route = (
  method: string,
  template: string,
  handler: ApiHandler,
  opts?: { countsAgainstLimit?: boolean; needs?: Needs }
) => void

const RANK: Record<Access, number> = { none: 0, read: 1, write: 2 }

/** True when the token's permissions satisfy one of the route's alternatives. */
function allowed(permissions: FakeRepo['permissions'], needs: Needs): boolean {
  if (!permissions) return true
  return needs.some(([p, access]) => RANK[permissions[p] ?? 'none'] >= RANK[access])
}

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
    opts: { countsAgainstLimit?: boolean; needs?: Needs } = {}
  ): void => {
    const openApiTemplate = template.replace(/:([a-z_]+)\+?/g, '{$1}')
    const wrapped: Handler = async (ctx) => {
      const reply = await serve(ctx, handler, opts.countsAgainstLimit ?? true, opts.needs)
      if (validate && isJsonBody(reply.body)) {
        api.stats.validated++
        // Error statuses an operation does not document (or documents without a schema) are
        // GitHub's generic `basic-error`.
        const result =
          reply.status >= 400 && !documentsJsonBody(method, openApiTemplate, reply.status)
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

  const serve = async (ctx: RequestCtx, handler: ApiHandler, counts: boolean, needs?: Needs): Promise<Reply> => {
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
    repo.syncFromGit()
    const wrongRepo =
      ctx.params.owner !== undefined &&
      `${ctx.params.owner}/${ctx.params.repo}`.toLowerCase() !== repo.fullName.toLowerCase()
    if (!wrongRepo && needs && !allowed(repo.permissions, needs)) {
      return finish(
        ctx,
        {
          status: 403,
          headers: {
            ...headers,
            // GitHub's format: sets separated by `;`, permissions by `,`, underscores in names.
            'x-accepted-github-permissions': needs.map(([p, a]) => `${p.replace(/-/g, '_')}=${a}`).join('; ')
          },
          body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' }
        },
        counts
      )
    }
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

  const actionsRead: Needs = [['actions', 'read']]
  route('GET', '/repos/:owner/:repo', (_ctx, origin) => ({
    status: 200,
    body: {
      ...example<Record<string, unknown>>('full-repository'),
      name: repo.name,
      full_name: repo.fullName,
      url: apiRepo(repo, origin),
      html_url: `https://github.com/${repo.fullName}`,
      // GitHub's example predates these required fields.
      has_discussions: false,
      default_branch: repo.defaultBranch
    }
  }))
  route('GET', '/repos/:owner/:repo/actions/runs', (ctx, origin) => runsList(ctx, origin, [...repo.runs.values()]), {
    needs: actionsRead
  })

  route(
    'GET',
    '/repos/:owner/:repo/actions/workflows',
    (ctx, origin) => {
      const all = [...repo.workflows.values()].sort((a, b) => a.id - b.id)
      const { items, link } = paginate(ctx, origin, all)
      return {
        status: 200,
        headers: linkHeader(link),
        body: {
          total_count: all.length,
          workflows: items.map((w) => ({
            id: w.id,
            node_id: `W_${w.id}`,
            name: w.name,
            path: w.path,
            state: 'active',
            created_at: '2026-01-01T00:00:00Z',
            updated_at: '2026-01-01T00:00:00Z',
            url: `${apiRepo(repo, origin)}/actions/workflows/${w.id}`,
            html_url: `https://github.com/${repo.fullName}/blob/${repo.defaultBranch}/${w.path}`,
            badge_url: `https://github.com/${repo.fullName}/workflows/${encodeURIComponent(w.name)}/badge.svg`
          }))
        }
      }
    },
    { needs: actionsRead }
  )

  route(
    'GET',
    '/repos/:owner/:repo/actions/workflows/:workflow_id/runs',
    (ctx, origin) => {
      const key = ctx.params.workflow_id!
      const wf = [...repo.workflows.entries()].find(([file, w]) => file === key || String(w.id) === key)?.[1]
      if (!wf) return { status: 404, body: notFound() }
      return runsList(
        ctx,
        origin,
        [...repo.runs.values()].filter((r) => r.workflow === wf)
      )
    },
    { needs: actionsRead }
  )

  route(
    'GET',
    '/repos/:owner/:repo/actions/runs/:run_id',
    (ctx, origin) => {
      const run = repo.runs.get(Number(ctx.params.run_id))
      return run ? { status: 200, body: runBody(repo, run, origin) } : { status: 404, body: notFound() }
    },
    { needs: actionsRead }
  )

  route(
    'GET',
    '/repos/:owner/:repo/actions/runs/:run_id/jobs',
    (ctx, origin) => {
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
    },
    { needs: actionsRead }
  )

  route(
    'GET',
    '/repos/:owner/:repo/actions/jobs/:job_id',
    (ctx, origin) => {
      const job = repo.jobs.get(Number(ctx.params.job_id))
      return job ? { status: 200, body: jobBody(repo, job, origin) } : { status: 404, body: notFound() }
    },
    { needs: actionsRead }
  )

  route(
    'GET',
    '/repos/:owner/:repo/actions/jobs/:job_id/logs',
    (ctx, origin) => {
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
    },
    { needs: actionsRead }
  )

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

  route(
    'POST',
    '/repos/:owner/:repo/actions/runs/:run_id/rerun-failed-jobs',
    (ctx) => {
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
    },
    { needs: [['actions', 'write']] }
  )

  route(
    'GET',
    '/repos/:owner/:repo/issues',
    (ctx, origin) => {
      const q = ctx.url.searchParams
      const state = q.get('state') ?? 'open'
      const labels = (q.get('labels') ?? '')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean)
      // GitHub lists pull requests among the issues, marked by `pull_request`.
      const list = [...repo.issues, ...repo.pulls]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .sort((a, b) => b.number - a.number)
      const { items, link } = paginate(ctx, origin, list)
      return { status: 200, headers: linkHeader(link), body: items.map((i) => issueBody(repo, i, origin)) }
    },
    { needs: [['issues', 'read']] }
  )

  route(
    'POST',
    '/repos/:owner/:repo/issues',
    (ctx, origin) => {
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
    },
    { needs: [['issues', 'write']] }
  )

  route(
    'PATCH',
    '/repos/:owner/:repo/issues/:issue_number',
    (ctx, origin) => {
      const issue = repo.issueOrPull(Number(ctx.params.issue_number))
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
    },
    {
      needs: [
        ['issues', 'write'],
        ['pull-requests', 'write']
      ]
    }
  )

  route(
    'POST',
    '/repos/:owner/:repo/issues/:issue_number/comments',
    (ctx, origin) => {
      const issue = repo.issueOrPull(Number(ctx.params.issue_number))
      if (!issue) return { status: 404, body: notFound() }
      const input = parseJson<{ body?: unknown }>(ctx)
      if (!input || typeof input.body !== 'string' || input.body === '') return validationFailed('IssueComment', 'body')
      const c = repo.addComment(issue, input.body)
      const body = commentBody(repo, issue, c, origin)
      return { status: 201, headers: { location: String(body.url) }, body }
    },
    {
      needs: [
        ['issues', 'write'],
        ['pull-requests', 'write']
      ]
    }
  )

  route(
    'GET',
    '/repos/:owner/:repo/issues/:issue_number/comments',
    (ctx, origin) => {
      const issue = repo.issueOrPull(Number(ctx.params.issue_number))
      if (!issue) return { status: 404, body: notFound() }
      const { items, link } = paginate(ctx, origin, issue.comments)
      return { status: 200, headers: linkHeader(link), body: items.map((c) => commentBody(repo, issue, c, origin)) }
    },
    {
      needs: [
        ['issues', 'read'],
        ['pull-requests', 'read']
      ]
    }
  )

  registerPulls(route, repo)
  registerGit(route, repo)
  registerBranches(route, repo)

  route(
    'GET',
    '/repos/:owner/:repo/issues/:issue_number/labels',
    (ctx, origin) => {
      const issue = repo.issueOrPull(Number(ctx.params.issue_number))
      if (!issue) return { status: 404, body: notFound() }
      const { items, link } = paginate(ctx, origin, issue.labels)
      return { status: 200, headers: linkHeader(link), body: items.map((name, i) => labelBody(repo, name, i, origin)) }
    },
    {
      needs: [
        ['issues', 'read'],
        ['pull-requests', 'read']
      ]
    }
  )

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

/** Pull requests: list (filters `state`, `head=owner:branch`, `base`), read, open, update. */
function registerPulls(route: Route, repo: FakeRepo): void {
  const read: Needs = [['pull-requests', 'read']]
  const write: Needs = [['pull-requests', 'write']]

  route(
    'GET',
    '/repos/:owner/:repo/pulls',
    (ctx, origin) => {
      const q = ctx.url.searchParams
      const state = q.get('state') ?? 'open'
      const head = q.get('head')
      const [headOwner, headRef] = head?.includes(':') ? head.split(/:(.*)/s) : [repo.owner, head]
      const base = q.get('base')
      const direction = q.get('direction') === 'asc' ? 1 : -1
      const list = repo.pulls
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => !head || (p.head.owner === headOwner && p.head.ref === headRef))
        .filter((p) => !base || p.base.ref === base)
        .sort((a, b) => direction * (a.number - b.number))
      const { items, link } = paginate(ctx, origin, list)
      return { status: 200, headers: linkHeader(link), body: items.map((p) => pullBody(repo, p, origin, false)) }
    },
    { needs: read }
  )

  route(
    'GET',
    '/repos/:owner/:repo/pulls/:pull_number',
    (ctx, origin) => {
      const pull = repo.pulls.find((p) => p.number === Number(ctx.params.pull_number))
      return pull ? { status: 200, body: pullBody(repo, pull, origin, true) } : { status: 404, body: notFound() }
    },
    { needs: read }
  )

  route(
    'POST',
    '/repos/:owner/:repo/pulls',
    (ctx, origin) => {
      const input = parseJson<{ title?: unknown; body?: unknown; head?: unknown; base?: unknown; draft?: unknown }>(ctx)
      if (!input || typeof input.head !== 'string' || input.head === '') return validationFailed('PullRequest', 'head')
      if (typeof input.base !== 'string' || input.base === '') return validationFailed('PullRequest', 'base')
      if (typeof input.title !== 'string' || input.title === '') return validationFailed('PullRequest', 'title')
      const [owner, ref] = input.head.includes(':') ? input.head.split(/:(.*)/s) : [repo.owner, input.head]
      const headSha = owner === repo.owner ? repo.branchSha(ref!) : undefined
      if (!headSha) return invalidField('PullRequest', 'head')
      const baseSha = repo.branchSha(input.base)
      if (!baseSha) return invalidField('PullRequest', 'base')
      if (repo.pulls.some((p) => p.state === 'open' && p.head.ref === ref && p.base.ref === input.base))
        return customInvalid('PullRequest', `A pull request already exists for ${owner}:${ref}.`)
      if (repo.isAncestor(headSha, baseSha))
        return customInvalid('PullRequest', `No commits between ${input.base} and ${ref}`)
      const pull = repo.addPull({
        head: ref!,
        base: input.base,
        title: input.title,
        ...(typeof input.body === 'string' ? { body: input.body } : {}),
        draft: input.draft === true
      })
      const body = pullBody(repo, pull, origin, true)
      return { status: 201, headers: { location: String(body.url) }, body }
    },
    { needs: write }
  )

  route(
    'PATCH',
    '/repos/:owner/:repo/pulls/:pull_number',
    (ctx, origin) => {
      const pull = repo.pulls.find((p) => p.number === Number(ctx.params.pull_number))
      if (!pull) return { status: 404, body: notFound() }
      const input = parseJson<{ title?: unknown; body?: unknown; state?: unknown; base?: unknown }>(ctx)
      if (!input) return validationFailed('PullRequest', 'body')
      if (typeof input.title === 'string') pull.title = input.title
      if (typeof input.body === 'string' || input.body === null) pull.body = input.body
      if (typeof input.base === 'string') {
        if (!repo.branchSha(input.base)) return invalidField('PullRequest', 'base')
        pull.base.ref = input.base
      }
      if (input.state === 'open' || input.state === 'closed') {
        if (input.state !== pull.state) pull.closedAt = input.state === 'closed' ? repo.now() : null
        pull.state = input.state
      }
      pull.updatedAt = repo.now()
      return { status: 200, body: pullBody(repo, pull, origin, true) }
    },
    { needs: write }
  )
}

/** The repository, its branches and the protection of each: what a writer checks before a push. */
function registerBranches(route: Route, repo: FakeRepo): void {
  const read: Needs = [['contents', 'read']]

  route(
    'GET',
    '/repos/:owner/:repo',
    (_ctx, origin) => {
      const ex = example<Record<string, unknown>>('full-repository')
      return {
        status: 200,
        body: {
          ...ex,
          ...repoObject(repo, repo.owner, origin),
          default_branch: repo.defaultBranch,
          permissions: undefined
        }
      }
    },
    { needs: read }
  )

  route(
    'GET',
    '/repos/:owner/:repo/branches/:branch+',
    (ctx, origin) => {
      const name = ctx.params.branch!
      const sha = repo.branchSha(name)
      if (!sha) return { status: 404, body: { message: 'Branch not found', documentation_url: DOCS, status: '404' } }
      const ex = example<Record<string, any>>('branch-get')
      const commit = repo.commits.get(sha)
      const api = apiRepo(repo, origin)
      const isProtected = repo.protectedBranches.has(name)
      return {
        status: 200,
        body: {
          ...ex,
          name,
          commit: {
            ...ex.commit,
            sha,
            url: `${api}/commits/${sha}`,
            html_url: `https://github.com/${repo.fullName}/commit/${sha}`,
            parents: (commit?.parents ?? []).map((p) => ({ sha: p, url: `${api}/commits/${p}` }))
          },
          _links: { html: `https://github.com/${repo.fullName}/tree/${name}`, self: `${api}/branches/${name}` },
          protected: isProtected,
          protection: isProtected
            ? ex.protection
            : { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
          protection_url: `${api}/branches/${name}/protection`
        }
      }
    },
    { needs: read }
  )

  route(
    'GET',
    '/repos/:owner/:repo/rules/branches/:branch+',
    (ctx) => {
      const rules = repo.branchRules.get(ctx.params.branch!) ?? []
      return {
        status: 200,
        body: rules.map((type, i) => ({
          type,
          ruleset_source_type: 'Repository',
          ruleset_source: repo.fullName,
          ruleset_id: 42 + i
        }))
      }
    },
    { needs: read }
  )
}

function labelBody(repo: FakeRepo, name: string, i: number, origin: string): Record<string, unknown> {
  return {
    ...example<Record<string, unknown>>('label'),
    id: 208_045_946 + i,
    node_id: Buffer.from(`Label${name}`).toString('base64'),
    url: `${apiRepo(repo, origin)}/labels/${encodeURIComponent(name)}`,
    name,
    default: false
  }
}

/** Git refs and file contents over a repository with real commits. */
function registerGit(route: Route, repo: FakeRepo): void {
  const read: Needs = [['contents', 'read']]
  const write: Needs = [['contents', 'write']]
  const refName = (param: string): string => `refs/${param}`

  route(
    'GET',
    '/repos/:owner/:repo/git/ref/:ref+',
    (ctx, origin) => {
      const name = refName(ctx.params.ref!)
      const sha = repo.refs.get(name)
      return sha ? { status: 200, body: refBody(repo, name, sha, origin) } : { status: 404, body: notFound() }
    },
    { needs: read }
  )

  route(
    'POST',
    '/repos/:owner/:repo/git/refs',
    (ctx, origin) => {
      const input = parseJson<{ ref?: unknown; sha?: unknown }>(ctx)
      if (!input || typeof input.ref !== 'string') return validationFailed('Reference', 'ref')
      if (typeof input.sha !== 'string') return validationFailed('Reference', 'sha')
      // GitHub: a ref starts with `refs/` and has at least two slashes.
      if (!/^refs\/[^/]+\/.+/.test(input.ref)) return unprocessable('Reference name is invalid')
      if (!repo.commits.has(input.sha)) return unprocessable('Object does not exist')
      if (repo.refs.has(input.ref)) return unprocessable('Reference already exists')
      repo.setRef(input.ref, input.sha)
      const body = refBody(repo, input.ref, input.sha, origin)
      return { status: 201, headers: { location: String(body.url) }, body }
    },
    { needs: write }
  )

  route(
    'PATCH',
    '/repos/:owner/:repo/git/refs/:ref+',
    (ctx, origin) => {
      const name = refName(ctx.params.ref!)
      const input = parseJson<{ sha?: unknown; force?: unknown }>(ctx)
      if (!input || typeof input.sha !== 'string') return validationFailed('Reference', 'sha')
      const current = repo.refs.get(name)
      if (!current) return unprocessable('Reference does not exist')
      if (!repo.commits.has(input.sha)) return unprocessable('Object does not exist')
      if (input.force !== true && !repo.isAncestor(current, input.sha))
        return unprocessable('Update is not a fast forward')
      repo.setRef(name, input.sha)
      return { status: 200, body: refBody(repo, name, input.sha, origin) }
    },
    { needs: write }
  )

  route(
    'DELETE',
    '/repos/:owner/:repo/git/refs/:ref+',
    (ctx) => {
      const name = refName(ctx.params.ref!)
      if (!repo.refs.has(name)) return unprocessable('Reference does not exist')
      repo.setRef(name, undefined)
      return { status: 204 }
    },
    { needs: write }
  )

  route(
    'GET',
    '/repos/:owner/:repo/contents/:path+',
    (ctx, origin) => {
      const path = ctx.params.path!.replace(/^\/+|\/+$/g, '')
      const ref = ctx.url.searchParams.get('ref') ?? repo.defaultBranch
      const sha = repo.resolve(ref)
      if (!sha)
        return {
          status: 404,
          body: { message: `No commit found for the ref ${ref}`, documentation_url: DOCS, status: '404' }
        }
      const { files } = repo.commits.get(sha)!
      const file = files.get(path)
      if (file) return { status: 200, body: contentFileBody(repo, path, file, ref, origin) }
      const inside = [...files.keys()].filter((f) => f.startsWith(`${path}/`))
      if (!inside.length) return { status: 404, body: notFound() }
      const entries = new Map<string, 'file' | 'dir'>()
      for (const f of inside) {
        const rest = f.slice(path.length + 1)
        const name = rest.split('/')[0]!
        entries.set(name, rest.includes('/') ? 'dir' : 'file')
      }
      return {
        status: 200,
        body: [...entries].map(([name, type]) =>
          dirEntryBody(
            repo,
            `${path}/${name}`,
            type,
            type === 'file' ? files.get(`${path}/${name}`)! : undefined,
            ref,
            origin
          )
        )
      }
    },
    { needs: read }
  )

  route(
    'PUT',
    '/repos/:owner/:repo/contents/:path+',
    (ctx, origin) => {
      const path = ctx.params.path!.replace(/^\/+|\/+$/g, '')
      const input = parseJson<{
        message?: unknown
        content?: unknown
        sha?: unknown
        branch?: unknown
        committer?: { name?: unknown; email?: unknown }
      }>(ctx)
      if (!input || typeof input.message !== 'string') return validationFailed('Commit', 'message')
      if (typeof input.content !== 'string') return validationFailed('Commit', 'content')
      const branch = typeof input.branch === 'string' ? input.branch : repo.defaultBranch
      const head = repo.branchSha(branch)
      if (!head)
        return { status: 404, body: { message: `Branch ${branch} not found`, documentation_url: DOCS, status: '404' } }
      const existing = repo.commits.get(head)!.files.get(path)
      if (existing && typeof input.sha !== 'string') return unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.')
      if (existing && input.sha !== blobSha(existing))
        return {
          status: 409,
          body: { message: `${path} does not match ${String(input.sha)}`, documentation_url: DOCS, status: '409' }
        }
      const who =
        typeof input.committer?.name === 'string' && typeof input.committer.email === 'string'
          ? { name: input.committer.name, email: input.committer.email }
          : undefined
      const commit = repo.commitFiles(branch, { [path]: Buffer.from(input.content, 'base64') }, input.message, who)
      return { status: existing ? 200 : 201, body: fileCommitBody(repo, path, commit, branch, origin) }
    },
    { needs: write }
  )
}

function isJsonBody(body: Reply['body']): body is object {
  return body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)
}

function validateBasicError(body: unknown): { valid: boolean; errors: string[] } {
  const valid = typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
  return { valid, errors: valid ? [] : ['/ an error body needs a string `message` (basic-error)'] }
}

/** 422 with only GitHub's message (what refs answer). */
function unprocessable(message: string): Reply {
  return { status: 422, body: { message, documentation_url: DOCS, status: '422' } }
}

/** 422 `Validation Failed` for a field whose value is wrong (a head branch that does not exist). */
function invalidField(resource: string, field: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'invalid', field }],
      documentation_url: DOCS,
      status: '422'
    }
  }
}

/** 422 `Validation Failed` with GitHub's own sentence (`A pull request already exists for …`). */
function customInvalid(resource: string, message: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', message }],
      documentation_url: DOCS,
      status: '422'
    }
  }
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
  const repository: Record<string, unknown> = {
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
    head_repository: run.headRepository
      ? {
          ...repository,
          id: Number(repository.id) + 1,
          name: run.headRepository.split('/')[1],
          full_name: run.headRepository,
          owner: { ...(repository.owner as object), login: run.headRepository.split('/')[0] },
          url: `${origin}/repos/${run.headRepository}`,
          html_url: `https://github.com/${run.headRepository}`,
          fork: true
        }
      : repository
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

function issueBody(repo: FakeRepo, issue: FakeIssue | FakePull, origin: string): Record<string, unknown> {
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
    pull_request:
      'head' in issue
        ? {
            url: `${apiRepo(repo, origin)}/pulls/${issue.number}`,
            html_url: `https://github.com/${repo.fullName}/pull/${issue.number}`,
            diff_url: `https://github.com/${repo.fullName}/pull/${issue.number}.diff`,
            patch_url: `https://github.com/${repo.fullName}/pull/${issue.number}.patch`,
            merged_at: null
          }
        : undefined,
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

/** The `repository` object GitHub embeds in a pull request's head and base. */
function repoObject(repo: FakeRepo, owner: string, origin: string): Record<string, unknown> {
  const ex = example<{ head: { repo: Record<string, unknown> } }>('pull-request').head.repo
  const fullName = `${owner}/${repo.name}`
  const api = `${origin}/repos/${fullName}`
  return {
    ...ex,
    name: repo.name,
    full_name: fullName,
    owner: { ...(ex.owner as object), login: owner },
    url: api,
    html_url: `https://github.com/${fullName}`,
    fork: owner !== repo.owner,
    default_branch: repo.defaultBranch
  }
}

function pullBody(repo: FakeRepo, pull: FakePull, origin: string, full: boolean): Record<string, unknown> {
  const ex = example<Record<string, unknown>>('pull-request')
  const api = `${apiRepo(repo, origin)}/pulls/${pull.number}`
  const html = `https://github.com/${repo.fullName}/pull/${pull.number}`
  const exHead = ex.head as Record<string, unknown>
  const headUser = { ...(exHead.user as object), login: pull.head.owner }
  const issue = issueBody(repo, pull, origin)
  const body: Record<string, unknown> = {
    ...ex,
    url: api,
    id: pull.id,
    node_id: Buffer.from(`PullRequest${pull.id}`).toString('base64'),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${apiRepo(repo, origin)}/issues/${pull.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${apiRepo(repo, origin)}/pulls/comments{/number}`,
    comments_url: `${apiRepo(repo, origin)}/issues/${pull.number}/comments`,
    statuses_url: `${apiRepo(repo, origin)}/statuses/${repo.pullHeadSha(pull)}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    body: pull.body,
    labels: issue.labels,
    milestone: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${pull.head.owner}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: repo.pullHeadSha(pull),
      user: headUser,
      repo: repoObject(repo, pull.head.owner, origin)
    },
    base: {
      label: `${repo.owner}:${pull.base.ref}`,
      ref: pull.base.ref,
      sha: repo.branchSha(pull.base.ref) ?? '',
      user: { ...(exHead.user as object), login: repo.owner },
      repo: repoObject(repo, repo.owner, origin)
    },
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: `${apiRepo(repo, origin)}/issues/${pull.number}` },
      comments: { href: `${apiRepo(repo, origin)}/issues/${pull.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${apiRepo(repo, origin)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${apiRepo(repo, origin)}/statuses/${repo.pullHeadSha(pull)}` }
    },
    auto_merge: null,
    draft: pull.draft
  }
  if (!full) {
    for (const k of [
      'merged',
      'mergeable',
      'rebaseable',
      'mergeable_state',
      'merged_by',
      'comments',
      'review_comments'
    ])
      delete body[k]
    for (const k of ['maintainer_can_modify', 'commits', 'additions', 'deletions', 'changed_files']) delete body[k]
    return body
  }
  return {
    ...body,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: pull.comments.length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify
  }
}

function refBody(repo: FakeRepo, name: string, sha: string, origin: string): Record<string, unknown> {
  return {
    ref: name,
    node_id: Buffer.from(`Ref${name}`).toString('base64'),
    url: `${apiRepo(repo, origin)}/git/${name}`,
    object: { type: 'commit', sha, url: `${apiRepo(repo, origin)}/git/commits/${sha}` }
  }
}

/** GitHub wraps a file's base64 at 60 characters. */
function base64Lines(content: Buffer): string {
  return (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n'
}

/** A repository path as it appears in a URL. */
function urlPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function fileLinks(repo: FakeRepo, path: string, sha: string, ref: string, origin: string, kind: 'blob' | 'tree') {
  const self = `${apiRepo(repo, origin)}/contents/${urlPath(path)}?ref=${encodeURIComponent(ref)}`
  const git = `${apiRepo(repo, origin)}/git/${kind === 'blob' ? 'blobs' : 'trees'}/${sha}`
  const html = `https://github.com/${repo.fullName}/${kind}/${urlPath(ref)}/${urlPath(path)}`
  return { url: self, git_url: git, html_url: html, _links: { self, git, html } }
}

function contentFileBody(
  repo: FakeRepo,
  path: string,
  file: Buffer,
  ref: string,
  origin: string
): Record<string, unknown> {
  const sha = blobSha(file)
  return {
    type: 'file',
    encoding: 'base64',
    size: file.length,
    name: path.split('/').pop(),
    path,
    content: base64Lines(file),
    sha,
    ...fileLinks(repo, path, sha, ref, origin, 'blob'),
    download_url: `${origin}/_standin/raw/${repo.fullName}/${urlPath(ref)}/${urlPath(path)}`
  }
}

function dirEntryBody(
  repo: FakeRepo,
  path: string,
  type: 'file' | 'dir',
  file: Buffer | undefined,
  ref: string,
  origin: string
): Record<string, unknown> {
  const sha = file ? blobSha(file) : createHash('sha1').update(`tree ${path}`).digest('hex')
  return {
    type,
    size: file?.length ?? 0,
    name: path.split('/').pop(),
    path,
    sha,
    ...fileLinks(repo, path, sha, ref, origin, file ? 'blob' : 'tree'),
    download_url: file ? `${origin}/_standin/raw/${repo.fullName}/${urlPath(ref)}/${urlPath(path)}` : null
  }
}

function fileCommitBody(repo: FakeRepo, path: string, commit: FakeCommit, branch: string, origin: string) {
  const file = commit.files.get(path)!
  const sha = blobSha(file)
  const person = { date: commit.date, name: commit.author.name, email: commit.author.email }
  return {
    content: {
      name: path.split('/').pop(),
      path,
      sha,
      size: file.length,
      ...fileLinks(repo, path, sha, branch, origin, 'blob'),
      download_url: `${origin}/_standin/raw/${repo.fullName}/${urlPath(branch)}/${urlPath(path)}`,
      type: 'file'
    },
    commit: {
      sha: commit.sha,
      node_id: Buffer.from(`Commit${commit.sha}`).toString('base64'),
      url: `${apiRepo(repo, origin)}/git/commits/${commit.sha}`,
      html_url: `https://github.com/${repo.fullName}/commit/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      tree: { url: `${apiRepo(repo, origin)}/git/trees/${commit.treeSha}`, sha: commit.treeSha },
      parents: commit.parents.map((p) => ({
        url: `${apiRepo(repo, origin)}/git/commits/${p}`,
        html_url: `https://github.com/${repo.fullName}/commit/${p}`,
        sha: p
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    }
  }
}
