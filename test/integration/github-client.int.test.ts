import { inspect } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HeeError } from '../../packages/core/src/errors.js'
import {
  createGitHubClient,
  createGitHubWriter,
  createRunsReader,
  type GitHubClientOptions
} from '../../packages/core/src/github/index.js'
import { FakeRepo, registerActionsApi, type ActionsApi } from '../support/github-api.js'
import { StandinServer } from '../support/http-server.js'

const TOKEN = 'ghs_s3cretT0kenThatMustNeverLeak42'

let server: StandinServer
let repo: FakeRepo
let api: ActionsApi
let lines: string[]

beforeEach(async () => {
  server = new StandinServer()
  repo = new FakeRepo('octo-org/app')
  repo.token = TOKEN
  api = registerActionsApi(server, repo, { validate: true })
  await server.start()
  lines = []
})

afterEach(async () => {
  await server.stop()
  expect(api.violations).toEqual([])
  for (const line of lines) expect(line).not.toContain(TOKEN)
})

function client(extra: Partial<GitHubClientOptions> = {}) {
  const sink = (level: string) => (m: string) => lines.push(`${level} ${m}`)
  return createGitHubClient({
    token: TOKEN,
    baseUrl: server.origin,
    retries: 3,
    retryBaseMs: 5,
    log: { debug: sink('debug'), info: sink('info'), warn: sink('warn'), error: sink('error') },
    ...extra
  })
}

function reader(extra: Partial<GitHubClientOptions> = {}) {
  const c = client(extra)
  return { c, runs: createRunsReader(c, 'octo-org/app') }
}

/** A completed run with three jobs of which `test` failed. */
function failedRun() {
  return repo.addRun({
    workflow: 'ci.yml',
    jobs: [
      { name: 'lint' },
      {
        name: 'test',
        conclusion: 'failure',
        steps: ['Set up job', 'Run actions/checkout@v4', 'Run npm test', 'Complete job'],
        errorLines: ['npm ERR! Test failed. See above for more details.']
      },
      { name: 'build' }
    ]
  })
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(c)
  return Buffer.concat(chunks).toString('utf8')
}

async function caught(p: Promise<unknown>): Promise<HeeError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(HeeError)
    return e as HeeError
  }
  throw new Error('expected the call to fail')
}

const apiRequests = () => server.requests.filter((r) => r.path.startsWith('/repos/'))

describe('the GitHub client against the REST stand-in', () => {
  it('reads a failed run, its jobs and the failed job log in GitHub format', async () => {
    const run = failedRun()
    const { runs } = reader()

    const got = await runs.getRun(run.id)
    expect(got).toMatchObject({
      id: run.id,
      conclusion: 'failure',
      status: 'completed',
      path: '.github/workflows/ci.yml',
      event: 'push'
    })

    const jobs = await runs.listJobs(run.id)
    expect(jobs.map((j) => [j.name, j.conclusion])).toEqual([
      ['lint', 'success'],
      ['test', 'failure'],
      ['build', 'success']
    ])
    const failed = jobs.find((j) => j.conclusion === 'failure')!
    expect(failed.steps.map((s) => s.conclusion)).toEqual(['success', 'success', 'failure', 'success'])
    expect(failed.steps[2]).toMatchObject({ number: 3, name: 'Run npm test', status: 'completed' })

    const log = await readAll(runs.downloadJobLog(failed.id))
    expect(log).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z /m)
    expect(log).toContain('##[group]Run npm test')
    expect(log).toMatch(/Z ##\[error\]npm ERR! Test failed\. See above for more details\.$/m)
  })

  it('analyses one failed run with 1 failed job of 3 in 3 API calls plus the log redirect', async () => {
    const run = failedRun()
    const { c, runs } = reader()
    const usedBefore = repo.rateLimit.used

    await runs.getRun(run.id)
    const jobs = await runs.listJobs(run.id)
    for (const job of jobs.filter((j) => j.conclusion === 'failure')) await readAll(runs.downloadJobLog(job.id))

    expect(server.requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/, '')} ${r.status}`)).toEqual([
      `GET /repos/octo-org/app/actions/runs/${run.id} 200`,
      `GET /repos/octo-org/app/actions/runs/${run.id}/jobs 200`,
      `GET /repos/octo-org/app/actions/jobs/${jobs[1]!.id}/logs 302`,
      `GET /_standin/job-logs/${jobs[1]!.id}/signedlogcontent 200`
    ])
    expect(c.stats.requests).toBe(3)
    expect(repo.rateLimit.used - usedBefore).toBe(3)
    expect(c.stats.rateLimitUsed).toBe(3)
  })

  it('follows Link headers across three pages of jobs', async () => {
    const run = repo.addRun({ jobs: Array.from({ length: 250 }, (_, i) => ({ name: `shard ${i + 1}` })) })
    const { runs } = reader()

    const jobs = await runs.listJobs(run.id)

    expect(jobs).toHaveLength(250)
    expect(new Set(jobs.map((j) => j.id)).size).toBe(250)
    expect(jobs.at(-1)!.name).toBe('shard 250')
    const pages = apiRequests().map((r) => new URL(r.path, server.origin).searchParams.get('page'))
    expect(pages).toEqual([null, '2', '3'])
  })

  it('lists completed runs oldest first, bounded by limit and by the last run seen', async () => {
    const all = Array.from({ length: 250 }, () => repo.addRun({ conclusion: 'failure' }))
    repo.addRun({ status: 'in_progress' })
    const { runs } = reader()

    const newest = await runs.listCompletedRuns({ limit: 250 })
    expect(newest.map((r) => r.id)).toEqual(all.map((r) => r.id))
    expect(apiRequests()).toHaveLength(3)

    const fresh = await runs.listCompletedRuns({ sinceRunId: all[246]!.id, limit: 100 })
    expect(fresh.map((r) => r.id)).toEqual(all.slice(247).map((r) => r.id))
    expect(apiRequests()).toHaveLength(4)

    const bounded = await runs.listCompletedRuns({ limit: 5 })
    expect(bounded.map((r) => r.id)).toEqual(all.slice(245).map((r) => r.id))
  })

  it('answers an unchanged poll with 304, which costs no rate limit', async () => {
    repo.addRun({ workflow: 'ci.yml' })
    const { c, runs } = reader()

    const first = await runs.listCompletedRuns({ workflow: 'ci.yml', limit: 10 })
    const usedAfterFirst = repo.rateLimit.used
    const second = await runs.listCompletedRuns({ workflow: 'ci.yml', limit: 10 })

    expect(second).toEqual(first)
    const [a, b] = apiRequests()
    expect(a!.status).toBe(200)
    expect(b!.status).toBe(304)
    expect(b!.headers['if-none-match']).toMatch(/^W\/"/)
    expect(repo.rateLimit.used).toBe(usedAfterFirst)
    expect(c.stats).toMatchObject({ requests: 2, notModified: 1, rateLimitUsed: 1 })

    const added = repo.addRun({ workflow: 'ci.yml' })
    const third = await runs.listCompletedRuns({ workflow: 'ci.yml', limit: 10 })
    expect(third.at(-1)!.id).toBe(added.id)
    expect(apiRequests()[2]!.status).toBe(200)
    expect(c.stats.rateLimitUsed).toBe(2)
  })

  it('retries a 500 and then succeeds', async () => {
    const run = failedRun()
    server.injectFault({ path: /\/actions\/runs\/\d+$/, fault: { kind: 'status', status: 500 } })
    const { c, runs } = reader()

    await expect(runs.getRun(run.id)).resolves.toMatchObject({ id: run.id })
    expect(apiRequests().map((r) => r.status)).toEqual([500, 200])
    expect(c.stats.requests).toBe(2)
  })

  it('retries a 502 and a connection reset, then succeeds', async () => {
    const run = failedRun()
    server.injectFault({ path: /\/jobs$/, fault: { kind: 'status', status: 502 } })
    server.injectFault({ path: /\/jobs$/, fault: { kind: 'reset' } })
    const { runs } = reader()

    const jobs = await runs.listJobs(run.id)

    expect(jobs).toHaveLength(3)
    expect(apiRequests().map((r) => r.status)).toEqual([502, 0, 200])
  })

  it('waits out a secondary rate limit (403 with retry-after) and retries', async () => {
    const run = failedRun()
    server.injectFault({
      path: /\/actions\/runs\/\d+$/,
      fault: {
        kind: 'status',
        status: 403,
        headers: { 'retry-after': 1, 'x-ratelimit-remaining': 0 },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest'
        }
      }
    })
    const { runs } = reader()
    const started = Date.now()

    await expect(runs.getRun(run.id)).resolves.toMatchObject({ id: run.id })

    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(apiRequests().map((r) => r.status)).toEqual([403, 200])
    expect(lines.some((l) => /^warn .*secondary rate limit; waiting 1 s/.test(l))).toBe(true)
  })

  it('waits out a primary rate limit (429 with retry-after, remaining 0) and retries', async () => {
    const run = failedRun()
    server.injectFault({
      path: /\/actions\/runs\/\d+$/,
      fault: {
        kind: 'status',
        status: 429,
        headers: {
          'retry-after': 1,
          'x-ratelimit-remaining': 0,
          'x-ratelimit-reset': Math.floor(Date.now() / 1000) + 3000
        },
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest'
        }
      }
    })
    const { runs } = reader()
    const started = Date.now()

    await expect(runs.getRun(run.id)).resolves.toMatchObject({ id: run.id })

    const waited = Date.now() - started
    expect(waited).toBeGreaterThanOrEqual(950)
    expect(waited).toBeLessThan(10_000)
    expect(apiRequests().map((r) => r.status)).toEqual([429, 200])
    expect(lines.some((l) => /^warn .*primary rate limit; waiting 1 s/.test(l))).toBe(true)
  })

  it('gives up at once with github.rate-limited when the limit asks for a longer wait than maxWaitSeconds', async () => {
    const run = failedRun()
    server.injectFault({
      path: /\/actions\/runs\/\d+$/,
      fault: {
        kind: 'status',
        status: 429,
        headers: { 'retry-after': 3600, 'x-ratelimit-remaining': 0 },
        body: { message: 'API rate limit exceeded' }
      }
    })
    const { runs } = reader({ maxWaitSeconds: 5 })
    const started = Date.now()

    const err = await caught(runs.getRun(run.id))

    expect(Date.now() - started).toBeLessThan(2000)
    expect(err.code).toBe('github.rate-limited')
    expect(err.message).toContain(`get run ${run.id}`)
    expect(apiRequests()).toHaveLength(1)
  })

  it("ends a persistent 500 in a HeeError naming the call, the status and GitHub's message", async () => {
    const run = failedRun()
    server.injectFault({
      path: /\/actions\/runs\/\d+$/,
      times: 10,
      fault: { kind: 'status', status: 500, body: { message: 'Server Error' } }
    })
    const { runs } = reader({ retries: 2 })

    const err = await caught(runs.getRun(run.id))

    expect(err.code).toBe('github.api')
    expect(err.message).toBe(
      `get run ${run.id} (GET /repos/octo-org/app/actions/runs/${run.id}) failed with 500: Server Error`
    )
    expect(apiRequests()).toHaveLength(3)
  })

  it('raises github.log-truncated when the log body is cut', async () => {
    const run = repo.addRun({ jobs: [{ name: 'test', conclusion: 'failure', log: 'x'.repeat(200_000) }] })
    const [job] = repo.jobsOf(run.id)
    server.injectFault({ path: /signedlogcontent$/, fault: { kind: 'truncate', bytes: 1000 } })
    const { runs } = reader()

    const err = await caught(readAll(runs.downloadJobLog(job!.id)))

    expect(err.code).toBe('github.log-truncated')
    expect(err.message).toMatch(new RegExp(`^log of job ${job!.id} ended early after \\d+ bytes of 200000$`))
    const got = Number(/after (\d+) bytes/.exec(err.message)![1])
    expect(got).toBeLessThanOrEqual(1000)
  })

  it('streams a large log in several chunks', async () => {
    const big = `${'2024-05-01T10:00:00.0000000Z building…\n'.repeat(100_000)}`
    const run = repo.addRun({ jobs: [{ name: 'test', conclusion: 'failure', log: big }] })
    const [job] = repo.jobsOf(run.id)
    const { runs } = reader()

    let chunks = 0
    let bytes = 0
    for await (const c of runs.downloadJobLog(job!.id)) {
      chunks++
      bytes += c.length
    }

    expect(bytes).toBe(Buffer.byteLength(big))
    expect(chunks).toBeGreaterThan(1)
  })

  it('reports a malformed JSON body as a clear error', async () => {
    const run = failedRun()
    server.injectFault({
      path: /\/actions\/runs\/\d+$/,
      fault: { kind: 'malformed', body: '{"id": 1, "status": "comp' }
    })
    const { runs } = reader()

    const err = await caught(runs.getRun(run.id))

    expect(err.code).toBe('github.malformed-response')
    expect(err.message).toContain(
      `GET /repos/octo-org/app/actions/runs/${run.id} answered 200 with a body that is not valid JSON`
    )
  })

  it('maps 401 to github.auth without retrying', async () => {
    const run = failedRun()
    const c = createGitHubClient({ token: 'ghs_wrongToken', baseUrl: server.origin, retryBaseMs: 5 })

    const err = await caught(createRunsReader(c, 'octo-org/app').getRun(run.id))

    expect(err.code).toBe('github.auth')
    expect(err.message).toContain('the token was rejected (401): check the `github-token` input')
    expect(err.hint).toBe('GitHub said: Bad credentials')
    expect(apiRequests()).toHaveLength(1)
  })

  it('maps a 403 without a rate limit to github.forbidden with the missing permission', async () => {
    const run = failedRun()
    server.injectFault({
      path: /rerun-failed-jobs$/,
      fault: {
        kind: 'status',
        status: 403,
        headers: { 'x-accepted-github-permissions': 'actions=write' },
        body: { message: 'Resource not accessible by integration' }
      }
    })
    const { runs } = createGitHubWriter(client(), 'octo-org/app')

    const err = await caught(runs.rerunFailedJobs(run.id))

    expect(err.code).toBe('github.forbidden')
    expect(err.message).toContain('GitHub refused the request (403): Resource not accessible by integration')
    expect(err.hint).toContain('`actions: write`')
    expect(repo.rerunRequests).toEqual([])
  })

  it('maps 404 to github.not-found', async () => {
    const { runs } = reader()

    const err = await caught(runs.getRun(424242))

    expect(err.code).toBe('github.not-found')
    expect(err.message).toMatch(/^get run 424242 .*not found \(404\)/)
  })

  it('never puts the token in an error or a log line', async () => {
    const run = failedRun()
    server.injectFault({ path: /\/actions\/runs\/\d+$/, times: 10, fault: { kind: 'status', status: 500 } })
    const { runs } = reader({ retries: 1 })
    const errors: unknown[] = [await caught(runs.getRun(run.id))]
    server.clearFaults()
    server.injectFault({
      path: /\/jobs$/,
      fault: { kind: 'status', status: 403, body: { message: `echoed ${TOKEN}` } }
    })
    errors.push(await caught(runs.listJobs(run.id)))
    errors.push(await caught(runs.getRun(99)))
    const wrong = createGitHubClient({
      token: `${TOKEN}x`,
      baseUrl: server.origin,
      log: { debug: (m) => lines.push(m) }
    })
    errors.push(await caught(createRunsReader(wrong, 'octo-org/app').getRun(run.id)))

    // The token did go out on the wire…
    expect(server.requests.some((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true)
    // …but no message, hint, stack or nested cause shows it.
    expect(lines.length).toBeGreaterThan(3)
    for (const e of errors) expect(inspect(e, { depth: 20 })).not.toContain(TOKEN)
    expect((errors[1] as HeeError).message).toContain('echoed ***')
  })

  it('reports the token expiration header once', async () => {
    repo.tokenExpiration = new Date('2030-01-02T03:04:05Z')
    const run = failedRun()
    const seen: Date[] = []
    const { runs } = reader({ onTokenExpiration: (d) => seen.push(d) })

    await runs.getRun(run.id)
    await runs.listJobs(run.id)

    expect(seen).toEqual([new Date('2030-01-02T03:04:05Z')])
  })

  it("serves only bodies that validate against GitHub's OpenAPI description", async () => {
    const run = failedRun()
    const issueOwner = client()
    const { c, runs } = reader()
    await runs.getRun(run.id)
    await runs.listJobs(run.id, { filter: 'all' })
    await runs.listCompletedRuns({ workflow: 'ci.yml' })
    expect(await runs.listWorkflows()).toEqual([{ id: run.workflow.id, name: 'CI', path: '.github/workflows/ci.yml' }])
    await createGitHubWriter(c, 'octo-org/app').runs.rerunFailedJobs(run.id)
    const o = issueOwner.octokit
    const issue = await o.rest.issues.create({ owner: 'octo-org', repo: 'app', title: 'CI is red', labels: ['hee-ci'] })
    await o.rest.issues.createComment({
      owner: 'octo-org',
      repo: 'app',
      issue_number: issue.data.number,
      body: 'still red'
    })
    await o.rest.issues.update({ owner: 'octo-org', repo: 'app', issue_number: issue.data.number, state: 'closed' })
    await o.rest.issues.listForRepo({ owner: 'octo-org', repo: 'app', state: 'all', labels: 'hee-ci' })
    await o.rest.issues.listComments({ owner: 'octo-org', repo: 'app', issue_number: issue.data.number })
    await o.rest.actions.getJobForWorkflowRun({ owner: 'octo-org', repo: 'app', job_id: repo.jobsOf(run.id)[0]!.id })
    await o.rest.rateLimit.get()

    expect(api.stats.validated).toBe(12)
    expect(api.violations).toEqual([])
  })

  it('turns a body that violates the OpenAPI description into a recorded violation', async () => {
    const run = failedRun()
    ;(repo.runs.get(run.id) as { headSha: unknown }).headSha = 42
    const { runs } = reader({ retries: 0 })

    const err = await caught(runs.getRun(run.id))

    expect(err.message).toContain('stand-in body violates the OpenAPI description')
    expect(api.violations).toHaveLength(1)
    expect(api.violations[0]).toContain('/head_sha must be string')
    api.violations.length = 0
  })
})

describe('the REST stand-in', () => {
  it('filters runs by status, event, branch, head_sha and created, and serves a workflow by file name or id', async () => {
    const a = repo.addRun({ event: 'push', branch: 'main', createdAt: '2024-05-01T10:00:00Z' })
    const b = repo.addRun({
      event: 'pull_request',
      branch: 'feature',
      createdAt: '2024-05-02T10:00:00Z',
      conclusion: 'failure'
    })
    const c = repo.addRun({
      workflow: 'nightly.yml',
      name: 'Nightly',
      event: 'schedule',
      branch: 'release',
      status: 'in_progress',
      createdAt: '2024-05-03T10:00:00Z'
    })
    const o = client().octokit
    const ids = async (q: Record<string, string>) =>
      (await o.rest.actions.listWorkflowRunsForRepo({ owner: 'octo-org', repo: 'app', ...q })).data.workflow_runs.map(
        (r) => r.id
      )

    expect(await ids({})).toEqual([c.id, b.id, a.id])
    expect(await ids({ status: 'completed' })).toEqual([b.id, a.id])
    expect(await ids({ status: 'failure' })).toEqual([b.id])
    expect(await ids({ event: 'pull_request' })).toEqual([b.id])
    expect(await ids({ branch: 'main' })).toEqual([a.id])
    expect(await ids({ head_sha: c.headSha })).toEqual([c.id])
    expect(await ids({ created: '>=2024-05-02' })).toEqual([c.id, b.id])
    expect(await ids({ created: '2024-05-01..2024-05-02' })).toEqual([b.id, a.id])
    const byFile = await o.rest.actions.listWorkflowRuns({ owner: 'octo-org', repo: 'app', workflow_id: 'nightly.yml' })
    const byId = await o.rest.actions.listWorkflowRuns({ owner: 'octo-org', repo: 'app', workflow_id: c.workflow.id })
    expect(byFile.data.workflow_runs.map((r) => r.id)).toEqual([c.id])
    expect(byId.data.workflow_runs.map((r) => r.name)).toEqual(['Nightly'])
  })

  it('answers without authorization with 401 and counts requests in the rate-limit headers', async () => {
    repo.token = undefined
    const res = await fetch(`${server.origin}/repos/octo-org/app/actions/runs`)
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ message: 'Requires authentication' })

    const h = (
      await fetch(`${server.origin}/repos/octo-org/app/actions/runs`, { headers: { authorization: 'token any' } })
    ).headers
    const h2 = (
      await fetch(`${server.origin}/repos/octo-org/app/actions/runs`, { headers: { authorization: 'token any' } })
    ).headers
    expect(Number(h.get('x-ratelimit-remaining')) - Number(h2.get('x-ratelimit-remaining'))).toBe(1)
    expect(h2.get('x-ratelimit-used')).toBe('2')
    expect(h2.get('x-ratelimit-resource')).toBe('core')
    expect(h2.get('x-github-request-id')).toBeTruthy()
    expect(h2.get('etag')).toBe(h.get('etag'))
  })

  it('returns jobs of the latest attempt by default and of every attempt with filter=all', async () => {
    const run = repo.addRun({ jobs: [{ name: 'test', conclusion: 'failure' }] })
    const o = client().octokit
    await o.rest.actions.reRunWorkflowFailedJobs({ owner: 'octo-org', repo: 'app', run_id: run.id })
    repo.addJob(run.id, { name: 'test', conclusion: 'success', runAttempt: 2 })
    repo.runs.get(run.id)!.status = 'completed'

    const latest = await o.rest.actions.listJobsForWorkflowRun({ owner: 'octo-org', repo: 'app', run_id: run.id })
    const all = await o.rest.actions.listJobsForWorkflowRun({
      owner: 'octo-org',
      repo: 'app',
      run_id: run.id,
      filter: 'all'
    })

    expect(repo.rerunRequests).toEqual([run.id])
    expect(latest.data.jobs.map((j) => j.conclusion)).toEqual(['success'])
    expect(all.data.jobs.map((j) => [j.run_attempt, j.conclusion])).toEqual([
      [1, 'failure'],
      [2, 'success']
    ])
  })
})
